// SPDX-License-Identifier: MIT
#include "models/minibatchstddev.h"

namespace latent {

std::int64_t MinibatchStdDevImpl::groupSize(std::int64_t batch)
{
    std::int64_t group = std::min(kGroupSize, batch);
    while (group > 1 && batch % group != 0)
        --group;
    return std::max<std::int64_t>(group, 1);
}

torch::Tensor MinibatchStdDevImpl::forward(const torch::Tensor& input)
{
    const std::int64_t n = input.size(0), h = input.size(2), w = input.size(3);
    const std::int64_t group = groupSize(n);
    torch::Tensor stat;
    if (group < 2) {
        // One image alone has no spread to show.
        stat = torch::zeros({n, 1, h, w}, input.options());
    } else {
        const torch::Tensor grouped = input.reshape({n / group, group, input.size(1), h, w});
        // The standard deviation over each group, with a floor under the square root for its gradient.
        const torch::Tensor spread = (grouped.var(/*dim=*/1, /*unbiased=*/false) + 1e-8).sqrt();
        stat = spread.mean({1, 2, 3})
                   .view({n / group, 1, 1, 1, 1})
                   .expand({n / group, group, 1, h, w})
                   .reshape({n, 1, h, w});
    }
    return torch::cat({input, stat}, 1);
}

} // namespace latent
