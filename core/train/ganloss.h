// SPDX-License-Identifier: MIT
// Internal to latent_core: LibTorch types. Never include from ui/ or app/.
#pragma once

#include "models/dcgandiscriminator.h"

namespace latent {

// The discriminator's loss with the two numbers people watch: the mean D(x)
// and D(G(z)) (probabilities for BCE, raw scores for the other losses).
struct DiscriminatorLoss {
    torch::Tensor loss;
    torch::Tensor dReal;
    torch::Tensor dFake;
};

// The four GAN objectives, on raw discriminator scores.
//  bce:     non-saturating (Goodfellow et al. 2014, section 3): D minimises
//           BCE(D(x), 1) + BCE(D(G(z)), 0); G minimises BCE(D(G(z)), 1).
//  wgan-gp: critic minimises D(G(z)) - D(x) (+ gradient penalty, below);
//           G minimises -D(G(z)) (Gulrajani et al. 2017).
//  hinge:   D minimises relu(1 - D(x)) + relu(1 + D(G(z))); G minimises
//           -D(G(z)) (Lim and Ye 2017; Miyato et al. 2018).
//  lsgan:   D minimises 0.5 (D(x) - 1)^2 + 0.5 D(G(z))^2; G minimises
//           0.5 (D(G(z)) - 1)^2 (Mao et al. 2017, a-b-c = 0-1-1).
class GanLoss {
public:
    explicit GanLoss(ModelSpec::GanLoss kind) : m_kind(kind) {}

    DiscriminatorLoss discriminator(const torch::Tensor& realScores, const torch::Tensor& fakeScores) const;
    torch::Tensor generator(const torch::Tensor& fakeScores) const;

    // E[(||grad D(x_hat)||_2 - 1)^2] at random points between real and fake
    // images (Gulrajani et al. 2017, algorithm 1); alphas drawn from `generator`.
    // A conditional critic scores them with their `classes` (undefined otherwise).
    static torch::Tensor gradientPenalty(DcganDiscriminator& critic, const torch::Tensor& real,
                                         const torch::Tensor& fake, const torch::Tensor& classes,
                                         at::Generator& generator);

    // Mode seeking (Mao et al. 2019), for the generator to minimise: sample i
    // and sample i + n/2 are a pair; `weight` over the pairs' mean image
    // difference for their z's. The image difference is counted in units of
    // how much the real batch's pairs differ, times kDigitsPairGap: the push
    // is the same relative to each data set's own variety, and on the
    // built-in digits (where weight 1 was measured) as it was in pixels.
    // Fashion-MNIST's images differ about twice as much, so in pixels it got
    // half the push and less recall than the textbook DCGAN
    // (docs/TRAINING-CHOICES.md, "Fashion-MNIST's recall"). Forms that pushed
    // each pair apart on its own, up to as much as real images differ, drew
    // Fashion-MNIST better and the digits worse (the same section).
    static torch::Tensor modeSeeking(const torch::Tensor& fake, const torch::Tensor& z, const torch::Tensor& real,
                                     double weight);
    // The mean difference of the built-in digits' pairs, in [-1, 1] pixels
    // (batches of 64 measured 0.251 to 0.259).
    static constexpr double kDigitsPairGap = 0.2588;

private:
    ModelSpec::GanLoss m_kind;
};

} // namespace latent
