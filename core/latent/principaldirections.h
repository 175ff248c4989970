// SPDX-License-Identifier: MIT
// Internal to latent_core: LibTorch types. Never include from ui/ or app/.
#pragma once

#include "latent/latentdirection.h"
#include "models/networks.h"

namespace latent {

// GANSpace (Härkönen et al. 2020, section 2): push `samples` latents from the
// prior through the generator's first stage, find the principal components
// of those activations, and map each back to z by least squares (regressing z
// on the components' coordinates). Returns the top `count`, unit length,
// strongest first. Deterministic for `seed`.
std::vector<LatentDirection> findPrincipalDirections(Networks& networks, int count, int samples, std::uint64_t seed);

} // namespace latent
