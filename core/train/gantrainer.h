// SPDX-License-Identifier: MIT
// Internal to latent_core: LibTorch types. Never include from ui/ or app/.
#pragma once

#include "models/classguide.h"
#include "train/augmentpolicy.h"
#include "train/ganloss.h"
#include "train/generatoraverage.h"
#include "train/trainer.h"

#include <memory>
#include <optional>

namespace latent {

// Alternating GAN updates: `dSteps` discriminator steps on fresh real and fake
// batches, then one generator step through the last fake batch (as PyTorch's
// DCGAN example does). The discriminator's weights are frozen during the
// generator step so no gradient is computed for them. With augmentation on,
// the discriminator sees every image, real and generated, through
// diffAugment (adaptive: with a strength tuned after each discriminator
// step); with a weight average, it is updated after each generator step.
// With mode seeking, the generator's loss gains Mao et al.'s term over the
// pairs (i, i + n/2) of the batch, which in a conditional model share a class.
// With a class guide (conditional models), the guide learns each real batch's
// labels, and the generator's loss gains its cross-entropy on the fakes.
class GanTrainer : public Trainer {
public:
    GanTrainer(const ModelSpec& spec, const TrainingConfig& config, const torch::Device& device);

    std::vector<std::string> metricNames() const override;
    std::vector<std::string> gradientNames() const override { return {"generator", "discriminator"}; }
    StepResult step(BatchSource& data, at::Generator& noise) override;
    int imagesPerStep(int batchSize) const override { return batchSize * m_dSteps; }
    void setLearningRates(double lrG, double lrD) override;
    void setDStepsPerGStep(int steps) override { m_dSteps = std::max(1, steps); }
    std::optional<double> augmentStrength() const override;
    std::vector<torch::Tensor> state() const override;
    void save(torch::serialize::OutputArchive& archive) const override;
    void load(torch::serialize::InputArchive& archive) override;

private:
    static void freeze(torch::nn::Module& module, bool frozen);
    // The class guide's step on a real batch and its labels.
    void teachGuide(const TrainingBatch& real);
    // `images` as the discriminator sees them: augmented as the policy says.
    torch::Tensor seenByD(const torch::Tensor& images, at::Generator& noise) const;
    // Adaptive augmentation: one nudge of the strength from the
    // discriminator's verdicts on a real batch.
    void tuneStrength(const torch::Tensor& realVerdicts, std::int64_t batchSize);

    GanLoss m_loss;
    AugmentPolicy m_augment;
    torch::Tensor m_strength; // adaptive augmentation's probability (a scalar on the device); else undefined
    std::optional<GeneratorAverage> m_average;
    double m_gradientPenalty;
    double m_modeSeeking;
    double m_classGuide; // its weight in the generator's loss; 0: no guide
    ClassGuide m_guide{nullptr};
    std::unique_ptr<torch::optim::Adam> m_optGuide;
    int m_dSteps;
    torch::optim::Adam m_optG;
    torch::optim::Adam m_optD;
};

} // namespace latent
