// SPDX-License-Identifier: MIT
#include "eval/seededdraws.h"

#include <numeric>
#include <utility>

namespace latent {

std::int64_t SeededDraws::below(std::int64_t n)
{
    const std::uint64_t range = static_cast<std::uint64_t>(n);
    // Rejecting the lowest 2^64 mod n values leaves a multiple of n equally
    // likely values, so `% n` favours none.
    const std::uint64_t threshold = (0 - range) % range;
    std::uint64_t r = m_engine();
    while (r < threshold)
        r = m_engine();
    return static_cast<std::int64_t>(r % range);
}

std::vector<std::int64_t> SeededDraws::permutation(std::int64_t n)
{
    std::vector<std::int64_t> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), std::int64_t(0));
    for (std::int64_t i = n - 1; i > 0; --i)
        std::swap(order[static_cast<std::size_t>(i)], order[static_cast<std::size_t>(below(i + 1))]);
    return order;
}

std::vector<std::int64_t> SeededDraws::resampleCounts(std::int64_t n)
{
    std::vector<std::int64_t> counts(static_cast<std::size_t>(n), 0);
    for (std::int64_t i = 0; i < n; ++i)
        ++counts[static_cast<std::size_t>(below(n))];
    return counts;
}

} // namespace latent
