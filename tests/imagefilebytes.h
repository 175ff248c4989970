// SPDX-License-Identifier: MIT
// Image files written byte by byte, so the reader tests need no image
// library: PNGs of any colour type and depth, 24-bit BMPs, baseline grayscale
// JPEGs of flat 8x8 blocks (with an optional EXIF orientation), and headers
// that claim a size with no pixels behind them.
#pragma once

#include "testsupport.h"

#include <QByteArray>
#include <QList>

#include <zlib.h>

#include <functional>

namespace latent::testsupport {

inline void putLittleEndian(QByteArray& out, quint32 v, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.append(char(v >> (8 * i)));
}

// --- PNG ------------------------------------------------------------------
// A sample per channel, per pixel: `sample(x, y, channel)` in 0..2^depth-1.
using SampleFn = std::function<int(int x, int y, int channel)>;

enum PngColour { PngGray = 0, PngRgb = 2, PngGrayAlpha = 4, PngRgba = 6 };

inline int pngChannels(PngColour colour)
{
    switch (colour) {
    case PngGray: return 1;
    case PngRgb: return 3;
    case PngGrayAlpha: return 2;
    case PngRgba: return 4;
    }
    return 1;
}

inline void pngChunk(QByteArray& out, const char* type, const QByteArray& data)
{
    putBigEndian32(out, quint32(data.size()));
    const QByteArray typed = QByteArray(type, 4) + data;
    out += typed;
    putBigEndian32(out, quint32(crc32(0, reinterpret_cast<const Bytef*>(typed.constData()), uInt(typed.size()))));
}

// A PNG of `rows` (each with its filter byte), colour type `colour` (3 =
// palette, with `palette` as PLTE), and no IDAT at all when `rows` is null.
inline QByteArray pngFile(quint32 width, quint32 height, int depth, int colour, const QByteArray& rows,
                   const QByteArray& palette = {})
{
    QByteArray ihdr;
    putBigEndian32(ihdr, width);
    putBigEndian32(ihdr, height);
    ihdr.append(char(depth)).append(char(colour)).append('\0').append('\0').append('\0');
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    pngChunk(png, "IHDR", ihdr);
    if (!palette.isEmpty())
        pngChunk(png, "PLTE", palette);
    if (!rows.isNull()) {
        QByteArray compressed(int(compressBound(uLong(rows.size()))), '\0');
        uLongf length = uLongf(compressed.size());
        compress2(reinterpret_cast<Bytef*>(compressed.data()), &length,
                  reinterpret_cast<const Bytef*>(rows.constData()), uLong(rows.size()), 6);
        compressed.resize(int(length));
        pngChunk(png, "IDAT", compressed);
    }
    pngChunk(png, "IEND", {});
    return png;
}

inline QByteArray makePng(int width, int height, PngColour colour, int depth, const SampleFn& sample)
{
    const int channels = pngChannels(colour);
    QByteArray raw("");
    for (int y = 0; y < height; ++y) {
        raw.append('\0'); // filter: none
        for (int x = 0; x < width; ++x)
            for (int c = 0; c < channels; ++c) {
                const int v = sample(x, y, c);
                if (depth == 16)
                    raw.append(char(v >> 8));
                raw.append(char(v & 0xFF));
            }
    }
    return pngFile(quint32(width), quint32(height), depth, colour, raw);
}

inline SampleFn uniform(QList<int> values)
{
    return [values](int, int, int c) { return values[c]; };
}

// --- BMP: 24-bit, bottom-up, rows padded to 4 bytes ------------------------
// A BITMAPINFOHEADER for 24-bit pixels of `pixelBytes` bytes (0: the header alone).
inline QByteArray bmpHeader(qint32 width, qint32 height, quint32 pixelBytes)
{
    QByteArray bmp("BM");
    putLittleEndian(bmp, 54 + pixelBytes, 4);
    putLittleEndian(bmp, 0, 4);
    putLittleEndian(bmp, 54, 4);
    putLittleEndian(bmp, 40, 4);
    putLittleEndian(bmp, quint32(width), 4);
    putLittleEndian(bmp, quint32(height), 4);
    putLittleEndian(bmp, 1, 2);
    putLittleEndian(bmp, 24, 2);
    putLittleEndian(bmp, 0, 4); // BI_RGB
    putLittleEndian(bmp, pixelBytes, 4);
    putLittleEndian(bmp, 2835, 4);
    putLittleEndian(bmp, 2835, 4);
    putLittleEndian(bmp, 0, 4);
    putLittleEndian(bmp, 0, 4);
    return bmp;
}

inline QByteArray makeBmp(int width, int height, const std::function<QList<int>(int x, int y)>& rgb)
{
    const int stride = (width * 3 + 3) & ~3;
    QByteArray pixels;
    for (int y = height - 1; y >= 0; --y) {
        QByteArray row;
        for (int x = 0; x < width; ++x) {
            const QList<int> c = rgb(x, y);
            row.append(char(c[2])).append(char(c[1])).append(char(c[0]));
        }
        row.append(QByteArray(stride - row.size(), '\0'));
        pixels += row;
    }
    return bmpHeader(width, height, quint32(pixels.size())) + pixels;
}

// --- JPEG: baseline grayscale whose 8x8 blocks are flat ---------------------
// With a quantisation table of ones and only DC coefficients, a flat block of
// value v has DC 8 * (v - 128) and decodes back to v.
class BitWriter {
public:
    void put(quint32 bits, int count)
    {
        for (int i = count - 1; i >= 0; --i) {
            m_byte = (m_byte << 1) | ((bits >> i) & 1);
            if (++m_used == 8)
                flushByte();
        }
    }
    QByteArray finish()
    {
        while (m_used != 0)
            put(1, 1);
        return m_out;
    }

private:
    void flushByte()
    {
        m_out.append(char(m_byte));
        if (m_byte == 0xFF)
            m_out.append('\0'); // byte stuffing
        m_byte = 0;
        m_used = 0;
    }
    QByteArray m_out;
    quint32 m_byte = 0;
    int m_used = 0;
};

inline QByteArray makeBlockyJpeg(int blocksX, int blocksY, const std::function<int(int bx, int by)>& value)
{
    // The standard luminance DC table (JPEG Annex K.3).
    const int dcCounts[16] = {0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0};
    quint32 dcCode[12];
    int dcLength[12];
    {
        quint32 code = 0;
        int symbol = 0;
        for (int length = 1; length <= 16; ++length) {
            for (int n = 0; n < dcCounts[length - 1]; ++n) {
                dcCode[symbol] = code++;
                dcLength[symbol] = length;
                ++symbol;
            }
            code <<= 1;
        }
    }
    auto marker = [](QByteArray& out, int type, const QByteArray& body) {
        out.append('\xFF').append(char(type));
        out.append(char((body.size() + 2) >> 8)).append(char((body.size() + 2) & 0xFF));
        out += body;
    };
    QByteArray jpeg("\xFF\xD8", 2);
    marker(jpeg, 0xDB, QByteArray(1, '\0') + QByteArray(64, '\x01'));
    QByteArray sof;
    sof.append('\x08');
    sof.append(char((blocksY * 8) >> 8)).append(char((blocksY * 8) & 0xFF));
    sof.append(char((blocksX * 8) >> 8)).append(char((blocksX * 8) & 0xFF));
    sof.append('\x01').append('\x01').append('\x11').append('\0');
    marker(jpeg, 0xC0, sof);
    QByteArray dht;
    dht.append('\x00'); // DC table 0
    for (int c : dcCounts)
        dht.append(char(c));
    for (int s = 0; s < 12; ++s)
        dht.append(char(s));
    dht.append('\x10'); // AC table 0: one code, "0" = end of block
    dht.append('\x01').append(QByteArray(15, '\0')).append('\0');
    marker(jpeg, 0xC4, dht);
    marker(jpeg, 0xDA, QByteArray("\x01\x01\x00\x00\x3F\x00", 6));

    BitWriter bits;
    int previous = 0;
    for (int by = 0; by < blocksY; ++by)
        for (int bx = 0; bx < blocksX; ++bx) {
            const int dc = 8 * (value(bx, by) - 128);
            const int diff = dc - previous;
            previous = dc;
            int category = 0;
            while ((1 << category) <= qAbs(diff))
                ++category;
            bits.put(dcCode[category], dcLength[category]);
            if (category > 0)
                bits.put(quint32(diff >= 0 ? diff : diff + (1 << category) - 1), category);
            bits.put(0, 1); // end of block
        }
    jpeg += bits.finish();
    jpeg.append('\xFF').append('\xD9');
    return jpeg;
}

// A PNG of one palette colour (colour type 3, 8-bit indices).
inline QByteArray makePalettePng(int width, int height, const QList<int>& rgb)
{
    QByteArray raw("");
    for (int y = 0; y < height; ++y)
        raw.append('\0').append(QByteArray(width, '\x01')); // filter none, index 1
    const QByteArray palette = QByteArray(3, '\0') + char(rgb[0]) + char(rgb[1]) + char(rgb[2]);
    return pngFile(quint32(width), quint32(height), 8, 3, raw, palette);
}

// Headers alone, claiming any size (bombs, empty images): no pixel data.
inline QByteArray pngHeaderOnly(quint32 width, quint32 height) { return pngFile(width, height, 8, 0, QByteArray()); }

inline QByteArray jpegHeaderOnly(int width, int height)
{
    QByteArray jpeg("\xFF\xD8\xFF\xC0\x00\x0B\x08", 7);
    jpeg.append(char(height >> 8)).append(char(height & 0xFF)).append(char(width >> 8)).append(char(width & 0xFF));
    jpeg.append("\x01\x01\x11\x00", 4);
    jpeg.append("\xFF\xD9", 2);
    return jpeg;
}

inline QByteArray bmpHeaderOnly(int width, int height) { return bmpHeader(width, height, 0); }

// `jpeg` with an EXIF block saying how to turn it upright (orientation 1-8).
inline QByteArray withExifOrientation(const QByteArray& jpeg, int orientation)
{
    QByteArray exif("Exif\0\0MM\0\x2A\0\0\0\x08", 14); // big-endian TIFF, IFD0 at 8
    exif.append('\0').append('\x01');                      // one entry
    exif.append("\x01\x12\x00\x03\x00\x00\x00\x01", 8);    // orientation, SHORT, 1 value
    exif.append('\0').append(char(orientation)).append('\0').append('\0');
    exif.append(QByteArray(4, '\0')); // no next IFD
    QByteArray app1("\xFF\xE1", 2);
    app1.append(char((exif.size() + 2) >> 8)).append(char((exif.size() + 2) & 0xFF));
    return jpeg.left(2) + app1 + exif + jpeg.mid(2);
}

} // namespace latent::testsupport
