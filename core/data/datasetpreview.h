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
    // The classes its labels name (empty: unlabelled), the images of each
    // (files found, for a folder), and the first image of each (at the
    // model's size; a null Image where none could be read).
    std::vector<std::string> classNames;
    std::vector<std::size_t> classCounts;
    std::vector<Image> classSamples;
    // What loading said about the labels (a labels file that does not fit).
    std::vector<std::string> warnings;

    // Throws StudioError(BadInput) naming the path, as loading would.
    static DatasetPreview inspect(const DatasetSpec& spec, int size, int channels, int sampleCount);
};

} // namespace latent
