// SPDX-License-Identifier: MIT
#include "io/pngfile.h"

#include "base/studioerror.h"
#include "base/usertext.h"
#include "data/imageconform.h"
#include "io/atomicfile.h"
#include "io/imagedecode.h"

#include <QCoreApplication>

#include <opencv2/imgcodecs.hpp>
#include <zlib.h>
#include <opencv2/imgproc.hpp>

namespace latent {

namespace {

void putBigEndian(QByteArray& out, quint32 value)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(char((value >> shift) & 0xFF));
}

quint32 bigEndian(const char* p)
{
    return (quint32(quint8(p[0])) << 24) | (quint32(quint8(p[1])) << 16) | (quint32(quint8(p[2])) << 8) | quint8(p[3]);
}

constexpr int kSignature = 8;
constexpr int kHeaderChunk = 8 + 13 + 4; // IHDR: length and type, 13 bytes, CRC

// Inserts tEXt chunks right after IHDR (which must come first).
QByteArray withText(const QByteArray& png, const PngText& text)
{
    if (text.empty())
        return png;
    QByteArray out = png.left(kSignature + kHeaderChunk);
    for (const auto& [keyword, value] : text) {
        const QByteArray body = QByteArray("tEXt") + QByteArray::fromStdString(keyword.substr(0, 79)) + '\0'
            + QByteArray::fromStdString(value);
        putBigEndian(out, quint32(body.size() - 4));
        out += body;
        putBigEndian(out, quint32(crc32(0L, reinterpret_cast<const Bytef*>(body.constData()), uInt(body.size()))));
    }
    out += png.mid(kSignature + kHeaderChunk);
    return out;
}

} // namespace

std::pair<std::string, std::string> softwareText()
{
    return {"Software", ("Latent Studio " + QCoreApplication::applicationVersion()).trimmed().toStdString()};
}

PngText readPngText(const std::string& path)
{
    const QByteArray png = readWholeFile(path);
    if (png.size() < kSignature || png.left(kSignature) != QByteArray("\x89PNG\r\n\x1a\n", kSignature))
        throw StudioError::badInput(path, translate("PngFile", "is not a PNG file"));
    PngText text;
    qsizetype at = kSignature;
    while (at + 12 <= png.size()) {
        const quint32 length = bigEndian(png.constData() + at);
        if (at + 12 + qsizetype(length) > png.size())
            throw StudioError::badInput(path, translate("PngFile", "the PNG is truncated"));
        const QByteArray type = png.mid(at + 4, 4);
        if (type == "tEXt") {
            const QByteArray body = png.mid(at + 8, length);
            const qsizetype zero = body.indexOf('\0');
            if (zero > 0)
                text.emplace_back(body.left(zero).toStdString(), body.mid(zero + 1).toStdString());
        }
        if (type == "IEND")
            break;
        at += 12 + qsizetype(length);
    }
    return text;
}

QByteArray encodePng(const Image& image, const PngText& text)
{
    const int type = image.channels == 1 ? CV_8UC1 : CV_8UC3;
    const cv::Mat view(image.height, image.width, type, const_cast<std::uint8_t*>(image.pixels.data()));
    cv::Mat bgr;
    if (image.channels == 3)
        cv::cvtColor(view, bgr, cv::COLOR_RGB2BGR);
    else
        bgr = view;
    std::vector<std::uint8_t> bytes;
    cv::imencode(".png", bgr, bytes);
    return withText(QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size())), text);
}

void writePng(const std::string& path, const Image& image, const PngText& text)
{
    writeFileAtomically(path, encodePng(image, text));
}

Image readImage(const std::string& path, int channels)
{
    const cv::Mat converted = conformColours(readImageFile(path), channels);
    if (converted.empty())
        throw StudioError::badInput(path, translate("PngFile", "its pixel format is not supported"));
    Image image(converted.cols, converted.rows, channels);
    for (int y = 0; y < converted.rows; ++y)
        std::copy_n(converted.ptr<std::uint8_t>(y), std::size_t(converted.cols) * channels, image.row(y));
    return image;
}

} // namespace latent
