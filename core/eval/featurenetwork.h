// SPDX-License-Identifier: MIT
// Internal to latent_core: LibTorch types. Never include from ui/ or app/.
#pragma once

#include <torch/torch.h>

#include <cstdint>
#include <memory>
#include <string>

namespace latent {

class ImageDataset;

// The feature space the quality scores are measured in: a small network
// trained once on the project's own images, with a fixed seed, so the same
// data always gives the same network. Where every image has a label (IDX
// label files, CIFAR-10, the built-in digits) it is a classifier of them;
// otherwise an autoencoder of the images. Its 128 hidden activations are the
// features. Images are brought to 28x28 first. docs/EVALUATION.md measures
// why: a network with random weights, tried first, scored a generator that
// draws only two classes as better than a half-trained one.
// Not thread-safe: use one from one thread at a time.
class FeatureNetwork {
public:
    // Bumped whenever the architecture or its training changes: networks and
    // features cached by another version are made again.
    static constexpr int kVersion = 2;
    enum class Kind { Classifier, Autoencoder };

    // Trains a network on `images`: a classifier when every image has a
    // label and there are two classes or more, else an autoencoder. About
    // 60000 images' worth of passes (one to five epochs). Deterministic on
    // one machine and thread count; leaves the global random generator as it was.
    static FeatureNetwork train(const ImageDataset& images);
    // Reads a network save() wrote; throws StudioError(BadInput) naming `path`
    // when it is damaged or not one.
    static FeatureNetwork load(const std::string& path);
    // Atomically; throws StudioError(Failure) naming `path`.
    void save(const std::string& path) const;

    Kind kind() const { return m_kind; }
    int channels() const { return m_channels; }
    int classes() const { return m_classes; }
    int dimension() const;
    // For people: "a classifier of the data's 10 classes", "an autoencoder of the data's images".
    std::string describe() const;

    // Images [N, C, H, W] in [-1, 1] (float, rounded to the 256 levels of a
    // saved image first) or 0..255 (uint8), any size -> features
    // [N, dimension()], float32, on the CPU. Works in batches.
    torch::Tensor features(const torch::Tensor& images) const;
    // Classifiers only: the class each image shows [N] (else StudioError).
    torch::Tensor classify(const torch::Tensor& images) const;

private:
    struct Network;
    FeatureNetwork(Kind kind, int channels, int classes);
    torch::Tensor inBatches(const torch::Tensor& images, bool logits) const;

    Kind m_kind;
    int m_channels;
    int m_classes;
    std::shared_ptr<Network> m_network;
};

} // namespace latent
