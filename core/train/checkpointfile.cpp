// SPDX-License-Identifier: MIT
#include "train/checkpointfile.h"

#include "base/jsonfields.h"
#include "base/studioerror.h"
#include "base/usertext.h"
#include "io/atomicfile.h"

#include <QDataStream>
#include <QFile>
#include <QJsonDocument>

#include <zlib.h>

namespace latent {
namespace {

const QByteArray kMagic("LSCKPT\r\n", 8);
// A header is a few hundred bytes; anything near this limit is not ours.
constexpr quint32 kMaxHeader = 1 << 20;

quint32 crc32Of(const QByteArray& bytes)
{
    uLong crc = crc32(0L, Z_NULL, 0);
    const auto* data = reinterpret_cast<const Bytef*>(bytes.constData());
    qsizetype left = bytes.size();
    while (left > 0) {
        const uInt chunk = uInt(std::min<qsizetype>(left, 1 << 30));
        crc = crc32(crc, data, chunk);
        data += chunk;
        left -= chunk;
    }
    return quint32(crc);
}

} // namespace

void CheckpointFile::write(const std::string& path, const QJsonObject& header, const QByteArray& payload)
{
    const QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
    QByteArray bytes;
    bytes.reserve(payload.size() + json.size() + 64);
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    out.writeRawData(kMagic.constData(), kMagic.size());
    out << quint32(kFormatVersion) << quint32(json.size());
    out.writeRawData(json.constData(), int(json.size()));
    out << quint64(payload.size()) << crc32Of(payload);
    out.writeRawData(payload.constData(), int(payload.size()));
    writeFileAtomically(path, bytes);
}

CheckpointFile::Contents CheckpointFile::read(const std::string& path, bool headerOnly)
{
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly))
        throw StudioError::badInput(path, file.exists() ? translate("CheckpointFile", "cannot read the checkpoint: %1")
                                                              .arg(file.errorString())
                                                        : translate("CheckpointFile", "the checkpoint does not exist"));
    QDataStream in(&file);
    in.setByteOrder(QDataStream::LittleEndian);
    QByteArray magic(kMagic.size(), '\0');
    if (in.readRawData(magic.data(), int(magic.size())) != magic.size() || magic != kMagic)
        throw StudioError::badInput(
            path, translate("CheckpointFile", "is not a Latent Studio checkpoint (wrong magic bytes)"));
    quint32 version = 0, headerLength = 0;
    in >> version >> headerLength;
    if (in.status() != QDataStream::Ok)
        throw StudioError::badInput(
            path, translate("CheckpointFile", "the checkpoint is truncated (its header is incomplete)"));
    if (version > quint32(kFormatVersion))
        throw StudioError::badInput(path, translate("CheckpointFile",
                                                    "the checkpoint was written by a newer Latent Studio (format %1)")
                                              .arg(version));
    if (headerLength == 0 || headerLength > kMaxHeader)
        throw StudioError::badInput(path, translate("CheckpointFile", "the checkpoint header is corrupt"));
    QByteArray json(int(headerLength), '\0');
    if (in.readRawData(json.data(), int(headerLength)) != int(headerLength))
        throw StudioError::badInput(
            path, translate("CheckpointFile", "the checkpoint is truncated (its header is incomplete)"));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        throw StudioError::badInput(path, translate("CheckpointFile", "the checkpoint header is corrupt"));

    Contents contents;
    contents.header = doc.object();
    const JsonFields fields(contents.header, path, "");
    contents.step = fields.integer64("step", -1);
    contents.elapsedSeconds = fields.number("elapsed_s", 0.0);
    if (contents.step < 0 || !contents.header.value("model").isObject())
        throw StudioError::badInput(path, translate("CheckpointFile", "the checkpoint header lacks its step or model"));
    contents.spec = ModelSpec::fromJson(contents.header.value("model").toObject(), path);
    if (headerOnly)
        return contents;

    quint64 payloadLength = 0;
    quint32 crc = 0;
    in >> payloadLength >> crc;
    if (in.status() != QDataStream::Ok)
        throw StudioError::badInput(
            path, translate("CheckpointFile", "the checkpoint is truncated (no weights after the header)"));
    const qint64 remaining = file.size() - file.pos();
    if (payloadLength != quint64(remaining))
        throw StudioError::badInput(path, translate("CheckpointFile", "the checkpoint is truncated or padded: it "
                                                                      "should hold %1 bytes of weights but holds %2")
                                              .arg(payloadLength)
                                              .arg(remaining));
    contents.payload = file.read(qint64(payloadLength));
    if (quint64(contents.payload.size()) != payloadLength)
        throw StudioError::badInput(path, translate("CheckpointFile", "could not read the whole checkpoint"));
    if (crc32Of(contents.payload) != crc)
        throw StudioError::badInput(
            path, translate("CheckpointFile", "the checkpoint is corrupt (its checksum does not match)"));
    return contents;
}

void CheckpointFile::requireSameModel(const std::string& path, const ModelSpec& expected, const ModelSpec& found)
{
    if (expected.accepts(found))
        return;
    //: %1 and %2 describe models, e.g. "dcgan 64x64x3, z 128, width 64, loss hinge"
    throw StudioError::badInput(path, translate("CheckpointFile", "the checkpoint belongs to another model: it "
                                                                  "holds %1, but the project is %2")
                                          .arg(found.describe())
                                          .arg(expected.describe()));
}

} // namespace latent
