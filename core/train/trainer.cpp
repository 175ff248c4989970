// SPDX-License-Identifier: MIT
#include "train/trainer.h"

#include "train/gantrainer.h"
#include "train/vaetrainer.h"

namespace latent {

std::unique_ptr<Trainer> Trainer::create(const ModelSpec& spec, const TrainingConfig& config, const torch::Device& device)
{
    if (spec.family == ModelSpec::Family::Vae)
        return std::make_unique<VaeTrainer>(spec, config, device);
    return std::make_unique<GanTrainer>(spec, config, device);
}

void Trainer::setLearningRate(torch::optim::Adam& optimizer, double lr)
{
    for (auto& group : optimizer.param_groups())
        static_cast<torch::optim::AdamOptions&>(group.options()).lr(lr);
}

void Trainer::saveOptimizer(torch::serialize::OutputArchive& archive, const char* key, const torch::optim::Adam& opt)
{
    torch::serialize::OutputArchive sub;
    opt.save(sub);
    archive.write(key, sub);
}

void Trainer::loadOptimizer(torch::serialize::InputArchive& archive, const char* key, torch::optim::Adam& opt)
{
    torch::serialize::InputArchive sub;
    archive.read(key, sub);
    opt.load(sub);
}

} // namespace latent
