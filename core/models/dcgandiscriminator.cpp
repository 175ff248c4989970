// SPDX-License-Identifier: MIT
#include "models/dcgandiscriminator.h"

namespace latent {

namespace nn = torch::nn;

DcganDiscriminatorImpl::DcganDiscriminatorImpl(const ModelSpec& spec)
{
    int maps = 0, size = 0;
    const DownNorm norm = spec.loss == ModelSpec::GanLoss::WganGp ? DownNorm::Layer : DownNorm::Batch;
    nn::Sequential body = makeDownStack(spec, norm, maps, size);
    body->push_back(nn::Conv2d(nn::Conv2dOptions(maps, 1, /*kernel_size=*/size).bias(false)));
    net = register_module("net", body);
    initDcganWeights(*this);
}

torch::Tensor DcganDiscriminatorImpl::forward(const torch::Tensor& images)
{
    return net->forward(images).view({-1});
}

} // namespace latent
