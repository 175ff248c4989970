// SPDX-License-Identifier: MIT
// Internal to latent_core: LibTorch types. Never include from ui/ or app/.
#pragma once

#include "train/trainer.h"

namespace latent {

// VAE updates on the negative ELBO per image: reconstruction (BCE on pixels in
// [0, 1], or squared error) summed over pixels, plus beta times the KL
// divergence of N(mu, sigma^2) from N(0, I), in closed form (Kingma and
// Welling 2014, appendix B): -1/2 sum(1 + log sigma^2 - mu^2 - sigma^2).
class VaeTrainer : public Trainer {
public:
    VaeTrainer(const ModelSpec& spec, const TrainingConfig& config, const torch::Device& device);

    std::vector<std::string> metricNames() const override { return {"loss", "recon", "kl"}; }
    std::vector<std::string> gradientNames() const override { return {"VAE"}; }
    StepResult step(BatchSource& data, at::Generator& noise) override;
    void setLearningRates(double lrG, double lrD) override;
    void save(torch::serialize::OutputArchive& archive) const override;
    void load(torch::serialize::InputArchive& archive) override;

private:
    torch::optim::Adam m_opt;
};

} // namespace latent
