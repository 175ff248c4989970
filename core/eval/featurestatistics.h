// SPDX-License-Identifier: MIT
// Internal to latent_core: LibTorch types. Never include from ui/ or app/.
#pragma once

#include <torch/torch.h>

#include <cstdint>

namespace latent {

// The numbers of a generator-quality evaluation, computed from feature
// matrices of real and generated images: torch::Tensor [N, D] of any real
// dtype (float32 and float64 expected) on the CPU, one row per image. All
// arithmetic is float64. Every function throws StudioError(BadInput), with a
// sentence a person can read, for a tensor that is not such a matrix, has too
// few rows for the metric, holds NaN or infinity, or whose width D differs
// from the other set's; and for a count argument (bootstraps, subsets, k) out
// of range. Pure functions of their arguments: callable from any thread, and
// deterministic for a given seed up to round-off (BLAS sums in another order
// with another thread count or machine). Memory: a float64 copy of each set
// (8 N D bytes; 10,000 x 2048 is 164 MB) plus a few blocks of at most 32 MB:
// 10,000 x 10,000 distances are never held at once.

// A Gaussian fitted to features: float64 mean [D] and unbiased (N - 1)
// covariance [D, D].
struct FeatureGaussian {
    torch::Tensor mean;
    torch::Tensor covariance;
};

// The sample mean and unbiased covariance of `features` (at least 2 rows).
FeatureGaussian gaussianOf(const torch::Tensor& features);

// The Fréchet distance between two Gaussians (Heusel et al. 2017, "GANs
// trained by a two time-scale update rule converge to a local Nash
// equilibrium", eq. 6; Dowson and Landau 1982):
//     |m1 - m2|^2 + tr(C1 + C2 - 2 (C1 C2)^(1/2)).
// tr (C1 C2)^(1/2) is computed as the trace of the square root of the
// symmetric matrix sqrt(C1) C2 sqrt(C1) (same eigenvalues as C1 C2), from its
// eigenvalues with negative round-off clamped to 0; so singular covariances
// (fewer images than features) are fine. Never negative.
double frechetDistance(const FeatureGaussian& a, const FeatureGaussian& b);

// A measured number and one standard error of it.
struct Estimate {
    double value = 0.0;
    double error = 0.0;
};

// The Fréchet distance between the Gaussians of `real` and `fake` (FID when
// the features are Inception's), and as its error the standard deviation of
// the same distance over `bootstraps` resamplings of `fake` with replacement
// (seeded by `seed`, deterministic; `real` stays fixed). Fewer than 2
// resamples give error 0. The real Gaussian and sqrt(C_real) are computed
// once; each resample costs one product of its rows and one D x D eigenvalue
// decomposition.
Estimate frechetDistance(const torch::Tensor& real, const torch::Tensor& fake, int bootstraps, std::uint64_t seed);

// The kernel distance KID (Bińkowski et al. 2018, "Demystifying MMD GANs",
// section 4): the unbiased estimator of MMD^2 (Gretton et al. 2012, lemma 6)
// with the cubic polynomial kernel k(x, y) = (x.y / D + 1)^3, averaged over
// `subsets` disjoint subsets. Both sets are shuffled with `seed` and split
// evenly, each subset min(N_real, N_fake) / subsets rows (at least 2) of
// each; leftover rows are unused. error = standard deviation over subsets /
// sqrt(subsets), a true standard error since the subsets are disjoint (0 for
// one subset). Can be slightly negative when the sets match.
Estimate kernelDistance(const torch::Tensor& real, const torch::Tensor& fake, int subsets, std::uint64_t seed);

// Fidelity and diversity measured with k-nearest-neighbour balls, a point's
// radius being the Euclidean distance to its k-th nearest OTHER point of its
// own set:
//  - precision: the share of fakes inside some real ball; recall: the share of
//    reals inside some fake ball (Kynkäänniemi et al. 2019, "Improved
//    precision and recall metric for assessing generative models", eq. 1-2);
//  - density: the real balls holding each fake, counted, averaged over fakes
//    and divided by k; coverage: the share of reals whose ball holds some fake
//    (Naeem et al. 2020, "Reliable fidelity and diversity metrics for
//    generative models", eq. 3-4).
// All in [0, 1] except density, which exceeds 1 where fakes crowd the real
// points. Both sets need more than k rows.
struct Manifold {
    double precision = 0;
    double recall = 0;
    double density = 0;
    double coverage = 0;
};
Manifold manifoldMetrics(const torch::Tensor& real, const torch::Tensor& fake, int k = 5);

} // namespace latent
