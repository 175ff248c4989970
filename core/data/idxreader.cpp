// SPDX-License-Identifier: MIT
#include "data/idxreader.h"

#include "base/studioerror.h"
#include "base/usertext.h"
#include "data/classnames.h"
#include "data/imageconform.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <opencv2/core.hpp>
#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace latent {
namespace {

// Sanity limits: MNIST is 60000 x 28 x 28; anything past these is a broken header.
constexpr std::uint32_t kMaxSide = 4096;
constexpr std::uint64_t kMaxBytes = 8ull << 30;
// Inflated data grows by this much at a time: memory follows what the stream
// really holds, so a header that lies about its size costs nothing before it is caught.
constexpr std::size_t kChunk = 16u << 20;
// zlib counts bytes in 32 bits; larger inputs are fed in pieces.
constexpr std::size_t kZlibPiece = 1u << 30;

// The decoded bytes of an IDX file held in memory. Plain data is handed out
// in place; gzip data (any number of members, as gzip and gzread allow) is
// inflated as it is asked for.
class IdxStream {
public:
    IdxStream(const std::uint8_t* data, std::size_t size, const std::string& name)
        : m_data(data), m_size(size), m_name(name), m_gzip(size >= 2 && data[0] == 0x1f && data[1] == 0x8b)
    {
        if (!m_gzip)
            return;
        m_zs.next_in = const_cast<Bytef*>(data);
        m_zs.avail_in = 0;
        if (inflateInit2(&m_zs, 16 + MAX_WBITS) != Z_OK) // 16: a gzip wrapper, not zlib's
            throw StudioError::failure(name, translate("IdxReader", "cannot start decompressing the file"));
    }
    ~IdxStream()
    {
        if (m_gzip)
            inflateEnd(&m_zs);
    }
    IdxStream(const IdxStream&) = delete;
    IdxStream& operator=(const IdxStream&) = delete;

    // Returns the next `n` bytes, or all that are left when fewer; `got` says
    // how many. The pointer stays valid until the next call.
    const std::uint8_t* next(std::size_t n, std::size_t& got)
    {
        if (!m_gzip) {
            got = std::min(n, m_size - m_pos);
            const std::uint8_t* at = m_data + m_pos;
            m_pos += got;
            return at;
        }
        got = 0;
        m_out.clear();
        while (got < n && !m_ended) {
            m_out.resize(std::min(n, got + kChunk));
            got += inflateInto(m_out.data() + got, m_out.size() - got);
        }
        return m_out.data();
    }

private:
    // Inflates up to `n` bytes into `out`; returns how many came (fewer only at the end).
    std::size_t inflateInto(std::uint8_t* out, std::size_t n)
    {
        m_zs.next_out = out;
        m_zs.avail_out = uInt(std::min(n, kZlibPiece));
        const uInt wanted = m_zs.avail_out;
        while (m_zs.avail_out > 0 && !m_ended) {
            const std::size_t consumed = std::size_t(m_zs.next_in - m_data);
            if (m_zs.avail_in == 0)
                m_zs.avail_in = uInt(std::min(m_size - consumed, kZlibPiece));
            const int rc = inflate(&m_zs, Z_NO_FLUSH);
            if (rc == Z_STREAM_END) {
                // Another member may follow; anything else after the end is ignored, as gzread does.
                const std::size_t at = std::size_t(m_zs.next_in - m_data);
                if (m_size - at >= 2 && m_data[at] == 0x1f && m_data[at + 1] == 0x8b) {
                    if (inflateReset(&m_zs) != Z_OK)
                        throw StudioError::failure(m_name,
                                                   translate("IdxReader", "cannot go on decompressing the file"));
                } else {
                    m_ended = true;
                }
            } else if (rc != Z_OK) {
                // With room for output, Z_BUF_ERROR means the input ended inside a member.
                throw StudioError::badInput(m_name,
                                            translate("IdxReader", "the compressed data is corrupt or cut short"));
            }
        }
        return wanted - m_zs.avail_out;
    }

