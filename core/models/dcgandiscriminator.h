// SPDX-License-Identifier: MIT
// Internal to latent_core: LibTorch types. Never include from ui/ or app/.
#pragma once

#include "models/convstacks.h"

namespace latent {

// DCGAN discriminator: images [N, C, S, S] -> one raw score per image [N]
// (a logit for BCE, a critic value for WGAN-GP and hinge). The down stack,
// then a convolution spanning what is left of the image. No sigmoid: the
// losses work on logits for numerical stability.
struct DcganDiscriminatorImpl : torch::nn::Module {
    explicit DcganDiscriminatorImpl(const ModelSpec& spec);
    torch::Tensor forward(const torch::Tensor& images);

    torch::nn::Sequential net{nullptr};
};
TORCH_MODULE(DcganDiscriminator);

} // namespace latent
