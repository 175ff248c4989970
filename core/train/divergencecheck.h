// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace latent {

// Tells a diverged step from a sound one: every logged number and gradient
// norm of a step must be finite. Plain numbers in, a sentence out; owned and
// called by the training thread (not thread-safe, nothing to share).
class DivergenceCheck {
public:
    // A trainer's metricNames() and gradientNames(): a step's numbers come in
    // these orders and counts.
    DivergenceCheck(std::vector<std::string> metricNames, std::vector<std::string> gradientNames);

    // std::nullopt when every number of `step` is finite; otherwise the
    // sentence that pauses training, naming the first bad metric (else the
    // first bad network's gradient) and the last good state: the checkpoint of
    // `lastCheckpoint`, or none when it is -1.
    std::optional<std::string> check(std::int64_t step, const double* metrics, const double* gradientNorms,
                                     std::int64_t lastCheckpoint) const;

private:
    std::vector<std::string> m_metricNames;
    std::vector<std::string> m_gradientNames;
};

} // namespace latent
