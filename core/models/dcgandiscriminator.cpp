// SPDX-License-Identifier: MIT
#include "models/dcgandiscriminator.h"

#include "models/minibatchstddev.h"
#include "models/sizeladder.h"
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
    nn::Sequential body = makeDownStack(spec, norm, spec.spectralNorm, maps, size);
    if (spec.minibatchStd)
        body->push_back(MinibatchStdDev());
    const auto last = nn::Conv2dOptions(maps + (spec.minibatchStd ? 1 : 0), 1, /*kernel_size=*/size).bias(false);
    if (spec.spectralNorm)
        body->push_back(SpectralNormConv2d(last));
    else
        body->push_back(nn::Conv2d(last));
    net = register_module("net", body);
    if (spec.conditional())
        classPlanes = register_module(
            "class_planes", nn::Conv2d(nn::Conv2dOptions(spec.classCount(), SizeLadder::featureMaps(spec.width, 0),
                                                         /*kernel_size=*/4)
                                           .stride(2)
                                           .padding(1)
                                           .bias(false)));
    initDcganWeights(*this);
}

torch::Tensor DcganDiscriminatorImpl::forward(const torch::Tensor& images, const torch::Tensor& classes)
{
    if (!classPlanes)
        return net->forward(images).view({-1});
    // The first convolution of [image, class planes] is the image's
    // convolution plus the planes': for one-hot planes, one map per class.
    // So the planes are convolved once per class, not once per image, and
    // each image takes its class's map (a blend of classes, the blend).
    // Class c's map is a plane of ones through the weights of plane c: all
    // of them at once as one convolution of a single plane.
    const torch::Tensor& w = classPlanes->weight; // [maps, classes, k, k]
    const std::int64_t count = w.size(1), maps = w.size(0);
    const torch::Tensor ones = torch::ones({1, 1, images.size(2), images.size(3)}, images.options());
    const auto& o = classPlanes->options;
    torch::Tensor perClass = torch::conv2d(ones, w.transpose(0, 1).reshape({count * maps, 1, w.size(2), w.size(3)}),
                                           {}, o.stride(), c10::get<torch::ExpandingArray<2>>(o.padding()));
    perClass = perClass.view({count, maps, perClass.size(2), perClass.size(3)});
    auto layer = net->begin();
    torch::Tensor x = layer->forward(images);
    x = x + classes.to(x.dtype()).matmul(perClass.flatten(1)).view_as(x);
    for (++layer; layer != net->end(); ++layer)
        x = layer->forward(x);
    return x.view({-1});
}

} // namespace latent
