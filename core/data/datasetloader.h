// SPDX-License-Identifier: MIT
#pragma once

#include "data/datasetspec.h"
#include "data/imagedataset.h"
#include "data/imagefolderreader.h"

#include <cstdint>

namespace latent {

// Turns a DatasetSpec into the decoded uint8 cache at the model's image size
// and channel count. Throws StudioError(BadInput) naming the path when it is
// missing, of an unrecognised kind, or unreadable; skipped files go to `warn`.
class DatasetLoader {
public:
    static ImageDataset load(const DatasetSpec& spec, int size, int channels, std::uint64_t seed,
                             const WarningSink& warn = {});
    // Decides what an Auto path holds; throws StudioError(BadInput) if missing.
    static DatasetSpec::Source detect(const std::string& path);
};

} // namespace latent
