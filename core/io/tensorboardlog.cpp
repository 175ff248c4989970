// SPDX-License-Identifier: MIT
#include "io/tensorboardlog.h"

#include "base/studioerror.h"
#include "base/usertext.h"
#include "io/atomicfile.h"

#include <QDateTime>
#include <QDir>
#include <QSysInfo>

#include <array>
#include <cstring>

namespace latent {

namespace {

// Protocol-buffer wire encoding, only what Event and Summary need.
enum WireType { Varint = 0, Fixed64 = 1, LengthDelimited = 2, Fixed32 = 5 };

void putVarint(QByteArray& out, std::uint64_t value)
{
    while (value >= 0x80) {
        out.append(char((value & 0x7F) | 0x80));
        value >>= 7;
    }
    out.append(char(value));
}

void putKey(QByteArray& out, int field, WireType type) { putVarint(out, std::uint64_t(field) << 3 | type); }

template <class T>
void putLittleEndian(QByteArray& out, T value)
{
    for (std::size_t i = 0; i < sizeof value; ++i)
        out.append(char((value >> (8 * i)) & 0xFF));
}

void putBytes(QByteArray& out, int field, const QByteArray& bytes)
{
    putKey(out, field, LengthDelimited);
    putVarint(out, std::uint64_t(bytes.size()));
    out.append(bytes);
}

void putInteger(QByteArray& out, int field, std::int64_t value)
{
    putKey(out, field, Varint);
    putVarint(out, std::uint64_t(value));
}

void putDouble(QByteArray& out, int field, double value)
{
    std::uint64_t bits;
    std::memcpy(&bits, &value, sizeof bits);
    putKey(out, field, Fixed64);
    putLittleEndian(out, bits);
}

void putFloat(QByteArray& out, int field, float value)
{
    std::uint32_t bits;
    std::memcpy(&bits, &value, sizeof bits);
    putKey(out, field, Fixed32);
    putLittleEndian(out, bits);
}

// event.proto: wall_time 1, step 2, file_version 3, summary 5, session_log 6.
QByteArray event(std::int64_t step)
{
    QByteArray out;
    putDouble(out, 1, double(QDateTime::currentMSecsSinceEpoch()) / 1000.0);
    putInteger(out, 2, step);
    return out;
}

// summary.proto: Summary.value 1; Value.tag 1, simple_value 2, image 4.
QByteArray summaryValue(const std::string& tag)
{
    QByteArray value;
    putBytes(value, 1, QByteArray::fromStdString(tag));
    return value;
}

std::array<std::uint32_t, 256> crcTable()
{
    std::array<std::uint32_t, 256> table{};
    for (std::uint32_t i = 0; i < 256; ++i) {
        std::uint32_t c = i;
        for (int k = 0; k < 8; ++k)
            c = c & 1 ? 0x82F63B78u ^ (c >> 1) : c >> 1; // Castagnoli, reflected
        table[i] = c;
    }
    return table;
}

} // namespace

std::uint32_t TensorBoardLog::crc32c(const char* data, std::size_t size)
{
    static const std::array<std::uint32_t, 256> table = crcTable();
    std::uint32_t crc = 0xFFFFFFFFu;
    for (std::size_t i = 0; i < size; ++i)
        crc = table[(crc ^ std::uint8_t(data[i])) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

std::uint32_t TensorBoardLog::maskedCrc(const char* data, std::size_t size)
{
    const std::uint32_t crc = crc32c(data, size);
    return ((crc >> 15) | (crc << 17)) + 0xA282EAD8u;
}

TensorBoardLog::TensorBoardLog(const std::string& dir, std::int64_t resumedAt)
{
    if (!QDir().mkpath(QString::fromStdString(dir)))
        throw StudioError::failure(dir, translate("TensorBoardLog", "could not create the folder"));
    // TensorBoard orders a folder's files by name: seconds, then a serial
    // for several files in one second.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString host =
        QSysInfo::machineHostName().isEmpty() ? QStringLiteral("localhost") : QSysInfo::machineHostName();
    for (int serial = 0;; ++serial) {
        m_path = QDir(QString::fromStdString(dir))
                     .filePath(QString("events.out.tfevents.%1.%2%3")
                                   .arg(now)
                                   .arg(host, serial == 0 ? QString() : "." + QString::number(serial)))
                     .toStdString();
        if (!QFile::exists(QString::fromStdString(m_path)))
            break;
    }
    m_file.setFileName(QString::fromStdString(m_path));
    // Unbuffered: a short write on a full disk shows here, not at close.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered))
        throw StudioError::failure(m_path,
                                   translate("TensorBoardLog", "could not be created: %1").arg(m_file.errorString()));

    QByteArray header = event(0);
    putBytes(header, 3, "brain.Event:2");
    writeEvent(header);
    if (resumedAt >= 0) {
        QByteArray start = event(resumedAt);
        QByteArray sessionLog;
        putInteger(sessionLog, 1, 1); // SessionLog.status = START
        putBytes(start, 6, sessionLog);
        writeEvent(start);
    }
}

void TensorBoardLog::addScalars(std::int64_t step, const std::vector<std::string>& tags,
                                const std::vector<double>& values)
{
    QByteArray summary;
    for (std::size_t i = 0; i < tags.size() && i < values.size(); ++i) {
        QByteArray value = summaryValue(tags[i]);
        putFloat(value, 2, float(values[i]));
        putBytes(summary, 1, value);
    }
    QByteArray out = event(step);
    putBytes(out, 5, summary);
    writeEvent(out);
}

void TensorBoardLog::addImage(std::int64_t step, const std::string& tag, const Image& image, const QByteArray& png)
{
    // summary.proto Image: height 1, width 2, colorspace 3 (1 gray, 3 RGB), encoded_image_string 4.
    QByteArray picture;
    putInteger(picture, 1, image.height);
    putInteger(picture, 2, image.width);
    putInteger(picture, 3, image.channels);
    putBytes(picture, 4, png);
    QByteArray value = summaryValue(tag);
    putBytes(value, 4, picture);
    QByteArray summary;
    putBytes(summary, 1, value);
    QByteArray out = event(step);
    putBytes(out, 5, summary);
    writeEvent(out);
}

void TensorBoardLog::writeEvent(const QByteArray& event)
{
    QByteArray record;
    QByteArray length;
    putLittleEndian(length, std::uint64_t(event.size()));
    record.append(length);
    putLittleEndian(record, maskedCrc(length.constData(), std::size_t(length.size())));
    record.append(event);
    putLittleEndian(record, maskedCrc(event.constData(), std::size_t(event.size())));
    const qint64 written = m_file.write(record);
    if (written != record.size()) {
        const std::string reason = writeErrorText(m_file);
        // Cut a partial record off again, so the file stays readable to its end.
        if (written > 0)
            m_file.resize(m_file.size() - written);
        throw StudioError::failure(m_path, translate("TensorBoardLog", "could not be written: %1").arg(reason));
    }
}

} // namespace latent
