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

#include <cmath>
#include <functional>

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
    // The real images compared with, with their labels (loaded on demand:
    // only the accuracy by class needs them).
    std::function<ImageDataset()> realImages;
};

GeneratorScorer::GeneratorScorer(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
GeneratorScorer::GeneratorScorer(GeneratorScorer&&) noexcept = default;
GeneratorScorer& GeneratorScorer::operator=(GeneratorScorer&&) noexcept = default;
GeneratorScorer::~GeneratorScorer() = default;

GeneratorScorer GeneratorScorer::forProject(const Project& project, int samples)
{
    ProjectConfig config = project.config();
    if (samples <= 0 || samples == config.training.evaluationSamples) {
        auto impl = std::make_unique<Impl>(config.model.imageSize, ReferenceFeatures::ofProject(project.dir(), config),
                                           config.training.evaluationSamples, config.training.seed);
        impl->realImages = [config] {
            ImageDataset data = DatasetLoader::load(config.dataset, config.model.imageSize, config.model.channels,
                                                    config.training.seed);
            return ReferenceSet::take(data, config.dataset, std::size_t(config.training.evaluationSamples)).images;
        };
        return GeneratorScorer(std::move(impl));
    }
    // Another count: made here, the project's cache left as it is.
    config.training.evaluationSamples = samples;
    ImageDataset data =
        DatasetLoader::load(config.dataset, config.model.imageSize, config.model.channels, config.training.seed);
    const ReferenceSet set = ReferenceSet::take(data, config.dataset, std::size_t(samples));
    auto impl = std::make_unique<Impl>(config.model.imageSize, ReferenceFeatures::make(set, data, config.dataset),
                                       samples, config.training.seed);
    impl->realImages = [images = set.images] { return images; };
    return GeneratorScorer(std::move(impl));
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
    auto impl = std::make_unique<Impl>(imageSize, std::move(reference), samples, seed);
    impl->realImages = [images = set.images] { return images; };
    return GeneratorScorer(std::move(impl));
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

double GeneratorScorer::ClassAccuracy::overallError() const
{
    const double n = double(samplesPerClass) * double(perClass.size());
    return n > 0 ? std::sqrt(overall * (1.0 - overall) / n) : 0.0;
}

GeneratorScorer::ClassAccuracy GeneratorScorer::classAccuracy(InferenceEngine& engine, int perClass) const
{
    const FeatureNetwork& network = m_impl->evaluator.network();
    const ModelSpec& spec = engine.spec();
    if (!spec.conditional())
        throw StudioError::badInput({}, translate("GeneratorScorer", "the generator was trained without classes"));
    if (network.kind() != FeatureNetwork::Kind::Classifier || network.classes() != spec.classCount())
        throw StudioError::badInput({},
                                    //: %1 is a number of classes, %2 describes the feature network
                                    translate("GeneratorScorer", "the generator's %1 classes cannot be judged: "
                                                                     "the features are of %2")
                                            .arg(spec.classCount())
                                            .arg(network.describe()));
    ClassAccuracy result;
    result.samplesPerClass = perClass;
    const auto latents = engine.sampleLatents(perClass, m_impl->evaluator.seed());
    for (int c = 0; c < spec.classCount(); ++c) {
        const torch::Tensor images = imagesToTensor(engine.decode(latents, {engine.classWeights(c)}));
        const torch::Tensor shown = network.classify(images);
        result.perClass.push_back(shown.eq(c).to(torch::kFloat64).mean().item<double>());
    }
    double sum = 0.0;
    for (double share : result.perClass)
        sum += share;
    result.overall = sum / double(result.perClass.size());

    // The same judge on the real images: how often it is right at all.
    const ImageDataset real = m_impl->realImages ? m_impl->realImages() : ImageDataset();
    if (real.classCount() == spec.classCount()) {
        const torch::Tensor labels = torch::tensor(real.labels(), torch::kInt64);
        const torch::Tensor pixels =
            torch::from_blob(const_cast<std::uint8_t*>(real.data()),
                             {std::int64_t(real.count()), real.channels(), real.size(), real.size()}, torch::kUInt8);
        const torch::Tensor shown = network.classify(pixels);
        result.realCount = int(real.count());
        for (int c = 0; c < spec.classCount(); ++c) {
            const torch::Tensor mine = labels.eq(c);
            const std::int64_t n = mine.sum().item<std::int64_t>();
            result.realPerClass.push_back(n > 0 ? shown.index({mine}).eq(c).to(torch::kFloat64).mean().item<double>()
                                                : 0.0);
        }
        result.realOverall = shown.eq(labels).to(torch::kFloat64).mean().item<double>();
    }
    return result;
}

const std::string& GeneratorScorer::referenceDescription() const { return m_impl->description; }
std::string GeneratorScorer::featureSpace() const { return m_impl->evaluator.network().describe(); }
int GeneratorScorer::samples() const { return m_impl->evaluator.samples(); }

} // namespace latent
