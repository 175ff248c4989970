// SPDX-License-Identifier: MIT
#include "project/presets.h"

#include "base/studioerror.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace latent {
namespace {

QJsonObject readPreset(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Values of `overlay` replace those of `base`, section by section.
QJsonObject merged(QJsonObject base, const QJsonObject& overlay)
{
    for (auto it = overlay.begin(); it != overlay.end(); ++it) {
        if (it->isObject() && base.value(it.key()).isObject())
            base[it.key()] = merged(base.value(it.key()).toObject(), it->toObject());
        else
            base[it.key()] = *it;
    }
    return base;
}

} // namespace

std::vector<Presets::Entry> Presets::list()
{
    std::vector<Entry> entries;
    const QDir dir(QStringLiteral(":/presets"));
    for (const QString& file : dir.entryList({"*.json"}, QDir::Files, QDir::Name))
        entries.push_back({file.chopped(5).toStdString(),
                           readPreset(dir.filePath(file)).value("description").toString().toStdString()});
    return entries;
}

ProjectConfig Presets::load(const std::string& name)
{
    const QString path = QStringLiteral(":/presets/%1.json").arg(QString::fromStdString(name));
    if (!QFile::exists(path)) {
        std::string known;
        for (const auto& entry : list())
            known += (known.empty() ? "" : ", ") + entry.name;
        throw StudioError::badInput({}, "unknown preset '" + name + "' (built in: " + known + ")");
    }
    QJsonObject preset = readPreset(path);
    preset.remove("description");
    QJsonObject json = merged(ProjectConfig::defaults().toJson(), preset);
    // Presets for the user's own data leave the path to them; a placeholder
    // lets the rest be checked now.
    QJsonObject dataset = json.value("dataset").toObject();
    const bool needsPath = dataset.value("source").toString() != "synthetic-digits" && dataset.value("path").toString().isEmpty();
    if (needsPath) {
        dataset["path"] = "-";
        json["dataset"] = dataset;
    }
    ProjectConfig config = ProjectConfig::fromJson(json, "preset " + name);
    if (needsPath)
        config.dataset.path.clear();
    return config;
}

} // namespace latent
