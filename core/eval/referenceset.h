// SPDX-License-Identifier: MIT
#pragma once

#include "data/datasetspec.h"
#include "data/imagedataset.h"

#include <cstdint>
#include <string>

namespace latent {

// The real images a project's quality scores compare with. Set aside from
// the data once, the same ones for every project on the same data (whatever
// its seed, so their scores compare), and never trained on:
// - a file dataset holds out DatasetSpec::heldOut images (automatic: a
//   tenth, at most 2000, none below 1000 images);
// - the built-in digits render a fresh slice (images the training set never
//   draws, since image i depends only on the seed and i);
// - with none held out, a sample of the training images stands in, and the
//   description says so.
struct ReferenceSet {
    enum class Kind { HeldOut, FreshRender, TrainingImages };
    Kind kind = Kind::HeldOut;
    ImageDataset images;

    // For people: "2000 held-out images", "2000 freshly rendered digits",
    // "2000 training images (none held out)".
    std::string describe() const;

    // How many images `spec` holds out of a dataset of `count`.
    static std::size_t heldOutCount(const DatasetSpec& spec, std::size_t count);
    // Takes the reference set for `spec` out of `training` (the loaded data
    // set, at the model's format), which keeps only what may be trained on.
    // `wanted` bounds the rendered or sampled images (held-out ones are all
    // kept). Deterministic.
    static ReferenceSet take(ImageDataset& training, const DatasetSpec& spec, std::size_t wanted);
};

} // namespace latent
