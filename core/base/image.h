// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <vector>

namespace latent {

// An 8-bit image, rows top to bottom, channels interleaved (1 = gray, 3 = RGB).
// The plain pixel type that crosses from the core to the UI and the CLI.
struct Image {
    int width = 0;
    int height = 0;
    int channels = 0;
    std::vector<std::uint8_t> pixels;

    Image() = default;
    Image(int w, int h, int c) : width(w), height(h), channels(c), pixels(std::size_t(w) * h * c, 0) {}

    bool isNull() const { return pixels.empty(); }
    std::uint8_t* row(int y) { return pixels.data() + std::size_t(y) * width * channels; }
    const std::uint8_t* row(int y) const { return pixels.data() + std::size_t(y) * width * channels; }
};

} // namespace latent
