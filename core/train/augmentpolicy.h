// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>

namespace latent {

// Which differentiable augmentations (DiffAugment, Zhao et al. 2020) the
// discriminator sees, applied alike to real and generated images: colour
// (brightness, saturation, contrast), translation (by up to an eighth of the
// side, the gap filled with mid-grey) and cutout (a square of half the side
// set to mid-grey). They keep a small data set's discriminator from learning
// its images by heart. The generator never draws augmented images: they exist
// only inside the discriminator's inputs.
//
// Written in project.json as "off", "auto" (all three when the data set has
// fewer than kAutoBelow images, none otherwise) or a comma list of
// "color", "translation", "cutout".
struct AugmentPolicy {
    bool color = false;
    bool translation = false;
    bool cutout = false;

    // Data sets smaller than this are augmented under "auto". With the
    // default rates and weight average it cost quality on 2000 digits and
    // on 3655 emoji (docs/TRAINING.md), where with the textbook rates it had
    // helped; below 1000, the few-shot regime DiffAugment was made for, it
    // stays on (not measured here).
    static constexpr std::size_t kAutoBelow = 1000;

    bool any() const { return color || translation || cutout; }
    // "off", or the list ("color,translation,cutout").
    std::string name() const;
    bool operator==(const AugmentPolicy& o) const
    {
        return color == o.color && translation == o.translation && cutout == o.cutout;
    }

    // Whether `setting` is one of the forms above.
    static bool valid(const std::string& setting);
    // The policy `setting` means for a data set of `images` images. Throws
    // StudioError(BadInput) for an invalid setting.
    static AugmentPolicy resolve(const std::string& setting, std::size_t images);
};

} // namespace latent
