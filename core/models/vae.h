// SPDX-License-Identifier: MIT
// Internal to latent_core: LibTorch types. Never include from ui/ or app/.
#pragma once

#include "models/convstacks.h"

namespace latent {

// What one VAE pass returns: the decoder's logits (sigmoid gives pixels in
// [0, 1]) and the encoder's Gaussian.
struct VaeOutput {
    torch::Tensor logits;
    torch::Tensor mu;
    torch::Tensor logVar;
};

// A convolutional VAE (Kingma and Welling 2014): the DCGAN down stack as the
// encoder, two linear heads for mu and log sigma^2, and the DCGAN up stack
// behind a linear layer as the decoder. Images in and out are in [-1, 1].
struct VaeImpl : torch::nn::Module {
    explicit VaeImpl(const ModelSpec& spec);

    // Reparameterisation trick: z = mu + sigma * eps, eps ~ N(0, I) from `generator`.
    VaeOutput forward(const torch::Tensor& images, at::Generator& generator);
    std::pair<torch::Tensor, torch::Tensor> encode(const torch::Tensor& images);
    torch::Tensor decodeLogits(const torch::Tensor& z);
    // Decoded images in [-1, 1], like a GAN generator's output.
    torch::Tensor decode(const torch::Tensor& z) { return torch::sigmoid(decodeLogits(z)) * 2 - 1; }

    torch::nn::Sequential encoder{nullptr};
    torch::nn::Linear toMu{nullptr}, toLogVar{nullptr}, fromLatent{nullptr};
    torch::nn::Sequential decoder{nullptr};
    int baseMaps = 0;
    int baseSize = 0;
};
TORCH_MODULE(Vae);

} // namespace latent
