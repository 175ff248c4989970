// SPDX-License-Identifier: MIT
#include "train/ganhealthmonitor.h"

#include "base/usertext.h"

#include <cstdio>

namespace latent {

namespace {
std::string format(const char* pattern, double value)
{
    char text[64];
    std::snprintf(text, sizeof text, pattern, value);
    return text;
}
} // namespace

GanHealthMonitor::GanHealthMonitor(ModelSpec::GanLoss loss, double realSpread) : m_loss(loss), m_realSpread(realSpread)
{}

bool GanHealthMonitor::Streak::update(std::int64_t step, bool holds, std::int64_t needed)
{
    if (!holds) {
        since = -1;
        if (warned && clearSince < 0)
            clearSince = step;
        // Re-arm once it has stayed clear as long as it had to hold.
        if (warned && step - clearSince >= needed)
            warned = false;
        return false;
    }
    clearSince = -1;
    if (since < 0)
        since = step;
    if (warned || step - since + 1 < needed)
        return false;
    warned = true;
    return true;
}

bool GanHealthMonitor::discriminatorWins(double dReal, double dFake) const
{
    switch (m_loss) {
    case ModelSpec::GanLoss::Bce: return dFake < 0.05; // mean probability D gives fakes
    case ModelSpec::GanLoss::Lsgan: return dFake < 0.1 && dReal > 0.9; // targets 0 and 1
    case ModelSpec::GanLoss::Hinge: return dFake < -1.0 && dReal > 1.0; // every sample past its margin
    case ModelSpec::GanLoss::WganGp: return false; // critic scores have no fixed scale
    }
    return false;
}

std::vector<std::string> GanHealthMonitor::observe(std::int64_t step, double dReal, double dFake, double fakeSpread)
{
    // Smoothed over about 20 steps, so one lucky batch neither starts nor ends a streak.
    constexpr double kSmoothing = 0.05;
    if (!m_smoothed) {
        m_dReal = dReal, m_dFake = dFake, m_spread = fakeSpread;
        m_smoothed = true;
    } else {
        m_dReal += kSmoothing * (dReal - m_dReal);
        m_dFake += kSmoothing * (dFake - m_dFake);
        m_spread += kSmoothing * (fakeSpread - m_spread);
    }
    dReal = m_dReal, dFake = m_dFake, fakeSpread = m_spread;

    std::vector<std::string> warnings;
    if (m_winning.update(step, discriminatorWins(dReal, dFake), kWinningSteps))
        //: %1 is the step, %2 a number of steps, %3 the discriminator's mean score for generated images
        warnings.push_back(translate("GanHealthMonitor",
                                     "The discriminator is winning outright (step %1): for %2 steps it has told "
                                     "generated images from real ones almost perfectly (mean D(G(z)) now %3), so the "
                                     "generator learns little. A lower discriminator learning rate, fewer D steps per "
                                     "G step, or the hinge or WGAN-GP loss may help.")
                               .arg(step)
                               .arg(kWinningSteps)
                               .arg(format("%.3g", dFake)));

    const bool judged = m_realSpread > 0.0 && step >= kCollapseWarmUp;
    const double ratio = m_realSpread > 0.0 ? fakeSpread / m_realSpread : 1.0;
    if (m_collapse.update(step, judged && ratio < kCollapseRatio, kCollapseSteps))
        //: %1 is a percentage (the number alone), %2 a number of steps, %3 the step
        warnings.push_back(translate("GanHealthMonitor",
                                     "Sample diversity is collapsing: generated images differ from each other by "
                                     "%1% of what real images do, for %2 steps (step %3). The generator may be "
                                     "making only a few kinds of image (mode collapse). Going back to an earlier "
                                     "checkpoint or lowering the generator's learning rate may help.")
                               .arg(format("%.0f", 100.0 * ratio))
                               .arg(kCollapseSteps)
                               .arg(step));
    return warnings;
}

} // namespace latent
