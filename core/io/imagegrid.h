// SPDX-License-Identifier: MIT
#pragma once

#include "base/image.h"

#include <vector>

namespace latent {

// Lays images of one size out in rows of `columns` with `padding` pixels of
// `background` between and around them. Returns a null Image for no images.
Image makeImageGrid(const std::vector<Image>& images, int columns, int padding = 2, std::uint8_t background = 0);

// Each pixel repeated `factor` times across and down (crisp, for small samples).
Image scaleNearest(const Image& image, int factor);

} // namespace latent
