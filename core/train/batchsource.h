// SPDX-License-Identifier: MIT
// Internal to latent_core: LibTorch types. Never include from ui/ or app/.
#pragma once

#include "data/batchsampler.h"
#include "data/imagedataset.h"

#include <torch/torch.h>

namespace latent {

// Training batches as float tensors in [-1, 1] on the training device, drawn
// from the uint8 cache without copying it (the cache is viewed as one tensor).
class BatchSource {
public:
    BatchSource(const ImageDataset& dataset, int batchSize, std::uint64_t seed, bool flips,
                const torch::Device& device);

    torch::Tensor next();
    int batchSize() const { return m_sampler.batchSize(); }
    BatchSampler& sampler() { return m_sampler; }

private:
    const ImageDataset& m_dataset;
    torch::Tensor m_all; // [N, C, H, W] uint8 view of the dataset
    BatchSampler m_sampler;
    bool m_flips;
    torch::Device m_device;
};

} // namespace latent