    const std::uint8_t* m_data;
    std::size_t m_size;
    std::string m_name;
    bool m_gzip;
    std::size_t m_pos = 0; // plain data: bytes handed out
    z_stream m_zs{};
    bool m_ended = false;
    std::vector<std::uint8_t> m_out;
};

std::uint32_t bigEndian(const std::uint8_t* p)
{
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | p[3];
}

// Reads an IDX header with `dims` dimensions and returns them; checks the magic.
std::vector<std::uint32_t> readHeader(IdxStream& stream, const std::string& name, int dims)
{
    std::size_t got = 0;
    const std::uint8_t* magic = stream.next(4, got);
    if (got != 4)
        throw StudioError::badInput(name, translate("IdxReader", "the file is too short to be an IDX file"));
    if (magic[0] != 0 || magic[1] != 0 || magic[2] != 0x08 || magic[3] != dims) {
        char found[16], expected[16];
        std::snprintf(found, sizeof found, "0x%08X", bigEndian(magic));
        std::snprintf(expected, sizeof expected, "0x%08X", 0x800u + std::uint32_t(dims));
        //: %1 and %2 are hexadecimal magic numbers, %3 a count
        throw StudioError::badInput(name, translate("IdxReader", "wrong magic number %1 (expected %2: unsigned bytes, "
                                                                 "%3 dimensions)")
                                              .arg(found)
                                              .arg(expected)
                                              .arg(dims));
    }
    const std::uint8_t* raw = stream.next(4 * std::size_t(dims), got);
    if (got != 4 * std::size_t(dims))
        throw StudioError::badInput(name, translate("IdxReader", "the header is truncated"));
    std::vector<std::uint32_t> sizes(std::size_t(dims), 0);
    for (int d = 0; d < dims; ++d)
        sizes[std::size_t(d)] = bigEndian(raw + 4 * d);
    return sizes;
}

// A file's bytes, mapped rather than read: a large file that is no IDX file
// is refused after its first page, as the magic number is checked.
class FileBytes {
public:
    explicit FileBytes(const std::string& path) : m_file(QString::fromStdString(path))
    {
        if (!m_file.open(QIODevice::ReadOnly))
            throw StudioError::badInput(
                path, translate("IdxReader", "cannot open the file for reading: %1").arg(m_file.errorString()));
        m_data = m_file.size() > 0 ? m_file.map(0, m_file.size()) : nullptr;
        if (m_data) {
            m_size = std::size_t(m_file.size());
        } else { // empty, or a file that cannot be mapped (a pipe)
            m_copy = m_file.readAll();
            m_data = reinterpret_cast<uchar*>(m_copy.data());
            m_size = std::size_t(m_copy.size());
        }
    }
    FileBytes(const FileBytes&) = delete;
    FileBytes& operator=(const FileBytes&) = delete;

    const std::uint8_t* data() const { return m_data; }
    std::size_t size() const { return m_size; }

private:
    QFile m_file;
    QByteArray m_copy;
    const uchar* m_data = nullptr;
    std::size_t m_size = 0;
};

// The labels of `path` for `expected` images; empty, with a warning naming
// the file, when it cannot be read or does not match the images.
std::vector<int> readLabels(const std::string& path, std::size_t expected, const WarningSink& warn)
{
    try {
        const FileBytes bytes(path);
        IdxStream stream(bytes.data(), bytes.size(), path);
        const auto sizes = readHeader(stream, path, 1);
        if (sizes[0] != expected)
            //: %1 and %2 are numbers of labels and images
            throw StudioError::badInput(path, translate("IdxReader", "holds %1 labels for %2 images")
                                                  .arg(sizes[0])
                                                  .arg(expected));
        std::size_t got = 0;
        const std::uint8_t* raw = stream.next(expected, got);
        if (got != expected)
            //: %1 and %2 are numbers of labels
            throw StudioError::badInput(path, translate("IdxReader", "the file is truncated: its header promises %1 "
                                                                     "labels but it holds only %2")
                                                  .arg(expected)
                                                  .arg(got));
        return std::vector<int>(raw, raw + expected);
    } catch (const StudioError& e) {
        // Labels are optional: a broken labels file only loses them.
        if (warn)
            //: %1 says what is wrong with the labels file (it names the file)
            warn(translate("IdxReader", "%1; the images train without labels").arg(e.what()));
        return {};
    }
}

// The images of an IDX images file, with `labels` (empty: none).
ImageDataset readImages(IdxStream& stream, const std::string& name, int size, int channels,
                        const std::function<std::vector<int>(std::size_t)>& labelsFor)
{
    const auto dims = readHeader(stream, name, 3);
    const std::uint32_t count = dims[0], rows = dims[1], cols = dims[2];
    if (count == 0 || rows == 0 || cols == 0)
        throw StudioError::badInput(name, translate("IdxReader", "the header gives a zero dimension (%1 x %2 x %3)")
                                              .arg(count)
                                              .arg(rows)
                                              .arg(cols));
    const std::uint64_t imageBytes = std::uint64_t(rows) * cols;
    if (rows > kMaxSide || cols > kMaxSide || imageBytes * count > kMaxBytes)
        throw StudioError::badInput(name, translate("IdxReader", "the header gives impossible dimensions "
                                                                 "(%1 x %2 x %3)")
                                              .arg(count)
                                              .arg(rows)
                                              .arg(cols));

    const std::size_t expected = std::size_t(imageBytes * count);
    std::size_t got = 0;
    const std::uint8_t* raw = stream.next(expected, got);
    if (got != expected)
        //: %1 images of %2 rows by %3 columns, %4 and %5 numbers of bytes
        throw StudioError::badInput(name, translate("IdxReader", "the file is truncated: its header promises %1 images "
                                                                 "of %2x%3 (%4 bytes) but it holds only %5")
                                              .arg(count)
                                              .arg(rows)
                                              .arg(cols)
                                              .arg(expected)
                                              .arg(got));

    const std::vector<int> labels = labelsFor(count);
    ImageDataset dataset(size, channels);
    dataset.reserve(count);
    for (std::uint32_t i = 0; i < count; ++i) {
        const cv::Mat plane(int(rows), int(cols), CV_8UC1, const_cast<std::uint8_t*>(raw + i * imageBytes));
        dataset.append(conformImage(plane, size, channels), labels.empty() ? -1 : labels[i]);
    }
    return dataset;
}

} // namespace

