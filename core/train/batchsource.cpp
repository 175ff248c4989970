// SPDX-License-Identifier: MIT
#include "train/batchsource.h"

#include "models/convstacks.h"

namespace latent {

BatchSource::BatchSource(const ImageDataset& dataset, int batchSize, std::uint64_t seed, bool flips,
                         const torch::Device& device, int classes, bool balanced)
    : m_dataset(dataset),
      m_all(torch::from_blob(const_cast<std::uint8_t*>(dataset.data()),
                             {std::int64_t(dataset.count()), dataset.channels(), dataset.size(), dataset.size()},
                             torch::kUInt8)),
      m_sampler(dataset.count(), batchSize, seed),
      m_flips(flips),
      m_device(device),
      m_classes(classes)
{
    if (m_classes > 0 && balanced)
        m_sampler.balanceClasses(dataset.labels(), m_classes);
    if (m_classes > 0)
        m_labels = torch::tensor(std::vector<std::int64_t>(dataset.labels().begin(), dataset.labels().end()),
                                 torch::kInt64);
}

TrainingBatch BatchSource::next()
{
    const BatchSampler::Batch batch = m_sampler.next(m_flips);
    const torch::Tensor index = torch::from_blob(const_cast<std::int64_t*>(batch.indices.data()),
                                                 {std::int64_t(batch.indices.size())}, torch::kInt64);
    torch::Tensor images = m_all.index_select(0, index).to(m_device).to(torch::kFloat32).mul_(2.0 / 255.0).sub_(1.0);
    if (m_flips) {
        const torch::Tensor mask = torch::from_blob(const_cast<std::uint8_t*>(batch.flip.data()),
                                                    {std::int64_t(batch.flip.size()), 1, 1, 1}, torch::kUInt8)
                                       .to(m_device)
                                       .to(torch::kBool);
        images = torch::where(mask, images.flip({3}), images);
    }
    torch::Tensor classes;
    if (m_classes > 0)
        classes = oneHotClasses(m_labels.index_select(0, index), m_classes).to(m_device);
    return {images, classes};
}

} // namespace latent
