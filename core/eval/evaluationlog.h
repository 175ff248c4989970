// SPDX-License-Identifier: MIT
#pragma once

#include "eval/evalresult.h"
#include "io/steplog.h"

#include <optional>
#include <string>
#include <vector>

namespace latent {

// evaluation.csv in a project: `step,fd,fd_error,kid,...` (EvalResult's
// columns), one row per evaluation, flushed as written; on resume, rows after
// the checkpoint's step are dropped as in metrics.csv.
class EvaluationLog {
public:
    // Throws StudioError naming `path` (see StepLog).
    EvaluationLog(const std::string& path, std::int64_t keepUpToStep);
    // Throws StudioError(Failure) naming the file.
    void append(const EvalResult& result);

    static std::string header();
    // Every whole row of the file, in file order; none when it is missing or
    // empty.
    // Throws StudioError(BadInput) naming the file when its header is not ours.
    static std::vector<EvalResult> read(const std::string& path);
    // The row with the lowest FD (the earliest of equals); none for no rows.
    static std::optional<EvalResult> best(const std::vector<EvalResult>& rows);

private:
    StepLog m_log;
};

} // namespace latent
