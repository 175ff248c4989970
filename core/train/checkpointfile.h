// SPDX-License-Identifier: MIT
#pragma once

#include "models/modelspec.h"

#include <QByteArray>
#include <QJsonObject>

#include <string>

namespace latent {

// The checkpoint container: a small self-describing header in front of the
// LibTorch archive, so a file can be checked (magic, format version, lengths,
// CRC-32, model spec) before any of it reaches LibTorch's unpickler:
//   "LSCKPT\r\n"  u32 format  u32 headerLength  header JSON
//   u64 payloadLength  u32 payloadCrc32  payload (the LibTorch archive)
// All integers little-endian. The header JSON holds at least "step",
// "elapsed_s" and "model" (a ModelSpec).
class CheckpointFile {
public:
    static constexpr int kFormatVersion = 1;

    struct Contents {
        QJsonObject header;
        ModelSpec spec;
        std::int64_t step = 0;
        double elapsedSeconds = 0.0;
        QByteArray payload;
    };

    // Writes atomically (QSaveFile); throws StudioError(Failure) naming `path`.
    static void write(const std::string& path, const QJsonObject& header, const QByteArray& payload);
    // Reads and verifies everything; throws StudioError(BadInput) naming `path`
    // for a foreign, truncated, corrupt or newer-format file. With
    // `headerOnly`, the payload is neither read nor checked.
    static Contents read(const std::string& path, bool headerOnly = false);
    // Throws StudioError(BadInput) naming `path` when `expected` does not
    // accept `found` (ModelSpec::accepts),
    // saying which fields differ.
    static void requireSameModel(const std::string& path, const ModelSpec& expected, const ModelSpec& found);
};

} // namespace latent
