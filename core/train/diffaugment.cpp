// SPDX-License-Identifier: MIT
#include "train/diffaugment.h"

namespace latent {

namespace F = torch::nn::functional;

namespace {
// Per-image uniform numbers in [0, 1), shaped to broadcast over [N, C, H, W].
torch::Tensor perImage(std::int64_t n, at::Generator& generator, const torch::Device& device)
{
    return torch::rand({n, 1, 1, 1}, generator, torch::kFloat32).to(device);
}

torch::Tensor colour(torch::Tensor x, at::Generator& generator)
{
    const std::int64_t n = x.size(0);
    x = x + (perImage(n, generator, x.device()) - 0.5);                       // brightness
    const torch::Tensor grey = x.mean(1, /*keepdim=*/true);
    x = (x - grey) * (perImage(n, generator, x.device()) * 2) + grey;         // saturation
    const torch::Tensor mean = x.mean({1, 2, 3}, /*keepdim=*/true);
    return (x - mean) * (perImage(n, generator, x.device()) + 0.5) + mean;    // contrast
}

torch::Tensor translate(const torch::Tensor& x, at::Generator& generator)
{
    const std::int64_t n = x.size(0), h = x.size(2), w = x.size(3);
    const std::int64_t sh = std::max<std::int64_t>(1, (h + 4) / 8), sw = std::max<std::int64_t>(1, (w + 4) / 8);
    const auto longs = torch::TensorOptions().dtype(torch::kLong);
    const torch::Tensor dy = torch::randint(-sh, sh + 1, {n, 1, 1}, generator, longs).to(x.device());
    const torch::Tensor dx = torch::randint(-sw, sw + 1, {n, 1, 1}, generator, longs).to(x.device());
    const auto onDevice = longs.device(x.device());
    const torch::Tensor rows = torch::arange(h, onDevice).view({1, h, 1}) + dy + sh;
    const torch::Tensor cols = torch::arange(w, onDevice).view({1, 1, w}) + dx + sw;
    const torch::Tensor batch = torch::arange(n, onDevice).view({n, 1, 1});
    // What comes into view repeats the edge. Zeros (DiffAugment's fill) are
    // mid-grey in [-1, 1], and the generator learnt to draw that grey border
    // on dark backgrounds (docs/AUGMENTATION.md).
    const torch::Tensor padded = F::pad(x, F::PadFuncOptions({sw, sw, sh, sh}).mode(torch::kReplicate));
    return padded.permute({0, 2, 3, 1}).index({batch, rows, cols}).permute({0, 3, 1, 2});
}

torch::Tensor cutout(const torch::Tensor& x, at::Generator& generator)
{
    const std::int64_t n = x.size(0), h = x.size(2), w = x.size(3);
    const std::int64_t ch = (h + 1) / 2, cw = (w + 1) / 2;
    const auto longs = torch::TensorOptions().dtype(torch::kLong);
    // The square's top-left corner; it may hang over the edges, as in the paper.
    const torch::Tensor top = (torch::randint(0, h + 1 - ch % 2, {n, 1, 1}, generator, longs) - ch / 2).to(x.device());
    const torch::Tensor left = (torch::randint(0, w + 1 - cw % 2, {n, 1, 1}, generator, longs) - cw / 2).to(x.device());
    const auto onDevice = longs.device(x.device());
    const torch::Tensor rows = torch::arange(h, onDevice).view({1, h, 1});
    const torch::Tensor cols = torch::arange(w, onDevice).view({1, 1, w});
    const torch::Tensor inside = (rows >= top) & (rows < top + ch) & (cols >= left) & (cols < left + cw);
    return x * inside.logical_not().unsqueeze(1).to(x.scalar_type());
}

// `augmented` where an image's draw falls below the strength, `x` elsewhere.
torch::Tensor someOf(const torch::Tensor& x, const torch::Tensor& augmented, const torch::Tensor& strength,
                     at::Generator& generator)
{
    if (!strength.defined())
        return augmented;
    return torch::where(perImage(x.size(0), generator, x.device()) < strength, augmented, x);
}
} // namespace

torch::Tensor diffAugment(const torch::Tensor& images, const AugmentPolicy& policy, at::Generator& generator,
                          const torch::Tensor& strength)
{
    torch::Tensor x = images;
    if (policy.color)
        x = someOf(x, colour(x, generator), strength, generator);
    if (policy.translation)
        x = someOf(x, translate(x, generator), strength, generator);
    if (policy.cutout)
        x = someOf(x, cutout(x, generator), strength, generator);
    return x;
}

} // namespace latent
