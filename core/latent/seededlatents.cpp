// SPDX-License-Identifier: MIT
#include "latent/seededlatents.h"

#include <ATen/CPUGeneratorImpl.h>

namespace latent {

torch::Tensor seededLatents(int count, int dim, std::uint64_t seed)
{
    torch::Tensor latents = torch::empty({count, dim}, torch::kFloat32);
    for (int i = 0; i < count; ++i) {
        // One generator per vector: vector i is seed + i's, whatever the count.
        torch::Generator generator = at::make_generator<at::CPUGeneratorImpl>(seed + std::uint64_t(i));
        latents[i].copy_(torch::randn({dim}, generator, torch::kFloat32));
    }
    return latents;
}

} // namespace latent
