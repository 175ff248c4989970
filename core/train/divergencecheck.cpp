// SPDX-License-Identifier: MIT
#include "train/divergencecheck.h"

#include "base/usertext.h"

#include <algorithm>
#include <cmath>

namespace latent {

namespace {
// "the generator's gradient", a whole phrase for each network the trainers
// name. The sentences keep the context TrainingSession, where they began.
std::string gradientOf(const std::string& network)
{
    if (network == "generator")
        return translate("TrainingSession", "the generator's gradient");
    if (network == "discriminator")
        return translate("TrainingSession", "the discriminator's gradient");
    if (network == "VAE")
        return translate("TrainingSession", "the VAE's gradient");
    //: %1 names a network
    return translate("TrainingSession", "the %1's gradient").arg(network);
}

bool isFinite(double v) { return std::isfinite(v); }
} // namespace

DivergenceCheck::DivergenceCheck(std::vector<std::string> metricNames, std::vector<std::string> gradientNames)
    : m_metricNames(std::move(metricNames)), m_gradientNames(std::move(gradientNames))
{
}

std::optional<std::string> DivergenceCheck::check(std::int64_t step, const double* metrics,
                                                  const double* gradientNorms, std::int64_t lastCheckpoint) const
{
    // Sentences are made only when something is wrong: this runs every step.
    const double* metricsEnd = metrics + m_metricNames.size();
    const double* normsEnd = gradientNorms + m_gradientNames.size();
    const auto badValue = std::find_if_not(metrics, metricsEnd, isFinite);
    const auto badNorm = std::find_if_not(gradientNorms, normsEnd, isFinite);
    std::string what;
    double bad = 0.0;
    if (badValue != metricsEnd) {
        what = m_metricNames[std::size_t(badValue - metrics)];
        bad = *badValue;
    } else if (badNorm != normsEnd) {
        what = gradientOf(m_gradientNames[std::size_t(badNorm - gradientNorms)]);
        bad = *badNorm;
    } else {
        return std::nullopt;
    }
    // One sentence for each case: NaN or infinite, with or without a checkpoint
    // (%3, unused without one).
    const bool nan = std::isnan(bad);
    const UserText message = [&] {
        if (lastCheckpoint >= 0 && nan)
            //: %1 is the step, %2 a loss (loss_d...) or a network's gradient, %3 the step of the last checkpoint
            return translate("TrainingSession", "Training diverged at step %1: %2 is NaN. Paused; the last good "
                                                "state is the checkpoint of step %3.");
        if (lastCheckpoint >= 0)
            //: %1 is the step, %2 a loss (loss_d...) or a network's gradient, %3 the step of the last checkpoint
            return translate("TrainingSession", "Training diverged at step %1: %2 is infinite. Paused; the last good "
                                                "state is the checkpoint of step %3.");
        if (nan)
            //: %1 is the step, %2 a loss (loss_d...) or a network's gradient
            return translate("TrainingSession", "Training diverged at step %1: %2 is NaN. Paused; the last good "
                                                "state is no checkpoint yet.");
        //: %1 is the step, %2 a loss (loss_d...) or a network's gradient
        return translate("TrainingSession", "Training diverged at step %1: %2 is infinite. Paused; the last good "
                                            "state is no checkpoint yet.");
    }();
    return message.arg(step).arg(what).arg(lastCheckpoint).str();
}

} // namespace latent
