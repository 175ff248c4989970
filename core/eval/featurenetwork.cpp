// SPDX-License-Identifier: MIT
#include "eval/featurenetwork.h"

#include <ATen/CPUGeneratorImpl.h>

#include <cmath>

namespace latent {

namespace {
namespace F = torch::nn::functional;

// The weights' seed: part of the feature space's definition (kVersion).
constexpr std::uint64_t kWeightSeed = 0xFEA7u;
constexpr int kInputSize = 32;
// Output channels of the four 3x3 stages; each stage but the last halves
// the resolution (32 -> 16 -> 8 -> 4), the last is read on a 2x2 grid.
constexpr int kStageChannels[] = {32, 64, 128, 64};
constexpr int kBatch = 256;
} // namespace

FeatureNetwork::FeatureNetwork(int channels) : m_channels(channels)
{
    at::Generator generator = at::make_generator<at::CPUGeneratorImpl>(kWeightSeed);
    int in = channels;
    for (int out : kStageChannels) {
        // He initialisation (He et al. 2015): activations keep their scale
        // through the ReLUs, so every stage contributes features of a like size.
        const double std = std::sqrt(2.0 / double(in * 9));
        m_weights.push_back(torch::randn({out, in, 3, 3}, generator, torch::kFloat32) * std);
        in = out;
    }
}

int FeatureNetwork::dimension() const
{
    const int n = int(std::size(kStageChannels));
    int total = 0;
    for (int i = 0; i < n - 1; ++i)
        total += kStageChannels[i];
    return total + 4 * kStageChannels[n - 1];
}

torch::Tensor FeatureNetwork::features(const torch::Tensor& images) const
{
    torch::InferenceMode inference;
    const torch::Tensor cpu = images.to(torch::kCPU, torch::kFloat32);
    std::vector<torch::Tensor> parts;
    for (std::int64_t start = 0; start < cpu.size(0); start += kBatch)
        parts.push_back(forwardBatch(cpu.narrow(0, start, std::min<std::int64_t>(kBatch, cpu.size(0) - start))));
    if (parts.empty())
        return torch::zeros({0, dimension()});
    return torch::cat(parts);
}

torch::Tensor FeatureNetwork::forwardBatch(const torch::Tensor& batch) const
{
    torch::Tensor x = batch;
    if (x.size(2) > kInputSize && x.size(2) % kInputSize == 0 && x.size(3) == x.size(2))
        x = F::adaptive_avg_pool2d(x, F::AdaptiveAvgPool2dFuncOptions({kInputSize, kInputSize}));
    else if (x.size(2) != kInputSize || x.size(3) != kInputSize)
        x = F::interpolate(x, F::InterpolateFuncOptions()
                                  .size(std::vector<std::int64_t>{kInputSize, kInputSize})
                                  .mode(torch::kBilinear)
                                  .align_corners(false));
    std::vector<torch::Tensor> pooled;
    const std::size_t last = m_weights.size() - 1;
    for (std::size_t stage = 0; stage < m_weights.size(); ++stage) {
        x = torch::relu(F::conv2d(x, m_weights[stage], F::Conv2dFuncOptions().padding(1)));
        if (stage < last) {
            pooled.push_back(x.mean({2, 3}));
            x = F::avg_pool2d(x, F::AvgPool2dFuncOptions(2));
        } else {
            pooled.push_back(F::adaptive_avg_pool2d(x, F::AdaptiveAvgPool2dFuncOptions({2, 2})).flatten(1));
        }
    }
    return torch::cat(pooled, 1);
}

} // namespace latent
