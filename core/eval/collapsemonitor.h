// SPDX-License-Identifier: MIT
#pragma once

#include "eval/evalresult.h"

#include <optional>
#include <string>

namespace latent {

// Mode collapse, told from a run's quality scores: the generator draws only
// a few kinds of image when its samples cover little of the real images'
// variety (coverage) while each sample still looks real (precision). Two
// ways it shows, each warned about once until it clears:
//  - a fall: coverage well below its best while precision holds;
//  - from the start: coverage low while precision is high (a generator that
//    draws one or two classes well).
// Early in a run low coverage is normal (a young Fashion-MNIST generator
// reads precision 0.78, coverage 0.05 at step 250), so "narrow" is judged
// only from kWarmUpSteps and the second evaluation on. Thresholds chosen by
// measurement (docs/EVALUATION.md).
class CollapseMonitor {
public:
    // Coverage below this share of its best counts as a fall...
    static constexpr double kFallRatio = 0.6;
    // ...when it is also this much lower in absolute terms.
    static constexpr double kFallMargin = 0.15;
    // A fall with precision kept at this share of its value at the best coverage.
    static constexpr double kPrecisionKept = 0.8;
    // From the start: coverage below this, and precision above this many
    // times the coverage and above kMinPrecision. Measured: healthy DCGANs
    // from step 1000 read digits P 0.37 C 0.31, Fashion-MNIST P 0.77 C 0.52;
    // a collapsed one P 0.51 C 0.07; two classes of real images P 0.95-0.97,
    // C 0.20-0.30.
    static constexpr double kLowCoverage = 0.35;
    static constexpr double kPrecisionOverCoverage = 2.0;
    static constexpr double kMinPrecision = 0.3;
    static constexpr std::int64_t kWarmUpSteps = 1000;

    // The scores of one evaluation, in step order; a warning to show now, if any.
    std::optional<std::string> observe(const EvalResult& result);

private:
    std::optional<EvalResult> m_bestCoverage; // the evaluation with the highest coverage so far
    bool m_warned = false;                    // until coverage recovers
    int m_seen = 0;                           // evaluations observed
};

} // namespace latent
