// SPDX-License-Identifier: MIT
#pragma once

#include "io/steplog.h"
#include "train/stepmetrics.h"

#include <string>

namespace latent {

// metrics.csv: a header `step,elapsed_s,samples_per_s,<metric names>`, then one
// row per logged step, each flushed as written so a crash loses nothing logged.
class MetricsLog {
public:
    // Opens `path` for appending. Rows after `keepUpToStep` (logged after the
    // checkpoint a run resumes from) are dropped first, so the file never holds
    // a step twice; -1 starts a new file. Throws StudioError naming `path`.
    MetricsLog(const std::string& path, const std::vector<std::string>& names, std::int64_t keepUpToStep);

    // Throws StudioError(Failure) naming the file when the row cannot be written.
    void append(const StepMetrics& metrics);

    static std::string headerFor(const std::vector<std::string>& names);
    // A metrics.csv's header and its rows up to `maxStep`, newline-terminated.
    static QByteArray rowsUpTo(const QByteArray& csv, std::int64_t maxStep);

private:
    StepLog m_log;
};

} // namespace latent
