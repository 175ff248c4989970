// SPDX-License-Identifier: MIT
#include "eval/evaluationlog.h"

#include "base/studioerror.h"
#include "base/usertext.h"
#include "io/atomicfile.h"

#include <QFileInfo>

#include <cstdio>

namespace latent {

namespace {
const StepLog::Sentences kSentences = {
    "EvaluationLog",
    QT_TRANSLATE_NOOP("EvaluationLog", "has other columns than this studio's evaluation log; move it away to start "
                                       "a new one"),
    //: %1 is the system's reason
    QT_TRANSLATE_NOOP("EvaluationLog", "cannot append to the evaluation log: %1"),
    //: %1 is the system's reason
    QT_TRANSLATE_NOOP("EvaluationLog", "cannot write the evaluation log: %1")};
} // namespace

EvaluationLog::EvaluationLog(const std::string& path, std::int64_t keepUpToStep)
    : m_log(path, QByteArray::fromStdString(header()), keepUpToStep, kSentences)
{
}

std::string EvaluationLog::header()
{
    std::string header = "step";
    for (const std::string& name : EvalResult::columnNames())
        header += "," + name;
    return header;
}

void EvaluationLog::append(const EvalResult& result)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%lld", static_cast<long long>(result.step));
    QByteArray row(buffer);
    for (double v : result.values()) {
        std::snprintf(buffer, sizeof buffer, ",%.9g", v);
        row += buffer;
    }
    m_log.append(row);
}

std::vector<EvalResult> EvaluationLog::read(const std::string& path)
{
    std::vector<EvalResult> rows;
    if (!QFileInfo::exists(QString::fromStdString(path)))
        return rows;
    const QByteArray contents = readWholeFile(path);
    if (contents.isEmpty())
        return rows; // a log made as a run crashed, which the next run starts again (StepLog)
    const QList<QByteArray> lines = contents.split('\n');
    if (lines.value(0) != QByteArray::fromStdString(header()))
        throw StudioError::badInput(path, translate("EvaluationLog", kSentences.otherColumns));
    const std::size_t columns = EvalResult::columnNames().size() + 1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines[i].split(',');
        if (std::size_t(fields.size()) != columns)
            continue; // the last line of a run cut short, or the empty end
        bool ok = true;
        const qint64 step = fields[0].toLongLong(&ok);
        std::vector<double> values;
        for (qsizetype f = 1; ok && f < fields.size(); ++f)
            values.push_back(fields[f].toDouble(&ok));
        if (ok)
            rows.push_back(EvalResult::fromValues(step, values));
    }
    return rows;
}

std::optional<EvalResult> EvaluationLog::best(const std::vector<EvalResult>& rows)
{
    std::optional<EvalResult> best;
    for (const EvalResult& row : rows)
        if (!best || row.fd < best->fd)
            best = row;
    return best;
}

} // namespace latent
