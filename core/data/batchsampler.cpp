// SPDX-License-Identifier: MIT
#include "data/batchsampler.h"

#include <algorithm>
#include <numeric>
#include <random>

namespace latent {

BatchSampler::BatchSampler(std::size_t count, int batchSize, std::uint64_t seed)
    : m_count(count), m_batchSize(std::max(1, std::min<int>(batchSize, int(std::max<std::size_t>(count, 1))))),
      m_seed(seed)
{
    shuffle();
}

void BatchSampler::shuffle()
{
    // mt19937_64 is fully specified by the standard; the Fisher-Yates below is ours,
    // so the order is the same with every standard library.
    std::mt19937_64 rng(m_seed * 0x9E3779B97F4A7C15ull + std::uint64_t(m_epoch) + 17);
    m_order.resize(m_count);
    if (m_byClass.empty()) {
        std::iota(m_order.begin(), m_order.end(), 0);
        for (std::size_t i = m_count; i > 1; --i)
            std::swap(m_order[i - 1], m_order[rng() % i]);
    } else {
        for (auto& item : m_order) {
            const auto& members = m_byClass[rng() % m_byClass.size()];
            item = members[rng() % members.size()];
        }
    }
    m_flips.resize(m_count);
    for (auto& f : m_flips)
        f = std::uint8_t(rng() >> 63);
}

BatchSampler::Batch BatchSampler::next(bool withFlips)
{
    if (m_count == 0)
        return {};
    const std::int64_t global = std::int64_t(m_batchSize) * m_ranks;
    if (m_position + global > std::int64_t(m_count)) {
        ++m_epoch;
        m_position = 0;
        shuffle();
    }
    const std::int64_t first = m_position + std::int64_t(m_rank) * m_batchSize;
    Batch batch;
    batch.indices.assign(m_order.begin() + first, m_order.begin() + first + m_batchSize);
    if (withFlips)
        batch.flip.assign(m_flips.begin() + first, m_flips.begin() + first + m_batchSize);
    m_position += global;
    return batch;
}

void BatchSampler::shard(int rank, int ranks)
{
    m_ranks = std::max(1, ranks);
    m_rank = std::clamp(rank, 0, m_ranks - 1);
}

void BatchSampler::balanceClasses(const std::vector<int>& labels, int classes)
{
    m_byClass.assign(std::size_t(std::max(0, classes)), {});
    for (std::size_t i = 0; i < labels.size(); ++i)
        if (labels[i] >= 0 && labels[i] < classes)
            m_byClass[std::size_t(labels[i])].push_back(std::int64_t(i));
    m_byClass.erase(std::remove_if(m_byClass.begin(), m_byClass.end(), [](const auto& c) { return c.empty(); }),
                    m_byClass.end());
    shuffle();
}

void BatchSampler::restore(std::int64_t epoch, std::int64_t position)
{
    m_epoch = epoch;
    m_position = position;
    shuffle();
}

} // namespace latent
