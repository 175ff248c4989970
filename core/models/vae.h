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
//
// A conditional VAE (Sohn et al. 2015) gives both heads and the decoder's
// linear layer the class weights [N, classes] as extra inputs, so z keeps
// what the class does not say (the style). `classes` is undefined for an
// unconditional model.
struct VaeImpl : torch::nn::Module {
    explicit VaeImpl(const ModelSpec& spec);

    // Reparameterisation trick: z = mu + sigma * eps, eps ~ N(0, I) from `generator`.
    VaeOutput forward(const torch::Tensor& images, at::Generator& generator, const torch::Tensor& classes = {});
    std::pair<torch::Tensor, torch::Tensor> encode(const torch::Tensor& images, const torch::Tensor& classes = {});
    torch::Tensor decodeLogits(const torch::Tensor& z, const torch::Tensor& classes = {});
    // Decoded images in [-1, 1], like a GAN generator's output.
    torch::Tensor decode(const torch::Tensor& z, const torch::Tensor& classes = {})
    {
        return torch::sigmoid(decodeLogits(z, classes)) * 2 - 1;
    }
    // What the decoder's linear layer reads: z, joined with the classes when conditional.
    torch::Tensor decoderInput(const torch::Tensor& z, const torch::Tensor& classes) const;

    torch::nn::Sequential encoder{nullptr};
    torch::nn::Linear toMu{nullptr}, toLogVar{nullptr}, fromLatent{nullptr};
    torch::nn::Sequential decoder{nullptr};
    int baseMaps = 0;
    int baseSize = 0;
    int classes = 0; // 0 when unconditional
};
TORCH_MODULE(Vae);

} // namespace latent
