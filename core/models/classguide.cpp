// SPDX-License-Identifier: MIT
#include "models/classguide.h"

namespace latent {

namespace nn = torch::nn;

ClassGuideImpl::ClassGuideImpl(const ModelSpec& spec)
{
    const auto down = [](int in, int out) { return nn::Conv2d(nn::Conv2dOptions(in, out, 4).stride(2).padding(1)); };
    const auto leaky = [] { return nn::LeakyReLU(nn::LeakyReLUOptions().negative_slope(0.2)); };
    // LibTorch's own initialisation (Kaiming uniform): the guide is a plain
    // classifier, not one of DCGAN's networks.
    const auto [first, second] = kWidths;
    net = register_module("net", nn::Sequential(down(spec.channels, first), leaky(), down(first, second), leaky(),
                                                nn::AdaptiveAvgPool2d(nn::AdaptiveAvgPool2dOptions({4, 4})),
                                                nn::Flatten(), nn::Linear(second * 4 * 4, spec.classCount())));
}

torch::Tensor ClassGuideImpl::forward(const torch::Tensor& images) { return net->forward(images); }

torch::Tensor ClassGuideImpl::loss(const torch::Tensor& images, const torch::Tensor& classes)
{
    return -(classes.to(images.dtype()) * torch::log_softmax(forward(images), 1)).sum(1).mean();
}

} // namespace latent
