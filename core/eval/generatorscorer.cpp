// SPDX-License-Identifier: MIT
#include "eval/generatorscorer.h"

#include "base/studioerror.h"
#include "base/usertext.h"
#include "data/datasetloader.h"
#include "eval/evaluator.h"
#include "eval/referencefeatures.h"
#include "eval/referenceset.h"
#include "latent/inferenceengine.h"
#include "project/project.h"

namespace latent {

namespace {
// 8-bit interleaved images -> [N, C, H, W] uint8.
torch::Tensor imagesToTensor(const std::vector<Image>& images)
{
    const Image& first = images.front();
    torch::Tensor batch = torch::empty({std::int64_t(images.size()), first.height, first.width, first.channels},
                                       torch::kUInt8);
    for (std::size_t i = 0; i < images.size(); ++i)
        std::copy(images[i].pixels.begin(), images[i].pixels.end(), batch[std::int64_t(i)].data_ptr<std::uint8_t>());
    return batch.permute({0, 3, 1, 2}).contiguous();
}
} // namespace

struct GeneratorScorer::Impl {
    Impl(int size, int channels, torch::Tensor reference, int samples, std::uint64_t seed, std::string description)
        : imageSize(size), evaluator(channels, std::move(reference), samples, Evaluator::latentSeed(seed)),
          description(std::move(description))
    {
    }
    int imageSize;
    Evaluator evaluator;
    std::string description;
};

GeneratorScorer::GeneratorScorer(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
GeneratorScorer::GeneratorScorer(GeneratorScorer&&) noexcept = default;
GeneratorScorer& GeneratorScorer::operator=(GeneratorScorer&&) noexcept = default;
GeneratorScorer::~GeneratorScorer() = default;

GeneratorScorer GeneratorScorer::forProject(const Project& project, int samples)
{
    ProjectConfig config = project.config();
    const bool projectCount = samples <= 0 || samples == config.training.evaluationSamples;
    if (!projectCount)
        config.training.evaluationSamples = samples;
    const FeatureNetwork network(config.model.channels);
    torch::Tensor reference;
    std::string description;
    if (projectCount) {
        reference = ReferenceFeatures::ofProject(project.dir(), config, network);
        description = ReferenceFeatures::description(project.evaluationDir());
    } else {
        ImageDataset data = DatasetLoader::load(config.dataset, config.model.imageSize, config.model.channels,
                                                config.training.seed);
        const ReferenceSet set = ReferenceSet::take(data, config.dataset, config.training.seed, std::size_t(samples));
        reference = Evaluator::featuresOf(network, set.images);
        description = set.describe();
    }
    return GeneratorScorer(std::make_unique<Impl>(config.model.imageSize, config.model.channels, reference,
                                                  config.training.evaluationSamples, config.training.seed,
                                                  description));
}

GeneratorScorer GeneratorScorer::forDataset(const DatasetSpec& dataset, int imageSize, int channels, int samples,
                                            std::uint64_t seed)
{
    ImageDataset data = DatasetLoader::load(dataset, imageSize, channels, seed);
    DatasetSpec none = dataset;
    none.heldOut = 0; // a generator from elsewhere: any of the images will do
    const ReferenceSet set = ReferenceSet::take(data, none, seed, std::size_t(samples));
    const FeatureNetwork network(channels);
    //: %1 is a number of images, %2 the dataset (its path, or the built-in digits)
    const std::string description =
        translate("GeneratorScorer", "%1 images of %2").arg(set.images.count()).arg(dataset.describe());
    return GeneratorScorer(std::make_unique<Impl>(imageSize, channels, Evaluator::featuresOf(network, set.images),
                                                  samples, seed, description));
}

EvalResult GeneratorScorer::score(InferenceEngine& engine) const
{
    const Evaluator& evaluator = m_impl->evaluator;
    const ModelSpec& spec = engine.spec();
    if (spec.imageSize != m_impl->imageSize || spec.channels != evaluator.network().channels()) {
        //: %1x%1 and %2 are the generator's image size and channels, %3x%3 and %4 the real images'
        const std::string problem = translate("GeneratorScorer", "the generator makes %1x%1 images with %2 "
                                                                 "channel(s); the real images are %3x%3 with %4")
                                        .arg(spec.imageSize)
                                        .arg(spec.channels)
                                        .arg(m_impl->imageSize)
                                        .arg(evaluator.network().channels());
        throw StudioError::badInput(std::string(), problem);
    }
    const std::vector<Image> images = engine.decode(engine.sampleLatents(evaluator.samples(), evaluator.seed()));
    return evaluator.evaluateImages(imagesToTensor(images), engine.step());
}

const std::string& GeneratorScorer::referenceDescription() const { return m_impl->description; }
int GeneratorScorer::samples() const { return m_impl->evaluator.samples(); }

} // namespace latent
