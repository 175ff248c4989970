// SPDX-License-Identifier: MIT
#pragma once

#include "base/image.h"
#include "data/datasetspec.h"

#include <string>
#include <vector>

namespace latent {

// What a dataset holds, found without decoding all of it: for the studio's
// dataset panel. Slow for big IDX or CIFAR files (it reads them): call it off
// the GUI thread.
struct DatasetPreview {
    DatasetSpec::Source source = DatasetSpec::Source::SyntheticDigits; // resolved, never Auto
    std::size_t count = 0;       // images (files found, for a folder)
    int width = 0, height = 0;   // of the first image as stored
    std::vector<Image> samples;  // the first few, at the model's size

    // Throws StudioError(BadInput) naming the path, as loading would.
    static DatasetPreview inspect(const DatasetSpec& spec, int size, int channels, int sampleCount);
};

} // namespace latent
