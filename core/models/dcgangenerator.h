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
//
// A conditional generator (Mirza and Osindero 2014) takes the class too, as
// weights over the classes (one-hot, or a blend): their mix of the learned
// class embeddings joins z as extra input channels of the first layer.
struct DcganGeneratorImpl : torch::nn::Module {
    explicit DcganGeneratorImpl(const ModelSpec& spec);
    // `classes`: [N, classes] weights for a conditional model, else undefined.
    torch::Tensor forward(const torch::Tensor& z, const torch::Tensor& classes = {});
    // z joined with the class embedding, shaped [N, inputs, 1, 1] for `net`.
    torch::Tensor input(const torch::Tensor& z, const torch::Tensor& classes) const;

    torch::nn::Sequential net{nullptr};
    torch::Tensor classEmbedding; // [classes, kClassEmbedding]; undefined when unconditional
};
TORCH_MODULE(DcganGenerator);

} // namespace latent
