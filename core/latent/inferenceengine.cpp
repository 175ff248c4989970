// SPDX-License-Identifier: MIT
#include "latent/inferenceengine.h"

#include "base/compute.h"
#include "base/studioerror.h"
#include "models/networks.h"
#include "train/checkpointfile.h"

#include <ATen/CPUGeneratorImpl.h>

namespace latent {

struct InferenceEngine::Impl {
    Impl(const ModelSpec& spec, const torch::Device& device) : networks(spec, device) {}
    Networks networks;
    std::int64_t step = 0;
};

InferenceEngine::InferenceEngine(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
InferenceEngine::~InferenceEngine() = default;

std::unique_ptr<InferenceEngine> InferenceEngine::load(const std::string& checkpoint, const ModelSpec* expected,
                                                       const std::string& device)
{
    const CheckpointFile::Contents contents = CheckpointFile::read(checkpoint);
    if (expected)
        CheckpointFile::requireSameModel(checkpoint, *expected, contents.spec);
    const torch::Device dev(compute::resolveDevice(device));
    auto impl = std::make_unique<Impl>(contents.spec, dev);
    try {
        torch::serialize::InputArchive archive;
        archive.load_from(contents.payload.constData(), std::size_t(contents.payload.size()), dev);
        impl->networks.load(archive);
    } catch (const c10::Error& e) {
        throw StudioError::badInput(checkpoint, std::string("the checkpoint's weights could not be loaded: ")
                                                    + e.what_without_backtrace());
    }
    impl->step = contents.step;
    return std::unique_ptr<InferenceEngine>(new InferenceEngine(std::move(impl)));
}

const ModelSpec& InferenceEngine::spec() const { return m_impl->networks.spec(); }
std::int64_t InferenceEngine::step() const { return m_impl->step; }
std::string InferenceEngine::checksum() const { return m_impl->networks.checksum(); }

std::vector<std::vector<float>> InferenceEngine::sampleLatents(int count, std::uint64_t seed) const
{
    torch::Generator generator = at::make_generator<at::CPUGeneratorImpl>(seed);
    const int dim = spec().latentDim;
    const torch::Tensor z = torch::randn({count, dim}, generator, torch::kFloat32).contiguous();
    std::vector<std::vector<float>> latents(std::size_t(std::max(count, 0)));
    for (int i = 0; i < count; ++i)
        latents[i].assign(z.data_ptr<float>() + std::size_t(i) * dim, z.data_ptr<float>() + std::size_t(i + 1) * dim);
    return latents;
}

std::vector<Image> InferenceEngine::decode(const std::vector<std::vector<float>>& latents)
{
    const int dim = spec().latentDim;
    torch::Tensor z = torch::empty({std::int64_t(latents.size()), dim}, torch::kFloat32);
    for (std::size_t i = 0; i < latents.size(); ++i) {
        if (int(latents[i].size()) != dim)
            throw StudioError::badInput({}, "a latent vector has " + std::to_string(latents[i].size())
                                                + " values; this model takes " + std::to_string(dim));
        std::copy(latents[i].begin(), latents[i].end(), z.data_ptr<float>() + i * dim);
    }
    c10::InferenceMode inference;
    // Decode in chunks so a request for thousands of samples stays small in memory.
    std::vector<Image> images;
    for (std::int64_t start = 0; start < z.size(0); start += 256) {
        auto chunk = tensorToImages(m_impl->networks.generate(z.narrow(0, start, std::min<std::int64_t>(256, z.size(0) - start))));
        std::move(chunk.begin(), chunk.end(), std::back_inserter(images));
    }
    return images;
}

} // namespace latent
