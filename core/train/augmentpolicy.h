// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>

namespace latent {

// Which differentiable augmentations (DiffAugment, Zhao et al. 2020) the
// discriminator sees, applied alike to real and generated images: colour
// (brightness, saturation, contrast), translation (by up to an eighth of the
// side, the edge repeated into the gap) and cutout (a square of half the side
// set to mid-grey). They keep a small data set's discriminator from learning
// its images by heart. The generator never draws augmented images: they exist
// only inside the discriminator's inputs.
//
// Written in project.json as "off", "auto" (the studio's measured choice,
// see below) or a comma list of "color", "translation", "cutout" and
// "adaptive". Listed operations alone apply to every image. With "adaptive"
// each operation applies to each image with a probability, the strength,
// that the trainer tunes as the discriminator starts to learn its real images
// by heart (Karras et al. 2020, ADA): it starts at 0 and stays low enough
// (0.35) that the augmentations hardly leak into the generator, as they do
// when every image is augmented. "adaptive" alone means translation only, the
// one operation that left no trace in the samples (docs/AUGMENTATION.md).
// With the default's rates and weight average, augmenting every image cost
// quality at every size measured, 64 to 3655 images, digits and colour emoji
// alike: on small sets the shift and cutout leak into the samples and the
// classes blur. Adaptive translation paid at 64, 100 and 300 digits and 300
// emoji, and cost quality at 500 digits (docs/AUGMENTATION.md). So "auto",
// the setting of new projects, means "adaptive" for data sets of at most
// kAutoAdaptiveUpTo images and none above; a project keeps "auto" and so
// follows a later measurement, and a user can still ask for any by name.
struct AugmentPolicy {
    bool color = false;
    bool translation = false;
    bool cutout = false;
    bool adaptive = false; // the strength tuned while training; otherwise 1

    bool any() const { return color || translation || cutout; }
    // "off", or the list ("color,translation,cutout,adaptive").
    std::string name() const;
    bool operator==(const AugmentPolicy& o) const
    {
        return color == o.color && translation == o.translation && cutout == o.cutout && adaptive == o.adaptive;
    }

    // Whether `setting` is one of the forms above.
    static bool valid(const std::string& setting);
    // The largest data set "auto" augments: the largest measured where
    // adaptive augmentation paid (300 digits and emoji; at 500 digits it cost).
    static constexpr std::size_t kAutoAdaptiveUpTo = 300;
    // The largest data set on which a run with cutout is warned that its
    // grey squares may show in the samples: they did on 64 and 100 digits
    // (faintly when adaptive), not on 3655 emoji; 1000 is the lower end of
    // the sizes DiffAugment was made for (docs/AUGMENTATION.md).
    static constexpr std::size_t kCutoutWarnUpTo = 1000;

    // The policy `setting` means for a data set of `images` images (for
    // "auto"; an unknown size counts as large). Throws
    // StudioError(BadInput) for an invalid setting.
    static AugmentPolicy resolve(const std::string& setting, std::size_t images = SIZE_MAX);
};

} // namespace latent
