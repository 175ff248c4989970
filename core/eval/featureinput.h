// SPDX-License-Identifier: MIT
// Internal to latent_core: LibTorch types. Never include from ui/ or app/.
#pragma once

#include "base/usertext.h"

#include <torch/torch.h>

#include <cstdint>
#include <string>

namespace latent {

// The checks every evaluation metric makes of its input, with the sentences
// a person reads when one fails (featurestatistics.h).

// Which set a feature matrix is, to name it in a message.
enum class FeatureSet { Unnamed, Real, Generated };

// "the real images' features" and so on, translated.
std::string featureSetName(FeatureSet set);

// `text` with its first letter made upper case: a message that begins with a
// set's name is still a sentence.
std::string sentence(const UserText& text);

// `features` as a contiguous float64 CPU tensor, after checking that it is a
// matrix [N, D] of real numbers with N >= minimumRows and D >= 1, all finite.
// Throws StudioError(BadInput) naming `set` otherwise.
torch::Tensor featureMatrix(const torch::Tensor& features, FeatureSet set, std::int64_t minimumRows = 2);

// Throws StudioError(BadInput) when the real and generated matrices (already
// checked by featureMatrix) have different widths D.
void checkSameWidth(const torch::Tensor& real, const torch::Tensor& fake);

// Throws StudioError(BadInput) when a FeatureGaussian's mean and covariance
// are not [D] and [D, D], or the two Gaussians' D differ, or any value is
// not finite. Returns the two as float64 CPU tensors: mean a, covariance a,
// mean b, covariance b.
std::tuple<torch::Tensor, torch::Tensor, torch::Tensor, torch::Tensor>
checkedGaussians(const torch::Tensor& meanA, const torch::Tensor& covarianceA, const torch::Tensor& meanB,
                 const torch::Tensor& covarianceB);

// "[3, 4, 5]": a tensor's shape as messages show it ("[]" for an undefined one).
std::string shapeText(const torch::Tensor& tensor);

} // namespace latent
