// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace latent {

// How to train: optimiser, schedule, seeds and the machine settings.
// For a VAE, lrG and the betas drive its single optimiser; lrD is unused.
struct TrainingConfig {
    int batchSize = 64;
    std::int64_t steps = 1500;        // total generator (or VAE) steps of the run
    // These are the textbook DCGAN's settings, which a project.json without
    // them means; new projects get ProjectConfig::defaults() (faster rates,
    // the weight average).
    double lrG = 2e-4;                // Adam, DCGAN's 2e-4 with beta1 0.5 (Radford et al.)
    double lrD = 2e-4;
    double beta1 = 0.5;
    double beta2 = 0.999;
    int dStepsPerGStep = 1;           // discriminator (critic) steps per generator step
    double gradientPenalty = 10.0;    // WGAN-GP's lambda (Gulrajani et al. 2017)
    // GANs: the generator's weight average (GeneratorAverage): its half-life
    // in thousands of images (0 = none) and the ramp (the window is at most
    // this share of the images seen; 0 = no ramp).
    double emaKimg = 0.0;
    double emaRamp = 0.05;
    std::string augment = "auto";     // GANs: the discriminator's augmentation (AugmentPolicy)
    // GANs: the weight of the mode-seeking term (Mao et al. 2019), which asks
    // two samples to differ in proportion to their z, in units of how much
    // the data's images differ (GanLoss::modeSeeking); 0 = none;
    // kModeSeekingAuto: 1 for a conditional model, none otherwise (measured:
    // it keeps classes from collapsing, and cost unconditional runs quality).
    static constexpr double kModeSeekingAuto = -1.0;
    double modeSeeking = 0.0;
    // The weight a model trains with: the setting, or what auto means for it.
    double modeSeekingFor(bool conditional) const
    {
        return modeSeeking == kModeSeekingAuto ? (conditional ? 1.0 : 0.0) : modeSeeking;
    }
    // A conditional model's sample grid: the classes of its rows, by name or
    // number (at most kMaxGridClasses); empty: spread over all the classes.
    static constexpr int kMaxGridClasses = 10;
    std::vector<std::string> gridClasses;
    // GANs: the weight of the class guide's loss for the generator
    // (ClassGuide: a classifier of the labels asks that each sample show its
    // class); 0 = none; kClassGuideAuto: 0.5 for a conditional model (1 drew
    // the classes a little more faithfully and lost recall: docs/TRAINING-CHOICES.md).
    static constexpr double kClassGuideAuto = -1.0;
    double classGuide = 0.0;
    double classGuideFor(bool conditional) const
    {
        if (!conditional)
            return 0.0;
        return classGuide == kClassGuideAuto ? 0.5 : classGuide;
    }
    std::uint64_t seed = 1;
    int logEvery = 10;
    int sampleEvery = 100;
    int checkpointEvery = 500;
    int keepCheckpoints = 5;          // the newest N are kept (and the best); 0 keeps all
    int evaluateEvery = 400;          // steps between quality scores (eval/); 0 = never; about 4% of training time
    int evaluationSamples = 2000;     // generated images per score
    int threads = 0;                  // intra-op threads; 0 = automatic
    std::string device = "auto";     // auto, cpu or cuda
};

} // namespace latent
