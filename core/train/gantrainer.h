// SPDX-License-Identifier: MIT
// Internal to latent_core: LibTorch types. Never include from ui/ or app/.
#pragma once

#include "train/ganloss.h"
#include "train/trainer.h"

namespace latent {

// Alternating GAN updates: `dSteps` discriminator steps on fresh real and fake
// batches, then one generator step through the last fake batch (as PyTorch's
// DCGAN example does). The discriminator's weights are frozen during the
// generator step so no gradient is computed for them.
class GanTrainer : public Trainer {
public:
    GanTrainer(const ModelSpec& spec, const TrainingConfig& config, const torch::Device& device);

    std::vector<std::string> metricNames() const override;
    std::vector<std::string> gradientNames() const override { return {"generator", "discriminator"}; }
    StepResult step(BatchSource& data, at::Generator& noise) override;
    int imagesPerStep(int batchSize) const override { return batchSize * m_dSteps; }
    void setLearningRates(double lrG, double lrD) override;
    void setDStepsPerGStep(int steps) override { m_dSteps = std::max(1, steps); }
    void save(torch::serialize::OutputArchive& archive) const override;
    void load(torch::serialize::InputArchive& archive) override;

private:
    void freezeDiscriminator(bool frozen);

    GanLoss m_loss;
    double m_gradientPenalty;
    int m_dSteps;
    torch::optim::Adam m_optG;
    torch::optim::Adam m_optD;
};

} // namespace latent
