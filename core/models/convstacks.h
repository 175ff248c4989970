// SPDX-License-Identifier: MIT
// Internal to latent_core: LibTorch types. Never include from ui/ or app/.
#pragma once

#include "models/modelspec.h"

#include <torch/torch.h>

namespace latent {

// Which normalisation the strided-convolution stack uses. WGAN-GP's critic
// must not mix samples in a batch (its gradient penalty is per sample), so it
// uses layer normalisation (GroupNorm with one group) instead of BatchNorm
// (Gulrajani et al. 2017, section 4). None suits a spectrally normalised
// discriminator (Miyato et al. 2018 use none).
enum class DownNorm { Batch, Layer, None };

// The DCGAN discriminator trunk: strided 4x4 convolutions, LeakyReLU 0.2,
// normalisation on all but the first; from C x S x S down to the last ladder
// size. Also the VAE encoder. `outChannels` receives the final feature maps.
// `spectral`: every convolution is a SpectralNormConv2d.
torch::nn::Sequential makeDownStack(const ModelSpec& spec, DownNorm norm, bool spectral, int& outChannels,
                                    int& outSize);

// The DCGAN generator body from the ladder base (feature maps width*2^(n-1))
// up to C x S x S: transposed convolutions with BatchNorm and ReLU, ending in a
// bare convolution to the image channels (no activation: callers add Tanh or
// read logits).
torch::nn::Sequential makeUpStack(const ModelSpec& spec);

// Conditional models: the generator joins z with a learned embedding of the
// class of this many numbers, drawn from N(0, 1) like z so that neither
// drowns the other at the start.
constexpr int kClassEmbedding = 32;

// One-hot class weights [N, classes] for class indices [N] (int64).
torch::Tensor oneHotClasses(const torch::Tensor& labels, int classes);

// The feature maps at the base of the ladder, where the up stack starts.
int baseChannels(const ModelSpec& spec);

// DCGAN's initialisation (Radford et al. 2016, section 4): conv weights from
// N(0, 0.02), norm scales from N(1, 0.02), biases zero.
void initDcganWeights(torch::nn::Module& module);

} // namespace latent
