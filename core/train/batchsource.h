// SPDX-License-Identifier: MIT
// Internal to latent_core: LibTorch types. Never include from ui/ or app/.
#pragma once

#include "data/batchsampler.h"
#include "data/imagedataset.h"

#include <torch/torch.h>

namespace latent {

// One training batch on the training device.
struct TrainingBatch {
    torch::Tensor images;  // [N, C, H, W] float in [-1, 1]
    torch::Tensor classes; // [N, classes] one-hot for a conditional model; undefined otherwise
};

// Training batches drawn from the uint8 cache without copying it (the cache
// is viewed as one tensor). With `classes` > 0 (a conditional model, on a
// labelled data set of that many classes) each batch carries its labels, and
// `balanced` draws the classes evenly (BatchSampler::balanceClasses).
class BatchSource {
public:
    BatchSource(const ImageDataset& dataset, int batchSize, std::uint64_t seed, bool flips,
                const torch::Device& device, int classes = 0, bool balanced = false);

    TrainingBatch next();
    int batchSize() const { return m_sampler.batchSize(); }
    BatchSampler& sampler() { return m_sampler; }

private:
    const ImageDataset& m_dataset;
    torch::Tensor m_all; // [N, C, H, W] uint8 view of the dataset
    BatchSampler m_sampler;
    bool m_flips;
    torch::Device m_device;
    torch::Tensor m_labels; // [N] int64; undefined without classes
    int m_classes;
};

} // namespace latent
