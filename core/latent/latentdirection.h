// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

namespace latent {

// A direction in latent space found by PCA (GANSpace): a unit vector in z
// and the share of the activations' variance its component explains.
struct LatentDirection {
    std::vector<float> vector;
    double varianceShare = 0.0;
};

} // namespace latent
