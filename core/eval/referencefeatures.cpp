// SPDX-License-Identifier: MIT
#include "eval/referencefeatures.h"

#include "base/studioerror.h"
#include "base/usertext.h"
#include "data/datasetloader.h"
#include "data/syntheticdigits.h"
#include "eval/evaluator.h"
#include "eval/referenceset.h"
#include "io/atomicfile.h"
#include "io/npyfile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

namespace latent {

namespace {
// The built-in digits' feature network learns from this render, whatever the
// project's seed, so every digits project measures in the same space.
constexpr std::uint64_t kDigitsSeed = 0xD161Du;
// (as many as the project renders, at most this many).
constexpr std::size_t kDigitsImages = 20000;

std::string networkPath(const std::string& folder) { return folder + "/feature-network.pt"; }
std::string featuresPath(const std::string& folder) { return folder + "/reference.npy"; }
std::string keyPath(const std::string& folder) { return folder + "/reference.json"; }

// The built-in digits' feature network depends only on the image format and
// the count: made once per user, in the cache folder, and shared by every
// digits project (and latent-cli evaluate --dataset synthetic-digits).
FeatureNetwork digitsNetwork(int size, int channels, int syntheticCount)
{
    const std::size_t count = std::min(kDigitsImages, std::size_t(std::max(2, syntheticCount)));
    // ~/.cache/latent-studio, the same for the studio and latent-cli.
    const QString generic = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    const QString folder = generic.isEmpty() ? QString() : generic + QStringLiteral("/latent-studio");
    const std::string path = QDir(folder)
                                 .filePath(QStringLiteral("digits-features-v%1-%2x%2x%3-%4.pt")
                                               .arg(FeatureNetwork::kVersion)
                                               .arg(size)
                                               .arg(channels)
                                               .arg(count))
                                 .toStdString();
    if (!folder.isEmpty() && QFileInfo::exists(QString::fromStdString(path))) {
        try {
            return FeatureNetwork::load(path);
        } catch (const StudioError&) {
            // damaged: made again below, and replaced
        }
    }
    FeatureNetwork network = FeatureNetwork::train(SyntheticDigits::generate(count, size, channels, kDigitsSeed));
    if (!folder.isEmpty() && QDir().mkpath(folder)) {
        try {
            network.save(path);
        } catch (const StudioError&) {
            // only a cache: the next project trains it again
        }
    }
    return network;
}

QJsonObject readKeyFile(const std::string& path)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(readWholeFile(path), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw StudioError::badInput(path, translate("ReferenceFeatures", "is damaged (%1); delete the evaluation "
                                                                         "folder and it is computed again")
                                              .arg(error.errorString()));
    return document.object();
}
} // namespace

QJsonObject ReferenceFeatures::keyFor(const ProjectConfig& config)
{
    QJsonObject dataset = config.toJson().value("dataset").toObject();
    // Flips and class balance change training, not the reference images.
    dataset.remove("horizontal_flip");
    dataset.remove("balance_classes");
    return QJsonObject{{"feature_network", FeatureNetwork::kVersion},
                       {"image_size", config.model.imageSize},
                       {"channels", config.model.channels},
                       {"dataset", dataset},
                       {"samples", config.training.evaluationSamples}};
}

std::optional<ReferenceFeatures> ReferenceFeatures::load(const std::string& folder, const QJsonObject& key)
{
    if (!QFileInfo::exists(QString::fromStdString(keyPath(folder))))
        return std::nullopt;
    const QJsonObject saved = readKeyFile(keyPath(folder));
    if (saved.value("key").toObject() != key)
        return std::nullopt;
    const NpyMatrix matrix = readNpy(featuresPath(folder));
    FeatureNetwork network = FeatureNetwork::load(networkPath(folder));
    if (matrix.rows != std::int64_t(saved.value("count").toDouble()) || matrix.rows < 2)
        throw StudioError::badInput(featuresPath(folder),
                                    translate("ReferenceFeatures", "holds %1 feature rows where reference.json "
                                                                   "says %2; delete the evaluation folder and it is "
                                                                   "computed again")
                                        .arg(matrix.rows)
                                        .arg(std::int64_t(saved.value("count").toDouble())));
    if (matrix.cols != network.dimension())
        //: %1 and %2 are numbers of values per image
        throw StudioError::badInput(featuresPath(folder),
                                    translate("ReferenceFeatures", "holds %1 features per image where reference.json "
                                                                   "says %2; delete the evaluation folder and it is "
                                                                   "computed again")
                                        .arg(matrix.cols)
                                        .arg(network.dimension()));
    torch::Tensor features =
        torch::tensor(matrix.values, torch::kFloat64).view({matrix.rows, matrix.cols}).to(torch::kFloat32);
    return ReferenceFeatures{std::move(network), std::move(features),
                             saved.value("description").toString().toStdString()};
}

void ReferenceFeatures::save(const std::string& folder, const QJsonObject& key) const
{
    if (!QDir().mkpath(QString::fromStdString(folder)))
        throw StudioError::failure(folder, translate("ReferenceFeatures", "cannot create the evaluation folder"));
    network.save(networkPath(folder));
    const torch::Tensor values = features.to(torch::kCPU, torch::kFloat32).contiguous();
    writeNpy(featuresPath(folder), values.data_ptr<float>(), values.size(0), values.size(1));
    const QJsonObject saved{{"key", key},
                            {"count", double(values.size(0))},
                            {"dimension", double(values.size(1))},
                            {"description", QString::fromStdString(description)}};
    // Last: a cache interrupted before this is no cache at all.
    writeFileAtomically(keyPath(folder), QJsonDocument(saved).toJson(QJsonDocument::Indented));
}

std::string ReferenceFeatures::savedDescription(const std::string& folder)
{
    if (!QFileInfo::exists(QString::fromStdString(keyPath(folder))))
        return {};
    try {
        return readKeyFile(keyPath(folder)).value("description").toString().toStdString();
    } catch (const StudioError&) {
        return {};
    }
}

ReferenceFeatures ReferenceFeatures::make(const ReferenceSet& reference, const ImageDataset& training,
                                          const DatasetSpec& dataset)
{
    FeatureNetwork network = dataset.source == DatasetSpec::Source::SyntheticDigits
                                 ? digitsNetwork(training.size(), training.channels(), dataset.syntheticCount)
                                 : FeatureNetwork::train(training);
    torch::Tensor features = Evaluator::featuresOf(network, reference.images);
    //: %1 says what the real images are ("2000 held-out images"), %2 what network the features are of
    std::string description =
        translate("ReferenceFeatures", "%1, in the features of %2").arg(reference.describe()).arg(network.describe());
    return ReferenceFeatures{std::move(network), std::move(features), std::move(description)};
}

ReferenceFeatures ReferenceFeatures::ofProject(const std::string& projectDir, const ProjectConfig& config,
                                               const ReferenceSet* reference, const ImageDataset* training)
{
    const std::string folder = projectDir + "/evaluation";
    const QJsonObject key = keyFor(config);
    if (std::optional<ReferenceFeatures> cached = load(folder, key))
        return std::move(*cached);
    std::optional<ReferenceSet> takenHere;
    std::optional<ImageDataset> loadedHere;
    if (!reference || !training) {
        loadedHere = DatasetLoader::load(config.dataset, config.model.imageSize, config.model.channels,
                                         config.training.seed);
        takenHere = ReferenceSet::take(*loadedHere, config.dataset, std::size_t(config.training.evaluationSamples));
        reference = &*takenHere;
        training = &*loadedHere;
    }
    ReferenceFeatures made = make(*reference, *training, config.dataset);
    made.save(folder, key);
    return made;
}

} // namespace latent
