// SPDX-License-Identifier: MIT
// libFuzzer target: bytes -> QJsonDocument -> ProjectConfig::fromJson and
// validate, as Project::open reads project.json. A StudioError (BadInput,
// naming the file) is the expected answer to a bad file; anything else is a
// finding, and so is an accepted file whose settings do not survive being
// written back and read again (what saveConfig and the next open do).

#include "base/studioerror.h"
#include "project/projectconfig.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace {

void requireNamedBadInput(const latent::StudioError& e, const std::string& file)
{
    if (e.kind() != latent::ErrorKind::BadInput || e.path() != file || !std::strstr(e.what(), file.c_str()))
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string file = "fuzz/project.json";
    QJsonParseError parseError{};
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return 0; // Project::open refuses these itself, before fromJson
    latent::ProjectConfig config;
    try {
        config = latent::ProjectConfig::fromJson(doc.object(), file);
        config.validate();
    } catch (const latent::StudioError& e) {
        requireNamedBadInput(e, file);
        return 0;
    }
    // Accepted: the settings must come back unchanged through the file's text.
    const QJsonObject written = config.toJson();
    const QByteArray text = QJsonDocument(written).toJson(QJsonDocument::Indented);
    try {
        const latent::ProjectConfig again = latent::ProjectConfig::fromJson(QJsonDocument::fromJson(text).object(), file);
        if (again.toJson() != written)
            std::abort();
    } catch (const latent::StudioError&) {
        std::abort(); // we wrote a file we refuse to read
    }
    return 0;
}
