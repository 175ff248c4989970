// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <vector>

namespace latent {

// Shuffled mini-batches over `count` items, epoch after epoch. Each epoch's
// order and flips depend only on (seed, epoch), so the whole state is the
// (epoch, position) pair: saving it in a checkpoint and restoring it resumes
// the exact same sequence. A batch never straddles two epochs; the short
// remainder at the end of an epoch is dropped, as DataLoader(drop_last) does.
//
// Data-parallel runs shard it: each epoch's order is still one shuffle of the
// whole data set, shared by every rank; a step takes the next batchSize x
// ranks items of it, and rank r takes the r-th slice. The position is thus
// the same on every rank and means the same on any number of ranks, so a
// checkpoint resumes on another world size where the data left off.
class BatchSampler {
public:
    BatchSampler(std::size_t count, int batchSize, std::uint64_t seed);

    struct Batch {
        std::vector<std::int64_t> indices;
        std::vector<std::uint8_t> flip; // 1 where the image is to be mirrored
    };
    // The next batch; `withFlips` fills Batch::flip with fair coin tosses.
    // Empty when there are no items.
    Batch next(bool withFlips);

    std::int64_t epoch() const { return m_epoch; }
    std::int64_t position() const { return m_position; }
    void restore(std::int64_t epoch, std::int64_t position);
    int batchSize() const { return m_batchSize; }
    // Takes the `rank`-th of `ranks` slices of each global batch (above).
    void shard(int rank, int ranks);
    // Draws classes evenly: each epoch's `count` items are, one by one, a
    // class picked uniformly and then one of its items (with replacement),
    // still depending only on (seed, epoch). `labels` has one class index per
    // item (all of 0..classes-1 present).
    void balanceClasses(const std::vector<int>& labels, int classes);

private:
    void shuffle();

    std::size_t m_count;
    int m_batchSize;
    std::uint64_t m_seed;
    int m_rank = 0;
    int m_ranks = 1;
    std::int64_t m_epoch = 0;
    std::int64_t m_position = 0;
    std::vector<std::int64_t> m_order;
    std::vector<std::vector<std::int64_t>> m_byClass; // balanced: each class's items; else empty
    std::vector<std::uint8_t> m_flips;
};

} // namespace latent
