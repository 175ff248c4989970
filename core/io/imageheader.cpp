// SPDX-License-Identifier: MIT
#include "io/imageheader.h"

#include "base/studioerror.h"
#include "base/usertext.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace latent {
namespace {

// The parts of a header a truncated file can cut off.
enum class Part { PngHeader, JpegMarker, JpegSegmentLength, JpegSegment, BmpHeader };

std::string truncatedProblem(Part part)
{
    switch (part) {
    case Part::PngHeader: return translate("ImageHeader", "the image is truncated (the PNG header is cut off)");
    case Part::JpegMarker: return translate("ImageHeader", "the image is truncated (a JPEG marker is cut off)");
    case Part::JpegSegmentLength:
        return translate("ImageHeader", "the image is truncated (a JPEG segment length is cut off)");
    case Part::JpegSegment: return translate("ImageHeader", "the image is truncated (a JPEG segment is cut off)");
    case Part::BmpHeader: return translate("ImageHeader", "the image is truncated (the BMP header is cut off)");
    }
    return translate("ImageHeader", "the image is truncated");
}

// Bounds-checked reads from the file's bytes; every read past the end throws.
class ByteReader {
public:
    ByteReader(const std::uint8_t* data, std::size_t size, const std::string& path)
        : m_data(data), m_size(size), m_path(path)
    {
    }

    bool has(std::size_t offset, std::size_t count) const { return offset <= m_size && count <= m_size - offset; }
    void need(std::size_t offset, std::size_t count, Part what) const
    {
        if (!has(offset, count))
            throw StudioError::badInput(m_path, truncatedProblem(what));
    }
    std::uint8_t u8(std::size_t at) const { return m_data[at]; }
    std::uint32_t big16(std::size_t at) const { return std::uint32_t(m_data[at]) << 8 | m_data[at + 1]; }
    std::uint32_t big32(std::size_t at) const { return big16(at) << 16 | big16(at + 2); }
    std::uint32_t little16(std::size_t at) const { return std::uint32_t(m_data[at + 1]) << 8 | m_data[at]; }
    std::uint32_t little32(std::size_t at) const { return little16(at + 2) << 16 | little16(at); }
    bool startsWith(const char* bytes, std::size_t count) const
    {
        return has(0, count) && std::memcmp(m_data, bytes, count) == 0;
    }
    std::size_t size() const { return m_size; }
    const std::string& path() const { return m_path; }

private:
    const std::uint8_t* m_data;
    std::size_t m_size;
    const std::string& m_path;
};

// `problem` is a whole sentence: "the image is corrupt (...)".
[[noreturn]] void corrupt(const ByteReader& in, const std::string& problem)
{
    throw StudioError::badInput(in.path(), problem);
}

ImageHeader readPng(const ByteReader& in)
{
    // Signature, then IHDR: length 13, type, width, height, depth, colour type.
    in.need(8, 8 + 13, Part::PngHeader);
    if (in.big32(8) != 13 || !(in.u8(12) == 'I' && in.u8(13) == 'H' && in.u8(14) == 'D' && in.u8(15) == 'R'))
        corrupt(in, translate("ImageHeader", "the image is corrupt (the PNG does not start with its IHDR chunk)"));
    const std::uint32_t width = in.big32(16), height = in.big32(20);
    const int depth = in.u8(24), colourType = in.u8(25);
    bool validDepth = false;
    switch (colourType) {
    case 0: validDepth = depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16; break; // gray
    case 3: validDepth = depth == 1 || depth == 2 || depth == 4 || depth == 8; break;               // palette
    case 2:
    case 4:
    case 6: validDepth = depth == 8 || depth == 16; break; // RGB, gray+alpha, RGBA
    default: break;
    }
    if (!validDepth)
        corrupt(in, translate("ImageHeader", "the image is corrupt (PNG colour type %1 with %2-bit samples)")
                        .arg(colourType)
                        .arg(depth));
    if (width > 0x7FFFFFFFu || height > 0x7FFFFFFFu)
        corrupt(in, translate("ImageHeader", "the image is corrupt (its PNG header claims an impossible size)"));
    ImageHeader header;
    header.format = "PNG";
    header.width = int(std::min<std::uint32_t>(width, 0x7FFFFFFF));
    header.height = int(std::min<std::uint32_t>(height, 0x7FFFFFFF));
    return header;
}

// The orientation tag (0x0112) of the first IFD of an EXIF block, or 1.
int exifOrientation(const ByteReader& in, std::size_t start, std::size_t length)
{
    // "Exif\0\0", then a TIFF header: byte order, 42, offset of IFD0.
    if (length < 6 + 8 || !in.has(start, length))
        return 1;
    const std::size_t tiff = start + 6;
    const bool little = in.u8(tiff) == 'I' && in.u8(tiff + 1) == 'I';
    if (!little && !(in.u8(tiff) == 'M' && in.u8(tiff + 1) == 'M'))
        return 1;
    auto read16 = [&](std::size_t at) { return little ? in.little16(at) : in.big16(at); };
    auto read32 = [&](std::size_t at) { return little ? in.little32(at) : in.big32(at); };
    const std::size_t end = start + length;
    const std::size_t ifd = tiff + read32(tiff + 4);
    if (ifd < tiff || ifd + 2 > end)
        return 1;
    const std::uint32_t entries = read16(ifd);
    for (std::uint32_t i = 0; i < entries; ++i) {
        const std::size_t entry = ifd + 2 + std::size_t(i) * 12;
        if (entry + 12 > end)
            return 1;
        if (read16(entry) == 0x0112 && read16(entry + 2) == 3) { // SHORT
            const std::uint32_t value = read16(entry + 8);
            return value >= 1 && value <= 8 ? int(value) : 1;
        }
    }
    return 1;
}

ImageHeader readJpeg(const ByteReader& in)
{
    ImageHeader header;
    header.format = "JPEG";
    std::size_t at = 2; // after SOI
    for (;;) {
        in.need(at, 2, Part::JpegMarker);
        if (in.u8(at) != 0xFF)
            corrupt(in, translate("ImageHeader", "the image is corrupt (a JPEG segment does not start with a marker)"));
        while (in.has(at + 1, 1) && in.u8(at + 1) == 0xFF) // fill bytes
            ++at;
        in.need(at, 2, Part::JpegMarker);
        const int marker = in.u8(at + 1);
        at += 2;
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) // no length
            continue;
        if (marker == 0xD9 || marker == 0xDA) // end of image, or scan data before any frame header
            corrupt(in, translate("ImageHeader",
                                  "the image is corrupt (the JPEG has no frame header before its image data)"));
        in.need(at, 2, Part::JpegSegmentLength);
        const std::size_t length = in.big16(at);
        if (length < 2)
            corrupt(in, translate("ImageHeader", "the image is corrupt (a JPEG segment length below 2)"));
        in.need(at, length, Part::JpegSegment);
        if (marker == 0xE1 && length >= 8) {
            const bool isExif = in.u8(at + 2) == 'E' && in.u8(at + 3) == 'x' && in.u8(at + 4) == 'i'
                && in.u8(at + 5) == 'f' && in.u8(at + 6) == 0 && in.u8(at + 7) == 0;
            if (isExif)
                header.orientation = exifOrientation(in, at + 2, length - 2);
        }
        // Start of frame: every SOFn except DHT (C4), JPG (C8) and DAC (CC).
        const bool frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (frame) {
            if (length < 8)
                corrupt(in, translate("ImageHeader", "the image is corrupt (a JPEG frame header is too short)"));
            header.height = int(in.big16(at + 3));
            header.width = int(in.big16(at + 5));
            if (header.height == 0)
                throw StudioError::badInput(in.path(), translate("ImageHeader",
                                                                 "the JPEG gives its height only after the image "
                                                                 "data (a DNL marker), which is not supported"));
            return header;
        }
        at += length;
    }
}

