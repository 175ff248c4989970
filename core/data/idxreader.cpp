// SPDX-License-Identifier: MIT
#include "data/idxreader.h"

#include "base/studioerror.h"
#include "data/imageconform.h"

#include <QDir>
#include <QFileInfo>

#include <opencv2/core.hpp>
#include <zlib.h>

#include <memory>

namespace latent {
namespace {

// Sanity limits: MNIST is 60000 x 28 x 28; anything past these is a broken header.
constexpr std::uint32_t kMaxSide = 4096;
constexpr std::uint64_t kMaxBytes = 8ull << 30;

// gzread reads plain files unchanged, so one path serves .gz and raw IDX.
class GzFile {
public:
    explicit GzFile(const std::string& path) : m_path(path), m_file(gzopen(path.c_str(), "rb"))
    {
        if (!m_file)
            throw StudioError::badInput(path, "cannot open the file for reading");
    }
    ~GzFile() { gzclose(m_file); }
    GzFile(const GzFile&) = delete;
    GzFile& operator=(const GzFile&) = delete;

    // Reads up to n bytes; returns how many arrived.
    std::size_t read(std::uint8_t* out, std::size_t n)
    {
        std::size_t total = 0;
        while (total < n) {
            const unsigned chunk = unsigned(std::min<std::size_t>(n - total, 1u << 30));
            const int got = gzread(m_file, out + total, chunk);
            if (got < 0)
                throw StudioError::badInput(m_path, "the compressed data is corrupt");
            if (got == 0)
                break;
            total += std::size_t(got);
        }
        return total;
    }

private:
    std::string m_path;
    gzFile m_file;
};

std::uint32_t bigEndian(const std::uint8_t* p)
{
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | p[3];
}

// Reads an IDX header with `dims` dimensions and returns them; checks the magic.
std::vector<std::uint32_t> readHeader(GzFile& file, const std::string& path, int dims)
{
    std::uint8_t magic[4];
    if (file.read(magic, 4) != 4)
        throw StudioError::badInput(path, "the file is too short to be an IDX file");
    if (magic[0] != 0 || magic[1] != 0 || magic[2] != 0x08 || magic[3] != dims) {
        char hex[16];
        std::snprintf(hex, sizeof hex, "0x%08X", bigEndian(magic));
        throw StudioError::badInput(path, std::string("wrong magic number ") + hex + " (expected 0x0000080"
                                              + char('0' + dims) + ": unsigned bytes, " + std::to_string(dims)
                                              + " dimensions)");
    }
    std::vector<std::uint32_t> sizes(dims);
    for (int d = 0; d < dims; ++d) {
        std::uint8_t raw[4];
        if (file.read(raw, 4) != 4)
            throw StudioError::badInput(path, "the header is truncated");
        sizes[d] = bigEndian(raw);
    }
    return sizes;
}

std::vector<int> readLabels(const std::string& path, std::size_t expected)
{
    try {
        GzFile file(path);
        const auto sizes = readHeader(file, path, 1);
        if (sizes[0] != expected)
            return {};
        std::vector<std::uint8_t> raw(expected);
        if (file.read(raw.data(), expected) != expected)
            return {};
        return std::vector<int>(raw.begin(), raw.end());
    } catch (const StudioError&) {
        return {}; // labels are optional; a broken labels file only loses them
    }
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
    const QStringList candidates = dir.entryList({"*images-idx3-ubyte*", "*images.idx3-ubyte*"}, QDir::Files, QDir::Name);
    for (const QString& name : candidates)
        if (name.startsWith("train"))
            return dir.filePath(name).toStdString();
    return candidates.isEmpty() ? std::string() : dir.filePath(candidates.first()).toStdString();
}

ImageDataset IdxReader::read(const std::string& path, int size, int channels)
{
    const std::string imagesPath = findImagesFile(path);
    if (imagesPath.empty())
        throw StudioError::badInput(path, "no IDX images file (such as train-images-idx3-ubyte) was found");

    GzFile file(imagesPath);
    const auto dims = readHeader(file, imagesPath, 3);
    const std::uint32_t count = dims[0], rows = dims[1], cols = dims[2];
    if (count == 0 || rows == 0 || cols == 0)
        throw StudioError::badInput(imagesPath, "the header gives a zero dimension (" + std::to_string(count) + " x "
                                                    + std::to_string(rows) + " x " + std::to_string(cols) + ")");
    const std::uint64_t imageBytes = std::uint64_t(rows) * cols;
    if (rows > kMaxSide || cols > kMaxSide || imageBytes * count > kMaxBytes)
        throw StudioError::badInput(imagesPath, "the header gives impossible dimensions (" + std::to_string(count)
                                                    + " x " + std::to_string(rows) + " x " + std::to_string(cols) + ")");

    // Read in chunks: memory grows with the data really there, so a header
    // that lies about its size costs nothing before it is caught.
    const std::size_t expected = std::size_t(imageBytes * count);
    constexpr std::size_t kChunk = 16u << 20;
    std::vector<std::uint8_t> raw;
    std::size_t got = 0;
    while (got < expected) {
        raw.resize(std::min(expected, got + kChunk));
        const std::size_t n = file.read(raw.data() + got, raw.size() - got);
        got += n;
        if (n == 0)
            break;
    }
    if (got != expected)
        throw StudioError::badInput(imagesPath, "the file is truncated: its header promises " + std::to_string(count)
                                                    + " images of " + std::to_string(rows) + "x" + std::to_string(cols)
                                                    + " (" + std::to_string(expected) + " bytes) but it holds only "
                                                    + std::to_string(got));

    std::string labelsPath = imagesPath;
    for (const char* tag : {"images-idx3", "images.idx3"}) {
        const auto at = labelsPath.find(tag);
        if (at != std::string::npos)
            labelsPath.replace(at, 11, tag[6] == '-' ? "labels-idx1" : "labels.idx1");
    }
    const std::vector<int> labels = labelsPath != imagesPath ? readLabels(labelsPath, count) : std::vector<int>();

    ImageDataset dataset(size, channels);
    dataset.reserve(count);
    for (std::uint32_t i = 0; i < count; ++i) {
        const cv::Mat plane(int(rows), int(cols), CV_8UC1, raw.data() + i * imageBytes);
        dataset.append(conformImage(plane, size, channels), labels.empty() ? -1 : labels[i]);
    }
    return dataset;
}

} // namespace latent
