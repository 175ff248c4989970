// SPDX-License-Identifier: MIT
#pragma once

#include "models/modelspec.h"

#include <cstdint>
#include <string>
#include <vector>

namespace latent {

// Watches a GAN's numbers for the two classic failures and warns once per
// episode, without stopping anything:
//  - the discriminator winning outright: D(G(z)) pinned near its "fake"
//    value for many steps, so the generator gets almost no useful gradient;
//  - diversity collapse: the generated images of a batch far more alike than
//    real images are (mode collapse).
class GanHealthMonitor {
public:
    // Steps a condition must hold before it is reported.
    static constexpr std::int64_t kWinningSteps = 300;
    static constexpr std::int64_t kCollapseSteps = 200;
    // Collapse is not judged before this step: a fresh generator's samples
    // are all alike until it has learnt something.
    static constexpr std::int64_t kCollapseWarmUp = 300;
    // Generated spread below this share of the real data's counts as collapse.
    static constexpr double kCollapseRatio = 0.35;

    // `realSpread`: Trainer::spread over batches of real images (0: unknown,
    // and diversity is not judged).
    GanHealthMonitor(ModelSpec::GanLoss loss, double realSpread);

    // One step's numbers (judged as moving averages over about 20 steps);
    // returns the warnings to show now (usually none).
    std::vector<std::string> observe(std::int64_t step, double dReal, double dFake, double fakeSpread);

private:
    // A condition that must hold for a number of steps before it is reported,
    // and must clear for a while before it is reported again.
    struct Streak {
        std::int64_t since = -1;      // first step of the current run; -1 = not holding
        std::int64_t clearSince = -1; // first step it stopped holding, after a warning
        bool warned = false;
        bool update(std::int64_t step, bool holds, std::int64_t needed);
    };
    bool discriminatorWins(double dReal, double dFake) const;

    ModelSpec::GanLoss m_loss;
    double m_realSpread;
    bool m_smoothed = false;
    double m_dReal = 0.0, m_dFake = 0.0, m_spread = 0.0; // moving averages
    Streak m_winning;
    Streak m_collapse;
};

} // namespace latent
