// SPDX-License-Identifier: MIT
// Test support: reads TensorBoard event files back, checking every record's
// framing and CRCs, and decoding the Event fields our writer uses. Written
// from the format's description (TFRecord framing, event.proto and
// summary.proto), independently of core/io/tensorboardlog.cpp's encoder.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

namespace latent::testsupport {

struct TensorBoardValue {
    std::string tag;
    std::optional<float> scalar;
    int imageHeight = 0, imageWidth = 0, imageColorspace = 0;
    QByteArray imagePng;
};

struct TensorBoardEvent {
    double wallTime = 0.0;
    std::int64_t step = 0;
    std::string fileVersion;
    int sessionStatus = 0; // SessionLog.status; 1 = START
    std::vector<TensorBoardValue> values;
};

struct TensorBoardFile {
    std::vector<TensorBoardEvent> events;
    QString error; // empty when every record was whole and its CRCs matched
};

namespace tensorboard_detail {

inline std::uint32_t crc32c(const char* data, std::size_t size)
{
    // Bitwise (no table): slow and obviously the Castagnoli polynomial.
    std::uint32_t crc = ~0u;
    for (std::size_t i = 0; i < size; ++i) {
        crc ^= std::uint8_t(data[i]);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0x82F63B78u & (0u - (crc & 1u)));
    }
    return ~crc;
}

inline std::uint32_t masked(std::uint32_t crc) { return ((crc >> 15) | (crc << 17)) + 0xA282EAD8u; }

template <class T>
T littleEndian(const char* p)
{
    T value = 0;
    for (std::size_t i = 0; i < sizeof(T); ++i)
        value |= T(std::uint8_t(p[i])) << (8 * i);
    return value;
}

// A protobuf message's fields, one at a time.
class Fields {
public:
    explicit Fields(const QByteArray& bytes) : m_bytes(bytes) {}
    bool next()
    {
        if (m_at >= m_bytes.size())
            return false;
        const std::uint64_t key = varint();
        field = int(key >> 3);
        switch (key & 7) {
        case 0: integer = varint(); break;
        case 1: integer = littleEndian<std::uint64_t>(take(8)); break;
        case 5: integer = littleEndian<std::uint32_t>(take(4)); break;
        case 2: {
            const std::uint64_t size = varint();
            bytes = QByteArray(take(qsizetype(size)), qsizetype(size));
            break;
        }
        default: m_at = m_bytes.size(); return false;
        }
        return !m_bad;
    }
    double asDouble() const { double d; std::memcpy(&d, &integer, 8); return d; }
    float asFloat() const { const std::uint32_t bits = std::uint32_t(integer); float f; std::memcpy(&f, &bits, 4); return f; }

    int field = 0;
    std::uint64_t integer = 0;
    QByteArray bytes;

private:
    std::uint64_t varint()
    {
        std::uint64_t value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            const std::uint8_t b = std::uint8_t(*take(1));
            value |= std::uint64_t(b & 0x7F) << shift;
            if (!(b & 0x80))
                break;
        }
        return value;
    }
    const char* take(qsizetype n)
    {
        static const char zeros[8] = {};
        if (n < 0 || m_at + n > m_bytes.size()) {
            m_bad = true;
            m_at = m_bytes.size();
            return zeros;
        }
        const char* p = m_bytes.constData() + m_at;
        m_at += n;
        return p;
    }
    const QByteArray& m_bytes;
    qsizetype m_at = 0;
    bool m_bad = false;
};

inline TensorBoardValue readValue(const QByteArray& bytes)
{
    TensorBoardValue value;
    Fields f(bytes);
    while (f.next()) {
        if (f.field == 1)
            value.tag = f.bytes.toStdString();
        else if (f.field == 2)
            value.scalar = f.asFloat();
        else if (f.field == 4) {
            Fields image(f.bytes);
            while (image.next()) {
                if (image.field == 1) value.imageHeight = int(image.integer);
                if (image.field == 2) value.imageWidth = int(image.integer);
                if (image.field == 3) value.imageColorspace = int(image.integer);
                if (image.field == 4) value.imagePng = image.bytes;
            }
        }
    }
    return value;
}

inline TensorBoardEvent readEvent(const QByteArray& bytes)
{
    TensorBoardEvent event;
    Fields f(bytes);
    while (f.next()) {
        switch (f.field) {
        case 1: event.wallTime = f.asDouble(); break;
        case 2: event.step = std::int64_t(f.integer); break;
        case 3: event.fileVersion = f.bytes.toStdString(); break;
        case 5: {
            Fields summary(f.bytes);
            while (summary.next())
                if (summary.field == 1)
                    event.values.push_back(readValue(summary.bytes));
            break;
        }
        case 6: {
            Fields log(f.bytes);
            while (log.next())
                if (log.field == 1)
                    event.sessionStatus = int(log.integer);
            break;
        }
        default: break;
        }
    }
    return event;
}

} // namespace tensorboard_detail

inline TensorBoardFile readTensorBoardFile(const QString& path)
{
    using namespace tensorboard_detail;
    TensorBoardFile file;
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        file.error = "cannot open";
        return file;
    }
    const QByteArray all = in.readAll();
    qsizetype at = 0;
    while (at < all.size()) {
        if (all.size() - at < 12) {
            file.error = QString("a cut record header at byte %1").arg(at);
            break;
        }
        const char* p = all.constData() + at;
        const std::uint64_t length = littleEndian<std::uint64_t>(p);
        if (littleEndian<std::uint32_t>(p + 8) != masked(crc32c(p, 8))) {
            file.error = QString("a bad length CRC at byte %1").arg(at);
            break;
        }
        if (std::uint64_t(all.size() - at - 12) < length + 4) {
            file.error = QString("a cut record at byte %1").arg(at);
            break;
        }
        const QByteArray data(p + 12, qsizetype(length));
        if (littleEndian<std::uint32_t>(p + 12 + length) != masked(crc32c(data.constData(), std::size_t(length)))) {
            file.error = QString("a bad data CRC at byte %1").arg(at);
            break;
        }
        file.events.push_back(readEvent(data));
        at += 12 + qsizetype(length) + 4;
    }
    return file;
}

} // namespace latent::testsupport
