// SPDX-License-Identifier: MIT
#include "project/presets.h"

#include "base/studioerror.h"
#include "base/usertext.h"

#include <QCoreApplication>
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

// The descriptions of the built-in presets, only for lupdate to collect: a
// description is looked up by its JSON text, so one edited in the JSON and not
// here shows in English, never out of date. tst_projectconfig checks they match.
[[maybe_unused]] const char* const kPresetDescriptions[] = {
    //: --dataset is a command-line option: keep it as written
    QT_TRANSLATE_NOOP("Presets",
                      "DCGAN for CIFAR-10 or any small colour photos, 32x32 RGB with flips (give --dataset)"),
    QT_TRANSLATE_NOOP("Presets", "DCGAN on the built-in digits, 28x28 gray: the default, digits in about 1500 steps"),
    QT_TRANSLATE_NOOP("Presets", "Convolutional VAE on the built-in digits, 28x28 gray, 16 latent dimensions"),
    //: --dataset is a command-line option: keep it as written
    QT_TRANSLATE_NOOP("Presets", "DCGAN for MNIST, Fashion-MNIST or any 28x28 gray images (give --dataset)"),
    QT_TRANSLATE_NOOP("Presets",
                      "WGAN-GP on the built-in digits: 5 critic steps per generator step, Adam 1e-4 (0, 0.9)"),
    //: --dataset is a command-line option: keep it as written
    QT_TRANSLATE_NOOP("Presets",
                      "The standard DCGAN of Radford et al., 64x64 RGB, for a folder of photos (give --dataset)"),
};

} // namespace

std::vector<Presets::Entry> Presets::list()
{
    std::vector<Entry> entries;
    const QDir dir(QStringLiteral(":/presets"));
    for (const QString& file : dir.entryList({"*.json"}, QDir::Files, QDir::Name)) {
        const std::string name = file.chopped(5).toStdString();
        const QByteArray description = readPreset(dir.filePath(file)).value("description").toString().toUtf8();
        entries.push_back({name, QCoreApplication::translate("Presets", description.constData()).toStdString()});
    }
    return entries;
}

ProjectConfig Presets::load(const std::string& name)
{
    const QString path = QStringLiteral(":/presets/%1.json").arg(QString::fromStdString(name));
    if (!QFile::exists(path)) {
        std::string known;
        for (const auto& entry : list())
            known += (known.empty() ? "" : ", ") + entry.name;
        throw StudioError::badInput({},
                                    //: %2 is the list of the built-in presets' names
                                    translate("Presets", "unknown preset '%1' (built in: %2)").arg(name).arg(known));
    }
    QJsonObject preset = readPreset(path);
    preset.remove("description");
    QJsonObject json = merged(ProjectConfig::defaults().toJson(), preset);
    // Presets for the user's own data leave the path to them; a placeholder
    // lets the rest be checked now.
    QJsonObject dataset = json.value("dataset").toObject();
    const bool needsPath =
        dataset.value("source").toString() != "synthetic-digits" && dataset.value("path").toString().isEmpty();
    if (needsPath) {
        dataset["path"] = "-";
        json["dataset"] = dataset;
    }
    //: Names where faulty settings came from, in messages like "preset digits-dcgan: steps must be at least 1"
    ProjectConfig config = ProjectConfig::fromJson(json, translate("Presets", "preset %1").arg(name));
    if (needsPath)
        config.dataset.path.clear();
    return config;
}

} // namespace latent
