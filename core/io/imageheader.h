// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace latent {

// What the first bytes of an encoded image say about it, read without
// decoding, so a file can be refused before a decoder allocates anything.
struct ImageHeader {
    std::string format; // "PNG", "JPEG" or "BMP"
    int width = 0;
    int height = 0;
    // EXIF orientation of a JPEG (1-8; 1 = as stored). How to turn the
    // decoded pixels upright.
    int orientation = 1;
};

// The largest image the studio decodes: 100 megapixels (300 MB as RGB), at
// most 30000 pixels a side. OpenCV's own limit (2^30 pixels) is far higher.
constexpr std::int64_t kMaxImagePixels = 100'000'000;
constexpr int kMaxImageSide = 30000;

// Reads and checks the header of a PNG, JPEG or BMP. Throws
// StudioError(BadInput) naming `pathForErrors` for an empty, truncated,
// corrupt or unsupported header, and for one claiming more than the limits
// above (a decompression bomb).
ImageHeader readImageHeader(const std::uint8_t* data, std::size_t size, const std::string& pathForErrors);

} // namespace latent
