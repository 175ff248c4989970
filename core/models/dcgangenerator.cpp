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
    const int inputs = spec.latentDim + (spec.conditional() ? kClassEmbedding : 0);
    nn::Sequential body;
    body->push_back(OneDnnConvTranspose2d(nn::ConvTranspose2dOptions(inputs, maps, /*kernel_size=*/base).bias(false)));
    body->push_back(nn::BatchNorm2d(maps));
    body->push_back(nn::ReLU(nn::ReLUOptions(true)));
    body->extend(*makeUpStack(spec));
    body->push_back(nn::Tanh());
    net = register_module("net", body);
    initDcganWeights(*this);
    if (spec.conditional())
        classEmbedding = register_parameter("class_embedding", torch::randn({spec.classCount(), kClassEmbedding}));
}

torch::Tensor DcganGeneratorImpl::input(const torch::Tensor& z, const torch::Tensor& classes) const
{
    torch::Tensor x = z;
    if (classEmbedding.defined())
        x = torch::cat({z, classes.to(z.dtype()).matmul(classEmbedding)}, 1);
    return x.view({x.size(0), x.size(1), 1, 1});
}

torch::Tensor DcganGeneratorImpl::forward(const torch::Tensor& z, const torch::Tensor& classes)
{
    return net->forward(input(z, classes));
}

} // namespace latent
