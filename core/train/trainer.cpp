// SPDX-License-Identifier: MIT
#include "train/trainer.h"

#include "train/dataparallel.h"
#include "train/gantrainer.h"
#include "train/vaetrainer.h"

#include <cmath>

namespace latent {

std::unique_ptr<Trainer> Trainer::create(const ModelSpec& spec, const TrainingConfig& config,
                                         const torch::Device& device)
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

torch::Tensor Trainer::gradientNorm(const std::vector<torch::Tensor>& parameters)
{
    std::vector<torch::Tensor> norms;
    for (const auto& p : parameters)
        if (p.grad().defined())
            norms.push_back(p.grad().norm());
    return norms.empty() ? torch::zeros({}, parameters.empty() ? torch::TensorOptions() : parameters.front().options())
                         : torch::stack(norms).norm();
}

void Trainer::averageGradients(const std::vector<torch::Tensor>& parameters)
{
    if (m_parallel)
        m_parallel->averageGradients(parameters);
}

torch::Tensor Trainer::spread(const torch::Tensor& images)
{
    const torch::Tensor flat = images.detach().flatten(1).to(torch::kFloat32);
    if (flat.size(0) < 2)
        return torch::zeros({});
    return torch::pdist(flat).mean() / std::sqrt(double(flat.size(1)));
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
