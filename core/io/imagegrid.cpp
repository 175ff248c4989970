// SPDX-License-Identifier: MIT
#include "io/imagegrid.h"

#include <algorithm>
#include <cstring>

namespace latent {

Image makeImageGrid(const std::vector<Image>& images, int columns, int padding, std::uint8_t background)
{
    if (images.empty() || columns < 1)
        return {};
    const Image& first = images.front();
    const int n = int(images.size());
    columns = std::min(columns, n);
    const int rows = (n + columns - 1) / columns;
    Image grid(columns * (first.width + padding) + padding, rows * (first.height + padding) + padding, first.channels);
    std::fill(grid.pixels.begin(), grid.pixels.end(), background);
    const std::size_t rowBytes = std::size_t(first.width) * first.channels;
    for (int i = 0; i < n; ++i) {
        const int x0 = padding + (i % columns) * (first.width + padding);
        const int y0 = padding + (i / columns) * (first.height + padding);
        for (int y = 0; y < first.height; ++y)
            std::memcpy(grid.row(y0 + y) + std::size_t(x0) * first.channels, images[i].row(y), rowBytes);
    }
    return grid;
}

Image scaleNearest(const Image& image, int factor)
{
    if (factor <= 1 || image.isNull())
        return image;
    Image out(image.width * factor, image.height * factor, image.channels);
    const int c = image.channels;
    for (int y = 0; y < out.height; ++y) {
        const std::uint8_t* in = image.row(y / factor);
        std::uint8_t* row = out.row(y);
        for (int x = 0; x < out.width; ++x)
            std::memcpy(row + std::size_t(x) * c, in + std::size_t(x / factor) * c, std::size_t(c));
    }
    return out;
}

} // namespace latent
