// SPDX-License-Identifier: MIT
#pragma once

#include "base/image.h"

#include <string>
#include <vector>

namespace latent {

// Frames of one size out to a video, a GIF or a folder of PNGs, by the
// path: "*.mp4" (MPEG-4 through OpenCV), "*.gif", anything else a folder
// (frame-00000.png, ...). Files are written whole or not at all.
class AnimationFile {
public:
    enum class Kind { Mp4, Gif, Folder };
    static Kind kindOf(const std::string& path);

    // Throws StudioError(Failure) naming `path`.
    static void write(const std::string& path, const std::vector<Image>& frames, double fps);

    struct Info {
        int frames = 0;
        int width = 0;
        int height = 0;
    };
    // Reads an export back (frame count and size), as another program would.
    // Throws StudioError(BadInput) naming `path` when it cannot.
    static Info inspect(const std::string& path);
};

} // namespace latent
