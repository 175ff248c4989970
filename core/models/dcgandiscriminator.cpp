// SPDX-License-Identifier: MIT
#include "models/dcgandiscriminator.h"

#include "models/spectralnormconv.h"

namespace latent {

namespace nn = torch::nn;

DcganDiscriminatorImpl::DcganDiscriminatorImpl(const ModelSpec& spec)
{
    int maps = 0, size = 0;
    using Norm = ModelSpec::DiscriminatorNorm;
    const Norm chosen = spec.effectiveDNorm();
    const DownNorm norm = chosen == Norm::Layer ? DownNorm::Layer : chosen == Norm::None ? DownNorm::None
                                                                                          : DownNorm::Batch;
    // A conditional model's classes come in as extra input planes.
    ModelSpec trunk = spec;
    trunk.channels += spec.classCount();
    classCount = spec.classCount();
    nn::Sequential body = makeDownStack(trunk, norm, spec.spectralNorm, maps, size);
    const auto last = nn::Conv2dOptions(maps, 1, /*kernel_size=*/size).bias(false);
    if (spec.spectralNorm)
        body->push_back(SpectralNormConv2d(last));
    else
        body->push_back(nn::Conv2d(last));
    net = register_module("net", body);
    initDcganWeights(*this);
}

torch::Tensor DcganDiscriminatorImpl::forward(const torch::Tensor& images, const torch::Tensor& classes)
{
    if (classCount == 0)
        return net->forward(images).view({-1});
    const torch::Tensor planes = classes.to(images.dtype())
                                     .view({classes.size(0), classes.size(1), 1, 1})
                                     .expand({classes.size(0), classes.size(1), images.size(2), images.size(3)});
    return net->forward(torch::cat({images, planes}, 1)).view({-1});
}

} // namespace latent
