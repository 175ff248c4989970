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

} // namespace latent