ImageHeader readBmp(const ByteReader& in)
{
    in.need(14, 4, Part::BmpHeader);
    const std::uint32_t infoSize = in.little32(14);
    ImageHeader header;
    header.format = "BMP";
    if (infoSize == 12) { // OS/2 BITMAPCOREHEADER: 16-bit sizes
        in.need(18, 4, Part::BmpHeader);
        header.width = int(in.little16(18));
        header.height = int(in.little16(20));
        return header;
    }
    if (infoSize < 40 || infoSize > 1024)
        corrupt(in, translate("ImageHeader", "the image is corrupt (an unknown BMP header size of %1)").arg(infoSize));
    in.need(18, 8, Part::BmpHeader);
    const auto width = std::int32_t(in.little32(18));
    const auto height = std::int32_t(in.little32(22)); // negative: stored top-down
    if (width <= 0 || height == 0 || height == INT32_MIN)
        corrupt(in, translate("ImageHeader", "the image is corrupt (its BMP header claims %1 x %2 pixels)")
                        .arg(width)
                        .arg(height));
    header.width = width;
    header.height = height < 0 ? -height : height;
    return header;
}

} // namespace

ImageHeader readImageHeader(const std::uint8_t* data, std::size_t size, const std::string& pathForErrors)
{
    const ByteReader in(data, size, pathForErrors);
    if (size == 0)
        throw StudioError::badInput(pathForErrors, translate("ImageHeader", "the file is empty"));
    ImageHeader header;
    if (in.startsWith("\x89PNG\r\n\x1a\n", 8))
        header = readPng(in);
    else if (in.startsWith("\xFF\xD8\xFF", 3))
        header = readJpeg(in);
    else if (in.startsWith("BM", 2))
        header = readBmp(in);
    else
        throw StudioError::badInput(pathForErrors, translate("ImageHeader", "is not a PNG, JPEG or BMP image"));

    if (header.width <= 0 || header.height <= 0)
        //: %1 is the image format (PNG, JPEG or BMP), %2 x %3 the width and height it claims
        corrupt(in, translate("ImageHeader", "the image is corrupt (its %1 header claims %2 x %3 pixels)")
                        .arg(header.format)
                        .arg(header.width)
                        .arg(header.height));
    const std::int64_t pixels = std::int64_t(header.width) * header.height;
    if (header.width > kMaxImageSide || header.height > kMaxImageSide || pixels > kMaxImagePixels)
        //: %1 x %2 are the width and height the file claims, %3 its format (PNG, JPEG or BMP),
        //: %4 the largest side the studio reads
        throw StudioError::badInput(pathForErrors,
                                    translate("ImageHeader", "claims %1 x %2 pixels in its %3 header; the studio reads "
                                                             "images of up to 100 megapixels and %4 pixels a side")
                                        .arg(header.width)
                                        .arg(header.height)
                                        .arg(header.format)
                                        .arg(kMaxImageSide));
    return header;
}

} // namespace latent
