// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QFile>

#include <cstdint>
#include <string>

namespace latent {

// A CSV file of rows keyed by their first column, the step: a header, then
// one row per logged step, each flushed as written so a crash loses nothing
// logged. What metrics.csv and evaluation.csv are made of.
class StepLog {
public:
    // The sentences of one log's errors, marked with QT_TRANSLATE_NOOP in
    // context `context` (%1 in the last two: the system's reason).
    struct Sentences {
        const char* context;
        const char* otherColumns; // the file's header is not this log's
        const char* cannotAppend;
        const char* cannotWrite;
    };

    // Opens `path` for appending. Rows after `keepUpToStep` (logged after the
    // checkpoint a run resumes from) are dropped first, so the file never
    // holds a step twice; -1 starts a new file. `header` has no newline.
    // Throws StudioError naming `path`.
    StepLog(const std::string& path, const QByteArray& header, std::int64_t keepUpToStep, const Sentences& sentences);

    // Appends `row` (no newline). Throws StudioError(Failure) naming the file
    // when it cannot be written whole; a part written (a full disk) is cut off.
    void append(const QByteArray& row);

    // A log's header and its rows up to `maxStep`, newline-terminated.
    static QByteArray rowsUpTo(const QByteArray& csv, std::int64_t maxStep);

private:
    std::string m_path;
    Sentences m_sentences;
    QFile m_file;
};

} // namespace latent
