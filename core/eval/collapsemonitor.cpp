// SPDX-License-Identifier: MIT
#include "eval/collapsemonitor.h"

#include "base/usertext.h"

#include <cmath>

namespace latent {

namespace {
long percent(double share) { return std::lround(100.0 * share); }
} // namespace

std::optional<std::string> CollapseMonitor::observe(const EvalResult& r)
{
    if (!m_bestCoverage || r.coverage > m_bestCoverage->coverage)
        m_bestCoverage = r;
    const EvalResult& best = *m_bestCoverage;
    const bool fell = r.coverage < kFallRatio * best.coverage && r.coverage < best.coverage - kFallMargin
                      && r.precision >= kPrecisionKept * best.precision;
    const bool narrow = ++m_seen >= 2 && r.step >= kWarmUpSteps && r.coverage < kLowCoverage
                        && r.precision > kPrecisionOverCoverage * r.coverage && r.precision > kMinPrecision;
    if (!fell && !narrow) {
        if (r.coverage >= kFallRatio * best.coverage && r.precision <= kPrecisionOverCoverage * r.coverage)
            m_warned = false; // recovered: a later collapse is news again
        return std::nullopt;
    }
    if (m_warned)
        return std::nullopt;
    m_warned = true;
    if (fell)
        //: %1 is the step, %2 and %3 percentages, %4 the step of the best coverage, %5 a percentage
        return translate("CollapseMonitor",
                         "Mode collapse at step %1: the samples now cover %2% of the real images' variety, down "
                         "from %3% at step %4, though each still looks as real as before (precision %5%). The "
                         "generator is drawing fewer kinds of image: go back to an earlier checkpoint, or lower the "
                         "learning rates.")
            .arg(r.step)
            .arg(percent(r.coverage))
            .arg(percent(best.coverage))
            .arg(best.step)
            .arg(percent(r.precision));
    //: %1 is the step, %2 and %3 percentages
    return translate("CollapseMonitor",
                     "Mode collapse at step %1: the samples look real (precision %3%) but cover only %2% of the real "
                     "images' variety. The generator draws a few kinds of image well and misses the rest; more "
                     "steps rarely mend this: try a lower learning rate or a restart with another seed.")
        .arg(r.step)
        .arg(percent(r.coverage))
        .arg(percent(r.precision));
}

} // namespace latent
