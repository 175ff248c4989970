// SPDX-License-Identifier: MIT
#include "models/vae.h"

#include "models/sizeladder.h"

namespace latent {

namespace nn = torch::nn;

VaeImpl::VaeImpl(const ModelSpec& spec)
{
    int maps = 0, size = 0;
    encoder = register_module("encoder", makeDownStack(spec, DownNorm::Batch, /*spectral=*/false, maps, size));
    classes = spec.classCount();
    const int features = maps * size * size + classes;
    toMu = register_module("to_mu", nn::Linear(features, spec.latentDim));
    toLogVar = register_module("to_log_var", nn::Linear(features, spec.latentDim));

    baseMaps = baseChannels(spec);
    baseSize = SizeLadder(spec.imageSize).base();
    fromLatent = register_module("from_latent", nn::Linear(spec.latentDim + classes, baseMaps * baseSize * baseSize));
    nn::Sequential body;
    body->push_back(nn::BatchNorm2d(baseMaps));
    body->push_back(nn::ReLU(nn::ReLUOptions(true)));
    body->extend(*makeUpStack(spec));
    decoder = register_module("decoder", body);
}

std::pair<torch::Tensor, torch::Tensor> VaeImpl::encode(const torch::Tensor& images, const torch::Tensor& classes)
{
    torch::Tensor h = encoder->forward(images).flatten(1);
    if (this->classes > 0)
        h = torch::cat({h, classes.to(h.dtype())}, 1);
    return {toMu->forward(h), toLogVar->forward(h)};
}

torch::Tensor VaeImpl::decoderInput(const torch::Tensor& z, const torch::Tensor& classes) const
{
    return this->classes > 0 ? torch::cat({z, classes.to(z.dtype())}, 1) : z;
}

torch::Tensor VaeImpl::decodeLogits(const torch::Tensor& z, const torch::Tensor& classes)
{
    return decoder->forward(
        fromLatent->forward(decoderInput(z, classes)).view({z.size(0), baseMaps, baseSize, baseSize}));
}

VaeOutput VaeImpl::forward(const torch::Tensor& images, at::Generator& generator, const torch::Tensor& classes)
{
    auto [mu, logVar] = encode(images, classes);
    const torch::Tensor eps =
        torch::randn(mu.sizes(), generator, torch::TensorOptions().dtype(mu.dtype())).to(mu.device());
    const torch::Tensor z = mu + torch::exp(0.5 * logVar) * eps;
    return {decodeLogits(z, classes), mu, logVar};
}

} // namespace latent
