// SPDX-License-Identifier: MIT
#pragma once

#include "base/image.h"

#include <string>
#include <vector>

namespace latent {

// Animated GIFs with giflib: each frame gets its own 256-colour palette
// (giflib's median-cut quantiser), played in a loop at `fps`.
class GifWriter {
public:
    // Writes atomically; throws StudioError(Failure) naming `path`.
    static void write(const std::string& path, const std::vector<Image>& frames, double fps);
    // How many frames a GIF holds (and its size); throws StudioError(BadInput).
    static int countFrames(const std::string& path, int* width = nullptr, int* height = nullptr);
};

} // namespace latent
