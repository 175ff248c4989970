// SPDX-License-Identifier: MIT
// Internal to latent_core: LibTorch types. Never include from ui/ or app/.
#pragma once

#include <torch/torch.h>

namespace latent {

// A Conv2d whose weight is divided by its largest singular value (spectral
// normalisation, Miyato et al. 2018), which bounds the layer's Lipschitz
// constant and so how sharply a discriminator can change: the usual cure for
// a discriminator that wins too fast. LibTorch 1.13 has no spectral_norm.
//
// The singular value is estimated by power iteration on the weight seen as an
// [out, in*k*k] matrix: one iteration per training forward pass, refining the
// vector `u` kept from the last one (a buffer, so checkpoints hold it and
// resume is exact). In eval mode `u` stays as it is. Parameters are named as
// a Conv2d's ("weight"), so DCGAN's initialisation finds them.
class SpectralNormConv2dImpl : public torch::nn::Module {
public:
    explicit SpectralNormConv2dImpl(const torch::nn::Conv2dOptions& options);

    torch::Tensor forward(const torch::Tensor& input);
    // The weight as forward() uses it (divided by the current estimate).
    torch::Tensor normalizedWeight();

    torch::nn::Conv2dOptions options;
    torch::Tensor weight;
    torch::Tensor bias; // undefined unless options.bias()
    torch::Tensor u;    // [out], unit length: the left singular vector's estimate
};
TORCH_MODULE(SpectralNormConv2d);

} // namespace latent
