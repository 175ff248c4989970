// SPDX-License-Identifier: MIT
#pragma once

#include "latent/latentdirection.h"

#include <string>
#include <vector>

namespace latent {

class InferenceEngine;

// The principal directions of a snapshot, as the Explore tab offers them:
// GANSpace for a GAN or an imported generator; for a VAE, PCA over the
// encoder's means of up to 2000 images of its project's dataset, which is
// read from `projectDir`. Slow (seconds): call it off the GUI thread, on the
// thread that uses `engine`. Throws StudioError: a VAE without a project, a
// dataset that cannot be read.
std::vector<LatentDirection> findDirections(InferenceEngine& engine, int count, const std::string& projectDir);

} // namespace latent
