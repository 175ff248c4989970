// SPDX-License-Identifier: MIT
#include "eval/generatorscorer.h"

#include "base/studioerror.h"
#include "base/usertext.h"
#include "data/datasetloader.h"
#include "eval/evaluator.h"
#include "eval/referencefeatures.h"
#include "eval/referenceset.h"
#include "latent/inferenceengine.h"
#include "models/networks.h"
#include "project/project.h"

namespace latent {

struct GeneratorScorer::Impl {
    Impl(int size, ReferenceFeatures reference, int samples, std::uint64_t seed)
        : imageSize(size),
          evaluator(std::move(reference.network), reference.features, samples, Evaluator::latentSeed(seed)),
          description(std::move(reference.description))
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
    if (samples <= 0 || samples == config.training.evaluationSamples)
        return GeneratorScorer(std::make_unique<Impl>(config.model.imageSize,
                                                      ReferenceFeatures::ofProject(project.dir(), config),
                                                      config.training.evaluationSamples, config.training.seed));
    // Another count: made here, the project's cache left as it is.
    config.training.evaluationSamples = samples;
    ImageDataset data =
        DatasetLoader::load(config.dataset, config.model.imageSize, config.model.channels, config.training.seed);
    const ReferenceSet set = ReferenceSet::take(data, config.dataset, std::size_t(samples));
    return GeneratorScorer(std::make_unique<Impl>(config.model.imageSize,
                                                  ReferenceFeatures::make(set, data, config.dataset), samples,
                                                  config.training.seed));
}

GeneratorScorer GeneratorScorer::forDataset(const DatasetSpec& dataset, int imageSize, int channels, int samples,
                                            std::uint64_t seed)
{
    ImageDataset data = DatasetLoader::load(dataset, imageSize, channels, seed);
    // A generator from elsewhere, whatever it trained on: a tenth of the
    // images (at most `samples`) are the reference and the rest teach the
    // features; below 1000 images all of them do both.
    DatasetSpec split = dataset;
    split.heldOut = data.count() < 1000 ? 0 : int(std::min<std::size_t>(std::size_t(samples), data.count() / 10));
    const ReferenceSet set = ReferenceSet::take(data, split, std::size_t(samples));
    ReferenceFeatures reference = ReferenceFeatures::make(set, data, dataset);
    //: %1 is a number of images, %2 the dataset (its path, or the built-in digits), %3 what network the features are of
    reference.description = translate("GeneratorScorer", "%1 images of %2, in the features of %3")
                                .arg(set.images.count())
                                .arg(dataset.describe())
                                .arg(reference.network.describe());
    return GeneratorScorer(std::make_unique<Impl>(imageSize, std::move(reference), samples, seed));
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
std::string GeneratorScorer::featureSpace() const { return m_impl->evaluator.network().describe(); }
int GeneratorScorer::samples() const { return m_impl->evaluator.samples(); }

} // namespace latent
