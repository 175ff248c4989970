// SPDX-License-Identifier: MIT
#include "latent/sampleexport.h"

#include "base/studioerror.h"
#include "base/usertext.h"
#include "io/atomicfile.h"
#include "io/imagegrid.h"
#include "io/pngfile.h"
#include "latent/inferenceengine.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace latent {

namespace {

QJsonArray toJson(const std::vector<float>& z)
{
    QJsonArray array;
    for (float v : z)
        array.append(double(v));
    return array;
}

int sampleCount(const SampleExport::Options& options)
{
    const int perClass = options.latents.empty() ? options.count : int(options.latents.size());
    return perClass * std::max<int>(1, int(options.classes.size()));
}

} // namespace

std::string SampleExport::samplePath(const std::string& folder, int index)
{
    return QDir(QString::fromStdString(folder))
        .filePath(QString("sample-%1.png").arg(index, 5, 10, QChar('0')))
        .toStdString();
}

std::vector<std::string> SampleExport::existingFiles(const Options& options)
{
    std::vector<std::string> existing;
    const auto check = [&](const std::string& path) {
        if (!path.empty() && QFileInfo::exists(QString::fromStdString(path)))
            existing.push_back(path);
    };
    check(options.gridPath);
    check(options.latentsPath);
    if (!options.folderPath.empty())
        for (int i = 0; i < sampleCount(options); ++i)
            check(samplePath(options.folderPath, i));
    return existing;
}

void SampleExport::write(InferenceEngine& engine, const Options& options)
{
    if (sampleCount(options) < 1)
        throw StudioError::badInput({}, translate("SampleExport", "the number of samples must be at least 1"));
    Latents latents = options.latents.empty() ? engine.sampleLatents(options.count, options.seed) : options.latents;
    for (auto& z : latents)
        for (float& v : z)
            v *= float(options.truncation);
    const int perRow = int(latents.size());
    // Each sample's class: the rows' classes, or the engine's own mix.
    const ModelSpec& spec = engine.spec();
    std::vector<int> classOf;
    if (spec.conditional()) {
        if (!options.latentClasses.empty()) {
            if (options.latentClasses.size() != latents.size())
                throw StudioError::badInput({}, translate("SampleExport", "every latent vector needs its class"));
            classOf = options.latentClasses;
        } else if (options.classes.empty()) {
            for (int i = 0; i < perRow; ++i)
                classOf.push_back(i % spec.classCount());
        } else {
            const Latents row = latents;
            latents.clear();
            for (int c : options.classes) {
                engine.classWeights(c); // throws for a class out of range
                latents.insert(latents.end(), row.begin(), row.end());
                classOf.insert(classOf.end(), std::size_t(perRow), c);
            }
        }
    } else if (!options.classes.empty()) {
        throw StudioError::badInput({}, translate("SampleExport", "this model was trained without classes, so it "
                                                                  "cannot be asked for one"));
    }
    std::vector<std::vector<float>> weights;
    for (int c : classOf)
        weights.push_back(engine.classWeights(c));
    const std::vector<Image> images = engine.decode(latents, weights);
    const int count = int(latents.size());
    auto classNames = [&] {
        QJsonArray names;
        for (int c : classOf)
            names.append(QString::fromStdString(spec.classNames[std::size_t(c)]));
        return names;
    };

    if (!options.latentsPath.empty()) {
        QJsonArray rows;
        for (const auto& z : latents)
            rows.append(toJson(z));
        QJsonObject json{{"truncation", options.truncation},
                               {"model_sha256", QString::fromStdString(engine.checksum())},
                               {"step", double(engine.step())}, {"latents", rows}};
        if (options.latents.empty())
            json.insert("seed", double(options.seed));
        if (!classOf.empty())
            json.insert("classes", classNames());
        writeFileAtomically(options.latentsPath, QJsonDocument(json).toJson(QJsonDocument::Compact));
    }
    const PngText origin = {softwareText(),
                            {"latent-studio.model_sha256", engine.checksum()},
                            {"latent-studio.step", std::to_string(engine.step())},
                            {"latent-studio.seed", std::to_string(options.seed)},
                            {"latent-studio.truncation", std::to_string(options.truncation)}};
    if (!options.gridPath.empty()) {
        const int square = int(std::ceil(std::sqrt(double(count))));
        const int columns = options.columns > 0 ? options.columns : options.classes.empty() ? square : perRow;
        PngText grid = origin;
        if (!classOf.empty())
            grid.emplace_back("latent-studio.classes",
                              QJsonDocument(classNames()).toJson(QJsonDocument::Compact).toStdString());
        grid.emplace_back("latent-studio.count", std::to_string(count));
        // Every cell's z, row by row: the grid says where each picture came from.
        QJsonArray cells;
        for (const auto& z : latents)
            cells.append(toJson(z));
        grid.emplace_back("latent-studio.z", QJsonDocument(cells).toJson(QJsonDocument::Compact).toStdString());
        writePng(options.gridPath, makeImageGrid(images, columns, options.padding), grid);
    }
    if (!options.folderPath.empty()) {
        if (!QDir().mkpath(QString::fromStdString(options.folderPath)))
            throw StudioError::failure(options.folderPath, translate("SampleExport", "cannot create the folder"));
        for (int i = 0; i < count; ++i) {
            PngText single = origin;
            single.emplace_back("latent-studio.index", std::to_string(i));
            if (!classOf.empty())
                single.emplace_back("latent-studio.class", spec.classNames[std::size_t(classOf[std::size_t(i)])]);
            single.emplace_back(
                "latent-studio.z",
                QJsonDocument(toJson(latents[std::size_t(i)])).toJson(QJsonDocument::Compact).toStdString());
            writePng(samplePath(options.folderPath, i), images[std::size_t(i)], single);
        }
    }
}

} // namespace latent
