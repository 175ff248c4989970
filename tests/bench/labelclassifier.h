// SPDX-License-Identifier: MIT
#pragma once

#include <torch/torch.h>

#include <cstdint>

namespace latent {

class ImageDataset;

// The judge of latent-eval-check: a convolutional classifier trained on a
// dataset's labels, wider than the studio's feature network and trained
// apart from it (its own seed, three epochs): two 3x3 convolution stages of
// 64 and 128 maps and a 256-wide hidden layer on images brought to 28x28. An
// FD in its hidden features is the independent yardstick the studio's
// scores are checked against (docs/EVALUATION.md). Not thread-safe.
class LabelClassifier {
public:
    LabelClassifier(int channels, int classes, std::uint64_t seed);

    // Trains on the labelled images of `images` (those with a label >= 0)
    // for `epochs`, Adam with batches of 128; returns the last epoch's accuracy.
    double train(const ImageDataset& images, int epochs);
    // Images [N, C, H, W] in [-1, 1] or 0..255 uint8 -> class scores [N, classes].
    torch::Tensor logits(const torch::Tensor& images);
    // The same images -> the hidden layer's activations [N, 256].
    torch::Tensor features(const torch::Tensor& images);
    // The share of `images` classified as their labels (those >= 0).
    double accuracy(const ImageDataset& images);

    static torch::Tensor imagesOf(const ImageDataset& images);

private:
    struct Network;
    std::shared_ptr<Network> m_network;
    std::uint64_t m_seed;
};

} // namespace latent
