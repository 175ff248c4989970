// SPDX-License-Identifier: MIT
// Internal to latent_core: LibTorch types. Never include from ui/ or app/.
#pragma once

#include "train/augmentpolicy.h"

#include <torch/torch.h>

namespace latent {

// DiffAugment (Zhao et al. 2020) on a batch [N, C, H, W] in [-1, 1]: each
// image gets its own random brightness, saturation, contrast, shift and
// cutout, drawn from `generator` (so a resumed run draws the same). Every
// operation is differentiable in the images, so the generator learns through
// it. The input itself when the policy is off. With a `strength` (a scalar
// tensor on the images' device), each operation applies to each image with
// that probability; without one, to every image.
torch::Tensor diffAugment(const torch::Tensor& images, const AugmentPolicy& policy, at::Generator& generator,
                          const torch::Tensor& strength = {});

} // namespace latent
