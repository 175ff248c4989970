// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace latent {

// One logged step: what metrics.csv and the loss plot receive. The values
// line up with `names` (GAN: loss_d, loss_g, d_real, d_fake; VAE: loss,
// recon, kl). A value type: safe to copy across threads.
struct StepMetrics {
    std::int64_t step = 0;
    std::int64_t totalSteps = 0;
    double elapsedSeconds = 0.0;   // training time of the run, across resumes
    double samplesPerSecond = 0.0; // real images consumed per second since the last row
    std::vector<std::string> names;
    std::vector<double> values;
    // Adaptive augmentation's strength at the step (GANs with it on): each
    // augmentation's probability per image.
    std::optional<double> augmentStrength;
};

} // namespace latent
