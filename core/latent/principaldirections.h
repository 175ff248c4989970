// SPDX-License-Identifier: MIT
// Internal to latent_core: LibTorch types. Never include from ui/ or app/.
#pragma once

#include "latent/latentdirection.h"

#include <torch/torch.h>

namespace latent {

// GANSpace (Härkönen et al. 2020, section 2): given latents `z` [samples, dim]
// and what a generator layer made of them, `features` [samples, F], find the
// principal components of the features and map each back to z by least
// squares (regressing z on the components' coordinates). Returns the top
// `count`, unit length, strongest first.
std::vector<LatentDirection> regressedPrincipalDirections(const torch::Tensor& z, const torch::Tensor& features,
                                                          int count);

// Plain PCA of points that already live in latent space (a VAE's encoder
// means of real images): the top `count` principal axes, unit length,
// strongest first, with their shares of the variance.
std::vector<LatentDirection> principalAxes(const torch::Tensor& points, int count);

} // namespace latent
