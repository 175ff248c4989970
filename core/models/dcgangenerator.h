// SPDX-License-Identifier: MIT
// Internal to latent_core: LibTorch types. Never include from ui/ or app/.
#pragma once

#include "models/modelspec.h"

#include <torch/torch.h>

namespace latent {

// DCGAN generator (Radford et al. 2016): z [N, latent] -> images [N, C, S, S]
// in [-1, 1]. A transposed convolution lifts z to the ladder base, then the up
// stack and Tanh. At 64x64 with width 64 and z 100 this is layer for layer the
// generator of PyTorch's DCGAN example.
struct DcganGeneratorImpl : torch::nn::Module {
    explicit DcganGeneratorImpl(const ModelSpec& spec);
    torch::Tensor forward(const torch::Tensor& z);

    torch::nn::Sequential net{nullptr};
};
TORCH_MODULE(DcganGenerator);

} // namespace latent