std::string IdxReader::findImagesFile(const std::string& path)
{
    const QFileInfo info(QString::fromStdString(path));
    if (info.isFile())
        return path;
    if (!info.isDir())
        return {};
    const QDir dir(info.filePath());
    const QStringList candidates =
        dir.entryList({"*images-idx3-ubyte*", "*images.idx3-ubyte*"}, QDir::Files, QDir::Name);
    for (const QString& name : candidates)
        if (name.startsWith("train"))
            return dir.filePath(name).toStdString();
    return candidates.isEmpty() ? std::string() : dir.filePath(candidates.first()).toStdString();
}

ImageDataset IdxReader::read(const std::string& path, int size, int channels, const WarningSink& warn)
{
    const std::string imagesPath = findImagesFile(path);
    if (imagesPath.empty())
        throw StudioError::badInput(
            path, translate("IdxReader", "no IDX images file (such as train-images-idx3-ubyte) was found"));

    std::string labelsPath = imagesPath;
    for (const char* tag : {"images-idx3", "images.idx3"}) {
        const auto at = labelsPath.find(tag);
        if (at != std::string::npos)
            labelsPath.replace(at, 11, tag[6] == '-' ? "labels-idx1" : "labels.idx1");
    }
    const FileBytes bytes(imagesPath);
    IdxStream stream(bytes.data(), bytes.size(), imagesPath);
    // The labels may be compressed when the images are not, or the other way round.
    if (!QFileInfo::exists(QString::fromStdString(labelsPath))) {
        const std::string other = labelsPath.size() > 3 && labelsPath.compare(labelsPath.size() - 3, 3, ".gz") == 0
                                      ? labelsPath.substr(0, labelsPath.size() - 3)
                                      : labelsPath + ".gz";
        if (QFileInfo::exists(QString::fromStdString(other)))
            labelsPath = other;
    }
    const bool hasLabels = labelsPath != imagesPath && QFileInfo::exists(QString::fromStdString(labelsPath));
    ImageDataset dataset = readImages(stream, imagesPath, size, channels, [&](std::size_t count) {
        return hasLabels ? readLabels(labelsPath, count, warn) : std::vector<int>();
    });
    if (hasLabels && !dataset.labels().empty() && dataset.labels().front() >= 0) {
        const int count = *std::max_element(dataset.labels().begin(), dataset.labels().end()) + 1;
        // Names from classes.txt beside the files; Fashion-MNIST's own when the
        // path says so (its files are named as MNIST's are); else numbers.
        const QFileInfo images(QString::fromStdString(imagesPath));
        std::vector<std::string> names =
            classnames::readFile(images.dir().filePath("classes.txt").toStdString(), count, warn);
        if (names.empty() && count == 10 && images.absoluteFilePath().contains("fashion", Qt::CaseInsensitive))
            names = classnames::fashionMnist();
        if (names.empty())
            names = classnames::numbered(count);
        classnames::apply(dataset, std::move(names), labelsPath, warn);
    }
    return dataset;
}

ImageDataset IdxReader::readBytes(const std::uint8_t* data, std::size_t length, const std::string& name, int size,
                                  int channels)
{
    IdxStream stream(data, length, name);
    return readImages(stream, name, size, channels, [](std::size_t) { return std::vector<int>(); });
}

} // namespace latent
