// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <random>
#include <vector>

namespace latent {

// Random indices from a seed, the same on every platform and standard library
// (std::uniform_int_distribution and std::shuffle are not specified exactly;
// std::mt19937_64 is), so a metric's resamples and subsets are reproducible.
// Not thread-safe: one per computation.
class SeededDraws {
public:
    explicit SeededDraws(std::uint64_t seed) : m_engine(seed) {}

    // A uniform integer in [0, n), n >= 1, unbiased.
    std::int64_t below(std::int64_t n);
    // 0..n-1 in a uniformly random order (Fisher-Yates).
    std::vector<std::int64_t> permutation(std::int64_t n);
    // How often each of 0..n-1 is drawn in n draws with replacement: the
    // multiplicities of a bootstrap resample. Sums to n.
    std::vector<std::int64_t> resampleCounts(std::int64_t n);

private:
    std::mt19937_64 m_engine;
};

} // namespace latent
