// SPDX-License-Identifier: MIT
// Internal to latent_core: LibTorch types. Never include from ui/ or app/.
#pragma once

#include <torch/torch.h>

#include <cstdint>

namespace latent {

class ImageDataset;

// A small convolutional classifier trained on a dataset's labels (IDX label
// files, CIFAR-10's, the built-in digits' 0-9): two 3x3 convolution stages
// and a 128-wide hidden layer on images brought to 28x28. It gives the
// features an independent quality check is computed in (docs/EVALUATION.md
// validates the studio's scores against an FD in these features), and tells
// which class a generated image shows. Deterministic for a seed on one
// machine and thread count. Not thread-safe.
class LabelClassifier {
public:
    LabelClassifier(int channels, int classes, std::uint64_t seed);

    // Trains on the labelled images of `images` (those with a label >= 0)
    // for `epochs`, Adam with batches of 128; returns the last epoch's accuracy.
    double train(const ImageDataset& images, int epochs);
    // Images [N, C, H, W] in [-1, 1] or 0..255 uint8 -> class scores [N, classes].
    torch::Tensor logits(const torch::Tensor& images);
    // The same images -> the hidden layer's activations [N, 128].
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
