// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace latent {

// Where training images come from. `path` names a folder of images, an IDX
// file (or a folder holding one), or a folder of CIFAR-10 binary batches (or
// one batch file); `source` may be Auto to decide from what is at `path`.
struct DatasetSpec {
    enum class Source { SyntheticDigits, Auto, ImageFolder, Idx, Cifar10 };

    Source source = Source::SyntheticDigits;
    std::string path;
    int syntheticCount = 20000; // images rendered for the built-in digits
    bool horizontalFlip = false; // random left-right flips when batching
    // Labelled data: every batch draws its classes evenly (with replacement
    // from the rarer ones) instead of in the data's proportions.
    bool balanceClasses = false;
    // Images set aside for the quality scores and never trained on
    // (eval/referenceset.h): a count, 0 for none (projects made before the
    // scores existed), or kHeldOutAuto (new projects).
    static constexpr int kHeldOutAuto = -1;
    int heldOut = 0;

    // "synthetic-digits", "auto", "folder", "idx", "cifar10".
    static std::string sourceName(Source source);
    // Throws StudioError(BadInput) for an unknown name.
    static Source sourceFromName(const std::string& name);
    // One line for people: "built-in synthetic digits (20000)" or the path.
    std::string describe() const;
};

} // namespace latent
