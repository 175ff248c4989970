// SPDX-License-Identifier: MIT
// Internal to latent_core: LibTorch types. Never include from ui/ or app/.
#pragma once

#include <torch/torch.h>

#include <cstdint>

namespace latent {

// `count` latent vectors [count, dim] from N(0, I), vector i drawn alone with
// seed + i: the same vector whatever the count, so sample i of
// `latent-cli sample --seed S` is the Explore tab's vector for seed S + i, and
// the quality scores of the studio and of `latent-cli evaluate` use the same
// latents.
torch::Tensor seededLatents(int count, int dim, std::uint64_t seed);

} // namespace latent
