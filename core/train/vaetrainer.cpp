// SPDX-License-Identifier: MIT
#include "train/vaetrainer.h"

namespace latent {

namespace F = torch::nn::functional;

VaeTrainer::VaeTrainer(const ModelSpec& spec, const TrainingConfig& config, const torch::Device& device)
    : Trainer(spec, device),
      m_opt(m_networks.vae->parameters(), torch::optim::AdamOptions(config.lrG).betas({config.beta1, config.beta2}))
{
}

StepResult VaeTrainer::step(BatchSource& data, at::Generator& noise)
{
    const TrainingBatch batch = data.next();
    const torch::Tensor& images = batch.images;
    const double n = double(images.size(0));
    const torch::Tensor target = (images + 1) * 0.5;
    const VaeOutput out = m_networks.vae->forward(images, noise, batch.classes);

    torch::Tensor recon;
    if (m_networks.spec().recon == ModelSpec::ReconLoss::Bce)
        recon = F::binary_cross_entropy_with_logits(
            out.logits, target, F::BinaryCrossEntropyWithLogitsFuncOptions().reduction(torch::kSum));
    else
        recon = (torch::sigmoid(out.logits) - target).pow(2).sum();
    recon = recon / n;
    const torch::Tensor kl = -0.5 * torch::sum(1 + out.logVar - out.mu.pow(2) - out.logVar.exp()) / n;
    const torch::Tensor loss = recon + m_networks.spec().beta * kl;

    m_opt.zero_grad();
    loss.backward();
    averageGradients(m_networks.vae->parameters());
    StepResult result;
    result.gradientNorms = gradientNorm(m_networks.vae->parameters()).reshape({1});
    m_opt.step();
    result.metrics = torch::stack({loss.detach(), recon.detach(), kl.detach()});
    return result;
}

void VaeTrainer::setLearningRates(double lrG, double /*lrD*/) { setLearningRate(m_opt, lrG); }

void VaeTrainer::save(torch::serialize::OutputArchive& archive) const
{
    m_networks.save(archive);
    saveOptimizer(archive, "optimizer", m_opt);
}

void VaeTrainer::load(torch::serialize::InputArchive& archive)
{
    m_networks.load(archive);
    loadOptimizer(archive, "optimizer", m_opt);
}

} // namespace latent
