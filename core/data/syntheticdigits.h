// SPDX-License-Identifier: MIT
#pragma once

#include "data/imagedataset.h"

#include <cstdint>
#include <string>
#include <vector>

namespace latent {

// The built-in dataset: digits 0-9 drawn with OpenCV's Hershey fonts, white
// on black like MNIST, each with its own font, stroke width, rotation, shear,
// scale and shift. Image i has label i % 10 and depends only on (seed, i), so
// the same seed gives the same images at any count. With 3 channels each digit
// gets a random bright colour.
class SyntheticDigits {
public:
    static ImageDataset generate(std::size_t count, int size, int channels, std::uint64_t seed);
    // "0" to "9": the classes of the labels above.
    static std::vector<std::string> classNames();
    static Image render(std::size_t index, int size, int channels, std::uint64_t seed);
};

} // namespace latent
