// SPDX-License-Identifier: MIT
// Internal to latent_core: LibTorch types. Never include from ui/ or app/.
#pragma once

#include "eval/evalresult.h"
#include "eval/featurenetwork.h"

#include <torch/torch.h>

#include <functional>

namespace latent {

class ImageDataset;

// Scores a generator against real images (docs/EVALUATION.md): its samples
// and the reals in the FeatureNetwork's features, compared by Fréchet
// distance, kernel distance, precision/recall and density/coverage. The
// samples come from the same latents every time (seededLatents of `seed`), so
// successive scores of a run differ by the generator alone. Images are
// scored as 8-bit pixels (FeatureNetwork rounds them), as they are saved and
// shown, so the studio's score of a checkpoint and latent-cli's agree.
// Not thread-safe: use it on one thread.
class Evaluator {
public:
    // `referenceFeatures`: the real images' features [N, D] in `network`'s
    // feature space. `samples`: generated images per score.
    Evaluator(FeatureNetwork network, torch::Tensor referenceFeatures, int samples, std::uint64_t seed);

    // Makes `samples()` images with `generate` (latents [n, latentDim] ->
    // images [n, C, H, W] in [-1, 1], called in batches) and scores them.
    EvalResult evaluate(const std::function<torch::Tensor(const torch::Tensor& z)>& generate, int latentDim,
                        std::int64_t step) const;
    // Scores images made elsewhere: [N, C, H, W] in [-1, 1] (float) or
    // 0..255 (uint8).
    EvalResult evaluateImages(const torch::Tensor& images, std::int64_t step) const;

    int samples() const { return m_samples; }
    std::uint64_t seed() const { return m_seed; }
    const torch::Tensor& referenceFeatures() const { return m_reference; }
    const FeatureNetwork& network() const { return m_network; }

    // The seed of the latents scored in a project of seed `projectSeed`
    // (kept apart from the training noise's).
    static std::uint64_t latentSeed(std::uint64_t projectSeed);
    // The features of real images (a ReferenceSet's), to build an Evaluator on.
    static torch::Tensor featuresOf(const FeatureNetwork& network, const ImageDataset& images);

private:
    FeatureNetwork m_network;
    torch::Tensor m_reference;
    int m_samples;
    std::uint64_t m_seed;
    double m_kidScale = 1.0; // features divided by the reference's RMS for KID
};

} // namespace latent
