// SPDX-License-Identifier: MIT
// Internal to latent_core: LibTorch types. Never include from ui/ or app/.
#pragma once

#include <torch/torch.h>

#include <cstdint>

namespace latent {

// Blocked pairwise Euclidean distances between the rows of float64 matrices,
// for the evaluation metrics (featurestatistics.h). Distances are kept
// squared (the comparisons and k-th neighbours the metrics need are the same
// on squares, and no square root is taken N^2 times).

// How many rows of `columns` float64 values make one block: at most 32 MB,
// at least one row. The metrics walk N x M distance matrices in such blocks.
std::int64_t rowsPerBlock(std::int64_t columns);

// Each row's squared length: [N] for x [N, D].
torch::Tensor squaredNorms(const torch::Tensor& x);

// Squared distances [A, B] between the rows of a [A, D] and b [B, D], given
// their squaredNorms, through |a|^2 + |b|^2 - 2 a.b (one matrix product);
// round-off below 0 is clamped to 0.
torch::Tensor squaredDistances(const torch::Tensor& a, const torch::Tensor& aNorms, const torch::Tensor& b,
                               const torch::Tensor& bNorms);

// For each row of x [N, D], the squared distance to its k-th nearest other
// row (the row itself excluded; duplicates of it count, at distance 0): the
// squared radius of its k-NN ball. Needs 1 <= k < N. Returns [N].
torch::Tensor kthNeighbourSquaredRadii(const torch::Tensor& x, int k);

} // namespace latent
