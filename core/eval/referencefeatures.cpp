// SPDX-License-Identifier: MIT
#include "eval/referencefeatures.h"

#include "base/studioerror.h"
#include "base/usertext.h"
#include "data/datasetloader.h"
#include "eval/evaluator.h"
#include "eval/featurenetwork.h"
#include "eval/referenceset.h"
#include "io/atomicfile.h"
#include "io/npyfile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace latent {

namespace {
std::string featuresPath(const std::string& folder) { return folder + "/reference.npy"; }
std::string keyPath(const std::string& folder) { return folder + "/reference.json"; }

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
    dataset.remove("horizontal_flip"); // flips change training, not the reference images
    return QJsonObject{{"feature_network", FeatureNetwork::kVersion},
                       {"image_size", config.model.imageSize},
                       {"channels", config.model.channels},
                       {"dataset", dataset},
                       {"seed", double(config.training.seed)},
                       {"samples", config.training.evaluationSamples}};
}

std::optional<torch::Tensor> ReferenceFeatures::load(const std::string& folder, const QJsonObject& key)
{
    if (!QFileInfo::exists(QString::fromStdString(keyPath(folder))))
        return std::nullopt;
    const QJsonObject saved = readKeyFile(keyPath(folder));
    if (saved.value("key").toObject() != key)
        return std::nullopt;
    const NpyMatrix matrix = readNpy(featuresPath(folder));
    if (matrix.rows != std::int64_t(saved.value("count").toDouble()) || matrix.rows < 2)
        throw StudioError::badInput(featuresPath(folder),
                                    translate("ReferenceFeatures", "holds %1 feature rows where reference.json "
                                                                   "says %2; delete the evaluation folder and it is "
                                                                   "computed again")
                                        .arg(matrix.rows)
                                        .arg(std::int64_t(saved.value("count").toDouble())));
    if (matrix.cols != std::int64_t(saved.value("dimension").toDouble()))
        //: %1 and %2 are numbers of values per image
        throw StudioError::badInput(featuresPath(folder),
                                    translate("ReferenceFeatures", "holds %1 features per image where reference.json "
                                                                   "says %2; delete the evaluation folder and it is "
                                                                   "computed again")
                                        .arg(matrix.cols)
                                        .arg(std::int64_t(saved.value("dimension").toDouble())));
    return torch::tensor(matrix.values, torch::kFloat64).view({matrix.rows, matrix.cols}).to(torch::kFloat32);
}

void ReferenceFeatures::save(const std::string& folder, const QJsonObject& key, const torch::Tensor& features,
                             const std::string& description)
{
    if (!QDir().mkpath(QString::fromStdString(folder)))
        throw StudioError::failure(folder, translate("ReferenceFeatures", "cannot create the evaluation folder"));
    const torch::Tensor values = features.to(torch::kCPU, torch::kFloat32).contiguous();
    writeNpy(featuresPath(folder), values.data_ptr<float>(), values.size(0), values.size(1));
    const QJsonObject saved{{"key", key},
                            {"count", double(values.size(0))},
                            {"dimension", double(values.size(1))},
                            {"description", QString::fromStdString(description)}};
    writeFileAtomically(keyPath(folder), QJsonDocument(saved).toJson(QJsonDocument::Indented));
}

std::string ReferenceFeatures::description(const std::string& folder)
{
    if (!QFileInfo::exists(QString::fromStdString(keyPath(folder))))
        return {};
    try {
        return readKeyFile(keyPath(folder)).value("description").toString().toStdString();
    } catch (const StudioError&) {
        return {};
    }
}

torch::Tensor ReferenceFeatures::ofProject(const std::string& projectDir, const ProjectConfig& config,
                                           const FeatureNetwork& network, const ReferenceSet* taken)
{
    const std::string folder = projectDir + "/evaluation";
    const QJsonObject key = keyFor(config);
    if (std::optional<torch::Tensor> cached = load(folder, key))
        return *cached;
    std::optional<ReferenceSet> loaded;
    if (!taken) {
        ImageDataset data = DatasetLoader::load(config.dataset, config.model.imageSize, config.model.channels,
                                                config.training.seed);
        loaded = ReferenceSet::take(data, config.dataset, config.training.seed,
                                    std::size_t(config.training.evaluationSamples));
        taken = &*loaded;
    }
    const torch::Tensor features = Evaluator::featuresOf(network, taken->images);
    save(folder, key, features, taken->describe());
    return features;
}

} // namespace latent
