// SPDX-License-Identifier: MIT
// Internal to latent_core: LibTorch types. Never include from ui/ or app/.
#pragma once

#include <torch/torch.h>

#include <cstdint>

namespace latent {

// The feature space the quality scores are measured in: a small
// convolutional network with fixed random weights (He-normal, drawn from its
// own seeded generator), so it needs no download and no training, gives the
// same features on every machine, and makes scores of runs on the same data
// comparable. Images are brought to 32x32 first; the features are the
// average activations of each of four stages, the last one kept on a 2x2
// grid so the layout of the image counts (docs/EVALUATION.md says why this
// network, and how its scores agree with a classifier's).
// Not thread-safe: one per thread; no gradients, no global RNG state used.
class FeatureNetwork {
public:
    // Bumped whenever the architecture or the weights change: cached
    // reference features of another version are computed again.
    static constexpr int kVersion = 1;

    explicit FeatureNetwork(int channels);

    int channels() const { return m_channels; }
    // Length of one image's feature vector.
    int dimension() const;
    // Images [N, C, H, W] in [-1, 1], any size -> features [N, dimension()],
    // float32, on the CPU. Works in batches, so N may be large.
    torch::Tensor features(const torch::Tensor& images) const;

private:
    torch::Tensor forwardBatch(const torch::Tensor& batch) const;

    int m_channels;
    std::vector<torch::Tensor> m_weights; // one 3x3 kernel bank per stage
};

} // namespace latent
