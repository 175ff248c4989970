// SPDX-License-Identifier: MIT
#include "train/metricslog.h"

#include "base/studioerror.h"
#include "base/usertext.h"
#include "io/atomicfile.h"

#include <QFileInfo>

#include <cerrno>
#include <cstdio>

namespace latent {

std::string MetricsLog::headerFor(const std::vector<std::string>& names)
{
    std::string header = "step,elapsed_s,samples_per_s";
    for (const auto& n : names)
        header += "," + n;
    return header;
}

MetricsLog::MetricsLog(const std::string& path, const std::vector<std::string>& names, std::int64_t keepUpToStep)
    : m_path(path), m_file(QString::fromStdString(path))
{
    const QByteArray header = QByteArray::fromStdString(headerFor(names)) + '\n';
    QByteArray kept = header;
    if (keepUpToStep >= 0 && QFileInfo::exists(m_file.fileName())) {
        const QByteArray existing = readWholeFile(path);
        if (!existing.isEmpty() && existing.left(existing.indexOf('\n') + 1) != header)
            throw StudioError::badInput(path, translate("MetricsLog", "has other columns than this model logs; move it "
                                                                      "away to start a new log"));
        if (!existing.isEmpty()) // an empty log (a crash as it was made) starts again from the header
            kept = rowsUpTo(existing, keepUpToStep);
    }
    writeFileAtomically(path, kept);
    // Unbuffered, so a row cut short by a full disk shows in write()'s count
    // (see writeFileAtomically).
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        throw StudioError::failure(
            path, translate("MetricsLog", "cannot append to the metrics log: %1").arg(m_file.errorString()));
}

QByteArray MetricsLog::rowsUpTo(const QByteArray& csv, std::int64_t maxStep)
{
    const QList<QByteArray> lines = csv.split('\n');
    QByteArray kept = lines.value(0) + '\n';
    for (qsizetype i = 1; i < lines.size(); ++i) {
        bool ok = false;
        const qint64 step = lines[i].left(lines[i].indexOf(',')).toLongLong(&ok);
        if (ok && step <= maxStep)
            kept += lines[i] + '\n';
    }
    return kept;
}

void MetricsLog::append(const StepMetrics& m)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%lld,%.3f,%.2f", static_cast<long long>(m.step), m.elapsedSeconds,
                  m.samplesPerSecond);
    QByteArray row(buffer);
    for (double v : m.values) {
        std::snprintf(buffer, sizeof buffer, ",%.7g", v);
        row += buffer;
    }
    row += '\n';
    const qint64 before = m_file.size();
    errno = 0;
    if (m_file.write(row) != row.size()) {
        const std::string reason = writeErrorText(m_file);
        // A full disk can take half a row: cut it off so the log stays whole
        // rows, byte for byte as before.
        m_file.resize(before);
        throw StudioError::failure(m_path, translate("MetricsLog", "cannot write the metrics log: %1").arg(reason));
    }
}

} // namespace latent
