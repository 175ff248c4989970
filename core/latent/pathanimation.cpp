// SPDX-License-Identifier: MIT
#include "latent/pathanimation.h"

#include "base/studioerror.h"
#include "base/usertext.h"
#include "io/imagegrid.h"
#include "latent/inferenceengine.h"

#include <algorithm>

namespace latent {

int PathAnimation::defaultScale(int imageSize) { return std::max(1, (256 + imageSize - 1) / std::max(imageSize, 1)); }

std::vector<Image> PathAnimation::render(InferenceEngine& engine, const std::vector<LatentPath>& paths, int columns,
                                         int scale, const Progress& progress)
{
    if (paths.empty())
        throw StudioError::badInput({}, translate("PathAnimation", "an animation needs at least one path"));
    const int total = paths.front().frameCount();
    for (const LatentPath& path : paths)
        if (path.frameCount() != total)
            throw StudioError::badInput({}, translate("PathAnimation", "the paths of a grid video must have the same "
                                                                       "number of frames"));
    std::vector<Image> frames;
    frames.reserve(std::size_t(total));
    // Several frames of every path per decode: batches keep the generator busy.
    const int framesPerBatch = std::max(1, 64 / int(paths.size()));
    for (int start = 0; start < total; start += framesPerBatch) {
        const int end = std::min(total, start + framesPerBatch);
        std::vector<std::vector<float>> latents, classes;
        for (int f = start; f < end; ++f)
            for (const LatentPath& path : paths) {
                latents.push_back(path.frame(f));
                if (path.hasClasses())
                    classes.push_back(path.frameClasses(f));
            }
        // Paths with classes and without cannot share a batch's classes.
        if (!classes.empty() && classes.size() != latents.size())
            throw StudioError::badInput({}, translate("PathAnimation", "the paths of a grid video must all have "
                                                                       "classes, or none"));
        const std::vector<Image> images = engine.decode(latents, classes);
        for (int f = 0; f < end - start; ++f) {
            std::vector<Image> cells;
            for (std::size_t p = 0; p < paths.size(); ++p)
                cells.push_back(scaleNearest(images[std::size_t(f) * paths.size() + p], scale));
            frames.push_back(cells.size() == 1 ? std::move(cells.front()) : makeImageGrid(cells, columns));
        }
        if (progress && !progress(int(frames.size()), total))
            return {};
    }
    return frames;
}

} // namespace latent
