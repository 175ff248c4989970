// SPDX-License-Identifier: MIT
// Internal to latent_core: LibTorch types. Never include from ui/ or app/.
#pragma once

#include "models/networks.h"

#include <cstdint>

namespace latent {

// The exponential moving average of the generator's weights (Karras et al.;
// the "EMA" of StyleGAN and BigGAN): a generator that is the recent past of
// the trained one, smoothed, which draws better images than the trained
// generator at any single step. Kept in Networks::average; updated after each
// generator step, on the training thread.
//
// The averaging window is a half-life in images, and it grows with training:
// min(halfLife, rampUp x images seen so far), so a short run is not held back
// by its first, poor weights (a fixed decay of 0.999 still half remembers
// step N-700 at step N). BatchNorm's running statistics are averaged with the
// same weights as the parameters: they follow the trained generator's
// weights, so their average follows the averaged weights (measured against
// recomputing them: docs/TRAINING-CHOICES.md).
class GeneratorAverage {
public:
    // halfLifeImages > 0; rampUp 0 turns the ramp off.
    GeneratorAverage(Networks& networks, double halfLifeImages, double rampUp);

    // After a generator step that drew `batchImages` images (all ranks).
    void update(std::int64_t batchImages);

    // The weight the average keeps of itself at an update (the rest comes
    // from the trained generator): 0.5^(batch / window), where window is the
    // half-life capped by the ramp.
    static double decay(double halfLifeImages, double rampUp, std::int64_t imagesSeen, std::int64_t batchImages);

    std::int64_t imagesSeen() const { return m_imagesSeen; }
    void setImagesSeen(std::int64_t images) { m_imagesSeen = images; }

private:
    Networks& m_networks;
    double m_halfLife;
    double m_rampUp;
    std::int64_t m_imagesSeen = 0;
};

} // namespace latent
