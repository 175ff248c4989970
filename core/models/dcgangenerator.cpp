// SPDX-License-Identifier: MIT
#include "models/dcgangenerator.h"

#include "models/convstacks.h"
#include "models/onednnconvtranspose.h"
#include "models/sizeladder.h"

namespace latent {

namespace nn = torch::nn;

DcganGeneratorImpl::DcganGeneratorImpl(const ModelSpec& spec)
{
    const int base = SizeLadder(spec.imageSize).base();
    const int maps = baseChannels(spec);
    nn::Sequential body;
    body->push_back(
        OneDnnConvTranspose2d(nn::ConvTranspose2dOptions(spec.latentDim, maps, /*kernel_size=*/base).bias(false)));
    body->push_back(nn::BatchNorm2d(maps));
    body->push_back(nn::ReLU(nn::ReLUOptions(true)));
    body->extend(*makeUpStack(spec));
    body->push_back(nn::Tanh());
    net = register_module("net", body);
    initDcganWeights(*this);
}

torch::Tensor DcganGeneratorImpl::forward(const torch::Tensor& z)
{
    return net->forward(z.view({z.size(0), z.size(1), 1, 1}));
}

} // namespace latent
