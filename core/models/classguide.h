// SPDX-License-Identifier: MIT
// Internal to latent_core: LibTorch types. Never include from ui/ or app/.
#pragma once

#include "models/modelspec.h"

#include <torch/torch.h>

namespace latent {

// A small classifier of a conditional GAN's classes that trains beside it:
// it learns the labels from the real images, and the generator is asked
// that it find the asked class in each sample (an auxiliary classifier, as
// in Odena et al. 2017's AC-GAN, but apart from the discriminator, whose
// class planes would tell it the answer). At weight 0.5 it drew
// Fashion-MNIST's classes as asked 93-95% of the time where the
// discriminator alone gave 83%, at a lower FD (docs/TRAINING-CHOICES.md). Used in training
// only; never exported.
//
// Two strided 4x4 convolutions (kWidths maps, LeakyReLU 0.2), pooled to
// 4x4, then one linear layer to the class logits: any image size. 16 and 32
// maps cost a quarter of 32 and 64 (the first guide) and drew the classes
// about as well, at the same FD (docs/TRAINING-CHOICES.md).
struct ClassGuideImpl : torch::nn::Module {
    static constexpr int kWidths[2] = {16, 32};

    explicit ClassGuideImpl(const ModelSpec& spec);
    // Images [N, C, S, S] in [-1, 1] -> class logits [N, classes].
    torch::Tensor forward(const torch::Tensor& images);
    // The cross-entropy of the images against `classes` ([N, classes]
    // weights: one-hot, or a blend), averaged over the batch. 0-D.
    torch::Tensor loss(const torch::Tensor& images, const torch::Tensor& classes);

    torch::nn::Sequential net{nullptr};
};
TORCH_MODULE(ClassGuide);

} // namespace latent
