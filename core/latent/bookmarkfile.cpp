// SPDX-License-Identifier: MIT
#include "latent/bookmarkfile.h"

#include "base/jsonfields.h"
#include "base/studioerror.h"
#include "base/usertext.h"
#include "io/atomicfile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace latent {

namespace {

constexpr const char* kFormatName = "latent-studio-bookmarks";
constexpr int kFormatVersion = 1;

LatentBookmark parseBookmark(const QJsonValue& value, const std::string& path, int index)
{
    const std::string where = "bookmarks[" + std::to_string(index) + "]";
    if (!value.isObject())
        throw StudioError::badInput(path, translate("BookmarkFile", "%1 should be an object").arg(where));
    const QJsonObject object = value.toObject();
    const JsonFields fields(object, path, where);
    LatentBookmark b;
    b.name = fields.text("name", "");
    if (b.name.empty())
        throw StudioError::badInput(path, translate("BookmarkFile", "%1 has no name").arg(where));
    const QJsonValue z = object.value("z");
    if (!z.isArray() || z.toArray().isEmpty())
        throw StudioError::badInput(path,
                                    translate("BookmarkFile", "bookmark '%1' has no latent vector z").arg(b.name));
    for (const QJsonValue& v : z.toArray()) {
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            throw StudioError::badInput(
                path, translate("BookmarkFile", "bookmark '%1' has a z that is not all finite numbers").arg(b.name));
        b.z.push_back(float(v.toDouble()));
    }
    b.seed = fields.integer64("seed", -1);
    b.truncation = fields.number("truncation", 1.0);
    b.modelSha256 = fields.text("model_sha256", "");
    b.step = fields.integer64("step", -1);
    b.created = fields.text("created", "");
    b.className = fields.text("class", "");
    return b;
}

} // namespace

std::vector<LatentBookmark> BookmarkFile::read(const std::string& path)
{
    if (!QFileInfo::exists(QString::fromStdString(path)))
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(readWholeFile(path), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        throw StudioError::badInput(path, translate("BookmarkFile", "is not valid JSON (%1)").arg(error.errorString()));
    const QJsonObject top = doc.object();
    const JsonFields fields(top, path, "");
    if (fields.text("format", "") != kFormatName)
        throw StudioError::badInput(path, translate("BookmarkFile", "is not a Latent Studio bookmarks file "
                                                                "(no \"format\": \"latent-studio-bookmarks\")"));
    const int version = fields.integer("format_version", 0);
    if (version < 1 || version > kFormatVersion)
        throw StudioError::badInput(path,
                                    translate("BookmarkFile", "has bookmarks format %1; this build reads version %2")
                                        .arg(version)
                                        .arg(kFormatVersion));
    const QJsonValue list = top.value("bookmarks");
    if (!list.isUndefined() && !list.isArray())
        throw StudioError::badInput(path, translate("BookmarkFile", "field 'bookmarks' should be a list"));
    std::vector<LatentBookmark> bookmarks;
    int index = 0;
    for (const QJsonValue& value : list.toArray())
        bookmarks.push_back(parseBookmark(value, path, index++));
    return bookmarks;
}

void BookmarkFile::write(const std::string& path, const std::vector<LatentBookmark>& bookmarks)
{
    QJsonArray list;
    for (const LatentBookmark& b : bookmarks) {
        QJsonArray z;
        for (float v : b.z)
            z.append(double(v));
        QJsonObject object{{"name", QString::fromStdString(b.name)}, {"z", z}, {"truncation", b.truncation},
                           {"model_sha256", QString::fromStdString(b.modelSha256)},
                           {"step", double(b.step)}, {"created", QString::fromStdString(b.created)}};
        if (b.seed >= 0)
            object.insert("seed", double(b.seed));
        if (!b.className.empty())
            object.insert("class", QString::fromStdString(b.className));
        list.append(object);
    }
    const QJsonObject top{{"format", kFormatName}, {"format_version", kFormatVersion}, {"bookmarks", list}};
    writeFileAtomically(path, QJsonDocument(top).toJson(QJsonDocument::Indented));
}

const LatentBookmark& BookmarkFile::find(const std::vector<LatentBookmark>& bookmarks, const std::string& name,
                                         const std::string& path)
{
    std::string names;
    for (const LatentBookmark& b : bookmarks) {
        if (b.name == name)
            return b;
        names += (names.empty() ? "" : ", ") + b.name;
    }
    throw StudioError::badInput(
        path, names.empty()
                  ? translate("BookmarkFile", "has no bookmark named '%1' (it has none)").arg(name)
                  : translate("BookmarkFile", "has no bookmark named '%1' (it has: %2)").arg(name).arg(names));
}

} // namespace latent
