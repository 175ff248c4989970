// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

namespace latent {

// The spatial sizes a DCGAN-style network passes through. Going down, each
// strided convolution (kernel 4, stride 2, padding 1) halves the size, rounding
// down, until it is 4 or less; going up, each transposed convolution doubles it
// (kernel 4) or doubles it less one (kernel 3, for odd sizes such as 7 -> 14
// -> 28). 64: 4 8 16 32 64; 28: 4 7 14 28; 32: 4 8 16 32.
struct SizeLadder {
    explicit SizeLadder(int imageSize);

    std::vector<int> up;   // generator sizes, smallest (the base) first, imageSize last
    std::vector<int> down; // discriminator sizes, imageSize first, the last one >= 1
    int stages() const { return int(up.size()) - 1; }
    int base() const { return up.front(); }
    // Feature maps at stage s (0 = nearest the image): width * 2^s.
    static int featureMaps(int width, int stage) { return width << stage; }
};

} // namespace latent
