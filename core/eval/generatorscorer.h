// SPDX-License-Identifier: MIT
#pragma once

#include "data/datasetspec.h"
#include "eval/evalresult.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace latent {

class InferenceEngine;
class Project;

// Scores saved generators, a project's checkpoints or TorchScript files made
// anywhere, the way a training run scores itself (eval/evaluator.h): what
// `latent-cli evaluate` does. Plain types; LibTorch stays inside. Use one
// from one thread at a time.
class GeneratorScorer {
public:
    // Against the project's reference set (cached in its evaluation/ folder),
    // with `samples` generated images (0: the project's setting; another
    // count leaves the cache as it is). Throws StudioError as loading the
    // dataset or a damaged cache does.
    static GeneratorScorer forProject(const Project& project, int samples = 0);
    // Against up to `samples` images of `dataset` at the generator's format,
    // for a generator trained elsewhere. Throws StudioError as loading does.
    static GeneratorScorer forDataset(const DatasetSpec& dataset, int imageSize, int channels, int samples,
                                      std::uint64_t seed);
    GeneratorScorer(GeneratorScorer&&) noexcept;
    GeneratorScorer& operator=(GeneratorScorer&&) noexcept;
    ~GeneratorScorer();

    // Scores `engine`'s generator (its images must have the reference's size
    // and channels; else StudioError(BadInput)). The result's step is the
    // engine's.
    EvalResult score(InferenceEngine& engine) const;
    // A conditional generator asked for each class in turn, `perClass`
    // images of each (the evaluation's latents), judged by the feature
    // network's classifier of the data's labels: how often it shows the
    // class asked for.
    struct ClassAccuracy {
        std::vector<double> perClass; // share in [0, 1], in class order
        double overall = 0.0;         // the mean over the classes
        int samplesPerClass = 0;
        // The judge on the real images compared with (where they have the
        // model's classes): its own accuracy, by class and over all; empty
        // and 0 when unknown.
        std::vector<double> realPerClass;
        double realOverall = 0.0;
        int realCount = 0;
        // One standard error of `overall` (binomial, over all the samples).
        double overallError() const;
    };
    // Throws StudioError(BadInput) when the generator has no classes, or the
    // feature network is not a classifier of as many classes.
    ClassAccuracy classAccuracy(InferenceEngine& engine, int perClass) const;

    // What the scores compare with ("2000 held-out images").
    const std::string& referenceDescription() const;
    // The network the features are of ("a classifier of the data's 10 classes").
    std::string featureSpace() const;
    int samples() const;

private:
    struct Impl;
    explicit GeneratorScorer(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace latent
