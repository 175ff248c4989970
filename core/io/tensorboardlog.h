// SPDX-License-Identifier: MIT
#pragma once

#include "base/image.h"

#include <QByteArray>
#include <QFile>

#include <cstdint>
#include <string>
#include <vector>

namespace latent {

// A TensorBoard event file (events.out.tfevents.*) that TensorBoard and
// other readers of its format open: scalars and images per step. Written by
// hand, no TensorFlow or protobuf library: each record is
//   u64 length, u32 masked CRC-32C of the length, the bytes, u32 masked CRC-32C of the bytes
// (little-endian), and each record holds one `Event` message (tensorflow/core/
// util/event.proto) with a `Summary` of simple values or PNG images.
// Every record is flushed as written, so a crash loses nothing logged.
class TensorBoardLog {
public:
    // Creates a new event file in `dir` (made if missing), named as
    // TensorBoard expects, and writes its header event. With `resumedAt` >= 0,
    // also a "session start" at that step, so that TensorBoard drops what an
    // earlier file logged past the checkpoint this run resumes from.
    // Throws StudioError(Failure) naming the file.
    TensorBoardLog(const std::string& dir, std::int64_t resumedAt = -1);

    const std::string& path() const { return m_path; }

    // One event holding a simple value per tag. Throws StudioError(Failure).
    void addScalars(std::int64_t step, const std::vector<std::string>& tags, const std::vector<double>& values);
    // One event holding an 8-bit image; `png` is its PNG encoding (the caller
    // has usually written it to a file already). Throws StudioError(Failure).
    void addImage(std::int64_t step, const std::string& tag, const Image& image, const QByteArray& png);

    // The CRC-32C (Castagnoli) of `size` bytes, and TFRecord's masking of it.
    static std::uint32_t crc32c(const char* data, std::size_t size);
    static std::uint32_t maskedCrc(const char* data, std::size_t size);

private:
    void writeEvent(const QByteArray& event);

    std::string m_path;
    QFile m_file;
};

} // namespace latent
