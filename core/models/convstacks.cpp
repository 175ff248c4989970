// SPDX-License-Identifier: MIT
#include "models/convstacks.h"

#include "models/onednnconvtranspose.h"
#include "models/sizeladder.h"
#include "models/spectralnormconv.h"

namespace latent {

namespace nn = torch::nn;

torch::nn::Sequential makeDownStack(const ModelSpec& spec, DownNorm norm, bool spectral, int& outChannels,
                                    int& outSize)
{
    const SizeLadder ladder(spec.imageSize);
    nn::Sequential stack;
    int in = spec.channels;
    for (int stage = 0; stage < ladder.stages(); ++stage) {
        const int out = SizeLadder::featureMaps(spec.width, stage);
        const auto options = nn::Conv2dOptions(in, out, /*kernel_size=*/4).stride(2).padding(1).bias(false);
        if (spectral)
            stack->push_back(SpectralNormConv2d(options));
        else
            stack->push_back(nn::Conv2d(options));
        if (stage > 0 && norm == DownNorm::Batch)
            stack->push_back(nn::BatchNorm2d(out));
        else if (stage > 0 && norm == DownNorm::Layer)
            stack->push_back(nn::GroupNorm(nn::GroupNormOptions(/*num_groups=*/1, out)));
        stack->push_back(nn::LeakyReLU(nn::LeakyReLUOptions().negative_slope(0.2).inplace(true)));
        in = out;
    }
    outChannels = in;
    outSize = ladder.down.back();
    return stack;
}

torch::Tensor oneHotClasses(const torch::Tensor& labels, int classes)
{
    return torch::one_hot(labels.to(torch::kInt64), classes).to(torch::kFloat32);
}

int baseChannels(const ModelSpec& spec)
{
    return SizeLadder::featureMaps(spec.width, SizeLadder(spec.imageSize).stages() - 1);
}

torch::nn::Sequential makeUpStack(const ModelSpec& spec)
{
    const SizeLadder ladder(spec.imageSize);
    nn::Sequential stack;
    for (int i = 0; i < ladder.stages(); ++i) {
        const int stage = ladder.stages() - 1 - i; // feature-map stage of the input
        const int in = SizeLadder::featureMaps(spec.width, stage);
        const bool last = stage == 0;
        const int out = last ? spec.channels : SizeLadder::featureMaps(spec.width, stage - 1);
        // Doubling uses kernel 4; "double less one" (4 -> 7) uses kernel 3.
        const int kernel = ladder.up[i + 1] == 2 * ladder.up[i] ? 4 : 3;
        stack->push_back(OneDnnConvTranspose2d(
            nn::ConvTranspose2dOptions(in, out, kernel).stride(2).padding(1).bias(false)));
        if (!last) {
            stack->push_back(nn::BatchNorm2d(out));
            stack->push_back(nn::ReLU(nn::ReLUOptions(true)));
        }
    }
    return stack;
}

void initDcganWeights(torch::nn::Module& module)
{
    torch::NoGradGuard noGrad;
    for (auto& child : module.modules(/*include_self=*/false)) {
        const std::string name = child->name();
        if (name.find("Conv") != std::string::npos || name.find("Linear") != std::string::npos) {
            for (auto& p : child->named_parameters(false)) {
                if (p.key() == "weight")
                    p.value().normal_(0.0, 0.02);
                else if (p.key() == "bias")
                    p.value().zero_();
            }
        } else if (name.find("Norm") != std::string::npos) {
            for (auto& p : child->named_parameters(false)) {
                if (p.key() == "weight")
                    p.value().normal_(1.0, 0.02);
                else if (p.key() == "bias")
                    p.value().zero_();
            }
        }
    }
}

} // namespace latent
