// SPDX-License-Identifier: MIT
#pragma once

#include "base/image.h"
#include "latent/latentpath.h"

#include <functional>
#include <vector>

namespace latent {

class InferenceEngine;

// The frames of an animation along one latent path, or of a grid video of
// several paths walked in step (one cell per path), each enlarged `scale`
// times. Shared by `latent-cli interpolate` and the window's export.
class PathAnimation {
public:
    // Frames done so far and in all; returning false cancels.
    using Progress = std::function<bool(int done, int total)>;

    // About 256 pixels per cell for images of `imageSize`.
    static int defaultScale(int imageSize);
    // Throws StudioError(BadInput) when `paths` is empty or the paths have
    // different frame counts; returns no frames when cancelled.
    static std::vector<Image> render(InferenceEngine& engine, const std::vector<LatentPath>& paths, int columns,
                                     int scale, const Progress& progress = {});
};

} // namespace latent
