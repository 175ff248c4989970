// SPDX-License-Identifier: MIT
#include "eval/evaluator.h"

#include "data/imagedataset.h"
#include "eval/featurestatistics.h"
#include "latent/seededlatents.h"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace latent {

namespace {
constexpr int kGenerateBatch = 250;
// The FD's error: its spread over this many resamples of the generated set.
constexpr int kBootstraps = 10;
// KID: the mean over up to this many disjoint subsets of at least
// kKidSubsetRows rows each (fewer for small sets), and its standard error.
constexpr int kKidSubsets = 10;
constexpr std::int64_t kKidSubsetRows = 50;
// Neighbourhood size of precision/recall and density/coverage (Naeem et al.
// 2020 recommend 5).
constexpr int kNeighbours = 5;
} // namespace

std::uint64_t Evaluator::latentSeed(std::uint64_t projectSeed) { return projectSeed ^ 0xE7A1u; }

Evaluator::Evaluator(FeatureNetwork network, torch::Tensor referenceFeatures, int samples, std::uint64_t seed)
    : m_network(std::move(network)), m_reference(std::move(referenceFeatures)), m_samples(samples), m_seed(seed)
{
    const double meanSquare = m_reference.to(torch::kFloat64).square().mean().item<double>();
    m_kidScale = meanSquare > 0.0 ? 1.0 / std::sqrt(meanSquare) : 1.0;
}

torch::Tensor Evaluator::featuresOf(const FeatureNetwork& network, const ImageDataset& images)
{
    const torch::Tensor pixels =
        torch::from_blob(const_cast<std::uint8_t*>(images.data()),
                         {std::int64_t(images.count()), images.channels(), images.size(), images.size()},
                         torch::kUInt8);
    return network.features(pixels);
}

EvalResult Evaluator::evaluate(const std::function<torch::Tensor(const torch::Tensor& z)>& generate, int latentDim,
                               std::int64_t step) const
{
    const auto started = std::chrono::steady_clock::now();
    const torch::Tensor z = seededLatents(m_samples, latentDim, m_seed);
    std::vector<torch::Tensor> images;
    for (std::int64_t start = 0; start < m_samples; start += kGenerateBatch) {
        const torch::Tensor batch = z.narrow(0, start, std::min<std::int64_t>(kGenerateBatch, m_samples - start));
        images.push_back(generate(batch).to(torch::kCPU, torch::kFloat32));
    }
    EvalResult result = evaluateImages(torch::cat(images), step);
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
}

EvalResult Evaluator::evaluateImages(const torch::Tensor& images, std::int64_t step) const
{
    const auto started = std::chrono::steady_clock::now();
    const torch::Tensor fake = m_network.features(images);
    EvalResult result;
    result.step = step;
    const Estimate fd = frechetDistance(m_reference, fake, kBootstraps, m_seed);
    result.fd = fd.value;
    result.fdError = fd.error;
    // KID on features scaled to unit mean square over the reference: the cubic
    // kernel (x.y / D + 1)^3 assumes features of about that size, as
    // Inception's are; unscaled ReLU activations give values in the thousands.
    const std::int64_t rows = std::min(m_reference.size(0), fake.size(0));
    const int subsets = int(std::clamp<std::int64_t>(rows / kKidSubsetRows, 1, kKidSubsets));
    const Estimate kid = kernelDistance(m_reference * m_kidScale, fake * m_kidScale, subsets, m_seed);
    result.kid = kid.value;
    result.kidError = kid.error;
    const Manifold manifold = manifoldMetrics(m_reference, fake, kNeighbours);
    result.precision = manifold.precision;
    result.recall = manifold.recall;
    result.density = manifold.density;
    result.coverage = manifold.coverage;
    result.samples = int(fake.size(0));
    result.references = int(m_reference.size(0));
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
}

} // namespace latent
