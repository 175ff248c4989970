// SPDX-License-Identifier: MIT
#include "io/steplog.h"

#include "base/studioerror.h"
#include "base/usertext.h"
#include "io/atomicfile.h"

#include <QFileInfo>

#include <cerrno>

namespace latent {

StepLog::StepLog(const std::string& path, const QByteArray& header, std::int64_t keepUpToStep,
                 const Sentences& sentences)
    : m_path(path), m_sentences(sentences), m_file(QString::fromStdString(path))
{
    const QByteArray firstLine = header + '\n';
    QByteArray kept = firstLine;
    if (keepUpToStep >= 0 && QFileInfo::exists(m_file.fileName())) {
        const QByteArray existing = readWholeFile(path);
        if (!existing.isEmpty() && existing.left(existing.indexOf('\n') + 1) != firstLine)
            throw StudioError::badInput(path, translate(sentences.context, sentences.otherColumns));
        if (!existing.isEmpty()) // an empty log (a crash as it was made) starts again from the header
            kept = rowsUpTo(existing, keepUpToStep);
    }
    writeFileAtomically(path, kept);
    // Unbuffered, so a row cut short by a full disk shows in write()'s count
    // (see writeFileAtomically).
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        throw StudioError::failure(path,
                                   translate(sentences.context, sentences.cannotAppend).arg(m_file.errorString()));
}

QByteArray StepLog::rowsUpTo(const QByteArray& csv, std::int64_t maxStep)
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

void StepLog::append(const QByteArray& row)
{
    const QByteArray line = row + '\n';
    const qint64 before = m_file.size();
    errno = 0;
    if (m_file.write(line) != line.size()) {
        const std::string reason = writeErrorText(m_file);
        // A full disk can take half a row: cut it off so the log stays whole
        // rows, byte for byte as before.
        m_file.resize(before);
        throw StudioError::failure(m_path, translate(m_sentences.context, m_sentences.cannotWrite).arg(reason));
    }
}

} // namespace latent
