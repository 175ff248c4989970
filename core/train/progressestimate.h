// SPDX-License-Identifier: MIT
#pragma once

#include "train/stepmetrics.h"

#include <string>

namespace latent {

// Time left in a run, from the recent pace: an exponential average over the
// logged rows, so a slow start or a busy spell does not skew it for the rest
// of the run. Feed it every metrics row, in order.
class ProgressEstimate {
public:
    void update(const StepMetrics& row);
    void reset() { *this = ProgressEstimate{}; }
    // Seconds until the row's totalSteps; negative before the first row.
    double secondsLeft() const;

    // "42s", "3m07s", "1h05m" (in the user's language); "--" for an unknown
    // (negative) duration.
    static std::string formatDuration(double seconds);

private:
    std::int64_t m_step = -1;
    std::int64_t m_total = 0;
    double m_elapsed = 0.0;
    double m_secondsPerStep = 0.0;
};

} // namespace latent
