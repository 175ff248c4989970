// SPDX-License-Identifier: MIT
// Internal to latent_core: LibTorch types. Never include from ui/ or app/.
#pragma once

#include "models/convstacks.h"

namespace latent {

// DCGAN discriminator: images [N, C, S, S] -> one raw score per image [N]
// (a logit for BCE, a critic value for WGAN-GP and hinge). The down stack,
// optionally the minibatch standard deviation, then a convolution spanning
// what is left of the image. No sigmoid: the
// losses work on logits for numerical stability.
//
// A conditional model's discriminator sees the class as extra input planes
// (one per class: 1 for the image's class, 0 elsewhere; Mirza and Osindero
// 2014), so it judges "a real image of this class" rather than "a real
// image". It beat a projection discriminator (Miyato and Koyama 2018) on
// Fashion-MNIST in docs/TRAINING-CHOICES.md. The planes' part of the first
// convolution is computed once per class (it is the same for every image
// of a class), which keeps the step as fast as an unconditional one; with
// spectral normalisation that part is not normalised.
struct DcganDiscriminatorImpl : torch::nn::Module {
    explicit DcganDiscriminatorImpl(const ModelSpec& spec);
    // `classes`: [N, classes] weights (one-hot) for a conditional model,
    // undefined otherwise.
    torch::Tensor forward(const torch::Tensor& images, const torch::Tensor& classes = {});

    torch::nn::Sequential net{nullptr};
    // The first convolution's weights for the class planes (the image's are
    // the first layer of `net`); null when unconditional.
    torch::nn::Conv2d classPlanes{nullptr};
};
TORCH_MODULE(DcganDiscriminator);

} // namespace latent
