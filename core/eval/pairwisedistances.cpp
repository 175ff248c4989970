// SPDX-License-Identifier: MIT
#include "eval/pairwisedistances.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace latent {

namespace {
// Small enough that a 10,000 x 10,000 comparison costs little memory, large
// enough that each block is one efficient matrix product (about 400 rows
// against 10,000).
constexpr std::int64_t kBlockBytes = 32ll << 20;
} // namespace

std::int64_t rowsPerBlock(std::int64_t columns)
{
    return std::max<std::int64_t>(1, kBlockBytes / (std::max<std::int64_t>(1, columns) * 8));
}

torch::Tensor squaredNorms(const torch::Tensor& x)
{
    return x.mul(x).sum(1);
}

torch::Tensor squaredDistances(const torch::Tensor& a, const torch::Tensor& aNorms, const torch::Tensor& b,
                               const torch::Tensor& bNorms)
{
    torch::Tensor d = aNorms.unsqueeze(1) + bNorms.unsqueeze(0);
    d.addmm_(a, b.t(), /*beta=*/1, /*alpha=*/-2);
    return d.clamp_min_(0);
}

namespace {

// For each row (dim 1) or column (dim 0) of `d`, its k smallest values (all
// of them when fewer), in no particular order: [rows or columns, k].
torch::Tensor smallest(const torch::Tensor& d, int k, int dim = 1)
{
    const torch::Tensor values =
        std::get<0>(d.topk(std::min<std::int64_t>(k, d.size(dim)), dim, /*largest=*/false, /*sorted=*/false));
    return dim == 1 ? values : values.t();
}

} // namespace

torch::Tensor kthNeighbourSquaredRadii(const torch::Tensor& x, int k)
{
    const std::int64_t n = x.size(0);
    TORCH_CHECK(k >= 1 && k < n, "kthNeighbourSquaredRadii: need 1 <= k < rows");
    const torch::Tensor norms = squaredNorms(x);
    // Distances are symmetric: each pair of row blocks (I, J >= I) is computed
    // once and serves I's rows and, transposed, J's. Four or more blocks cut
    // the products to 5/8 or less of the whole matrix; a block is square, at
    // most 32 MB.
    const std::int64_t largest = std::max<std::int64_t>(k, std::int64_t(std::sqrt(double(rowsPerBlock(1)))));
    const std::int64_t block = std::min(largest, std::max<std::int64_t>({k, 256, (n + 3) / 4}));
    // Each row's k smallest distances to other rows so far.
    torch::Tensor nearest = torch::full({n, k}, std::numeric_limits<double>::infinity(), x.options());
    const auto merge = [&](std::int64_t begin, const torch::Tensor& candidates) {
        torch::Tensor rows = nearest.slice(0, begin, begin + candidates.size(0));
        rows.copy_(smallest(torch::cat({rows, candidates}, 1), k));
    };
    for (std::int64_t i = 0; i < n; i += block) {
        const std::int64_t iEnd = std::min(n, i + block);
        for (std::int64_t j = i; j < n; j += block) {
            const std::int64_t jEnd = std::min(n, j + block);
            torch::Tensor d = squaredDistances(x.slice(0, i, iEnd), norms.slice(0, i, iEnd), x.slice(0, j, jEnd),
                                               norms.slice(0, j, jEnd));
            if (i == j) // a row's distance to itself: out of the ranking
                d.diagonal().fill_(std::numeric_limits<double>::infinity());
            merge(i, smallest(d, k));
            if (i != j)
                merge(j, smallest(d, k, /*dim=*/0));
        }
    }
    return std::get<0>(nearest.max(1));
}

} // namespace latent
