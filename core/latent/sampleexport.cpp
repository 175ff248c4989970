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
    return options.latents.empty() ? options.count : int(options.latents.size());
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
    const std::vector<Image> images = engine.decode(latents);
    const int count = int(latents.size());

    if (!options.latentsPath.empty()) {
        QJsonArray rows;
        for (const auto& z : latents)
            rows.append(toJson(z));
        QJsonObject json{{"truncation", options.truncation},
                               {"model_sha256", QString::fromStdString(engine.checksum())},
                               {"step", double(engine.step())}, {"latents", rows}};
        if (options.latents.empty())
            json.insert("seed", double(options.seed));
        writeFileAtomically(options.latentsPath, QJsonDocument(json).toJson(QJsonDocument::Compact));
    }
    const PngText origin = {softwareText(),
                            {"latent-studio.model_sha256", engine.checksum()},
                            {"latent-studio.step", std::to_string(engine.step())},
                            {"latent-studio.seed", std::to_string(options.seed)},
                            {"latent-studio.truncation", std::to_string(options.truncation)}};
    if (!options.gridPath.empty()) {
        const int columns = options.columns > 0 ? options.columns : int(std::ceil(std::sqrt(double(count))));
        PngText grid = origin;
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
            single.emplace_back(
                "latent-studio.z",
                QJsonDocument(toJson(latents[std::size_t(i)])).toJson(QJsonDocument::Compact).toStdString());
            writePng(samplePath(options.folderPath, i), images[std::size_t(i)], single);
        }
    }
}

} // namespace latent
