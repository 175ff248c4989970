// SPDX-License-Identifier: MIT
#include "eval/checkpointchoice.h"

#include "base/studioerror.h"
#include "base/usertext.h"
#include "eval/evaluationlog.h"
#include "project/project.h"
#include "train/checkpointstore.h"

#include <QFileInfo>

#include <algorithm>
#include <cctype>

namespace latent {

namespace {
bool isStep(const std::string& text)
{
    return !text.empty() && text.size() < 19
           && std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); });
}
} // namespace

std::int64_t bestCheckpointStep(const Project& project)
{
    const std::optional<EvalResult> best = EvaluationLog::best(EvaluationLog::read(project.evaluationPath()));
    return best ? best->step : -1;
}

std::string chooseCheckpoint(const Project& project, const std::string& which)
{
    const CheckpointStore store(project.checkpointsDir());
    if (which.empty()) {
        const std::string newest = store.latest().path;
        if (newest.empty())
            throw StudioError::badInput(project.checkpointsDir(),
                                        translate("CheckpointChoice", "the project has no checkpoint yet; train it "
                                                                      "first"));
        return newest;
    }
    if (which != "best" && !isStep(which))
        return which;
    std::int64_t step = 0;
    if (which == "best") {
        step = bestCheckpointStep(project);
        if (step < 0)
            throw StudioError::badInput(project.evaluationPath(),
                                        translate("CheckpointChoice", "holds no quality scores yet, so no checkpoint "
                                                                      "is known as the best; train with evaluation on "
                                                                      "(evaluate_every), or name a step"));
    } else {
        step = std::stoll(which);
    }
    const std::string path = store.pathFor(step);
    if (!QFileInfo::exists(QString::fromStdString(path))) {
        if (which == "best")
            //: %1 is a step
            throw StudioError::badInput(path, translate("CheckpointChoice", "is gone, though step %1 scored best; "
                                                                            "was it deleted by hand?")
                                                  .arg(step));
        throw StudioError::badInput(path, translate("CheckpointChoice", "does not exist (pruned, or never written)"));
    }
    return path;
}

} // namespace latent
