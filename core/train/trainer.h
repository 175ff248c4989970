// SPDX-License-Identifier: MIT
// Internal to latent_core: LibTorch types. Never include from ui/ or app/.
#pragma once

#include "models/networks.h"
#include "train/batchsource.h"
#include "train/trainingconfig.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace latent {

class DataParallel;

// What one step tells the session besides its logged metrics.
struct StepResult {
    torch::Tensor metrics;        // metricNames() order, 1-D, on the device
    torch::Tensor gradientNorms;  // gradientNames() order: the L2 norm over each network's gradients
    torch::Tensor sampleSpread;   // GANs: the generated batch's spread (below); undefined otherwise
};

// One model family's optimisation step. Made and owned by TrainingRun, driven
// by TrainingSession's step loop, both on the training thread; not
// thread-safe.
class Trainer {
public:
    virtual ~Trainer() = default;

    // GAN: loss_d, loss_g, d_real, d_fake. VAE: loss, recon, kl.
    virtual std::vector<std::string> metricNames() const = 0;
    // The networks whose gradients step() measures ("generator", ...).
    virtual std::vector<std::string> gradientNames() const = 0;
    // One generator (or VAE) update, with its discriminator updates before it.
    virtual StepResult step(BatchSource& data, at::Generator& noise) = 0;
    // Real images one step consumes.
    virtual int imagesPerStep(int batchSize) const { return batchSize; }

    virtual void setLearningRates(double lrG, double lrD) = 0;
    virtual void setDStepsPerGStep(int /*steps*/) {}
    // Adaptive augmentation's strength now, when the trainer has it (reads
    // the device: call when logging, not every step).
    virtual std::optional<double> augmentStrength() const { return std::nullopt; }

    // Networks and optimiser state.
    virtual void save(torch::serialize::OutputArchive& archive) const = 0;
    virtual void load(torch::serialize::InputArchive& archive) = 0;

    Networks& networks() { return m_networks; }
    // Every weight and running statistic the next steps depend on, in a
    // fixed order: the networks' (Networks::state) and a trainer's own
    // networks (the class guide). What a data-parallel run makes identical.
    virtual std::vector<torch::Tensor> state() const { return m_networks.state(); }
    // Data-parallel runs: gradients are averaged over the ranks after each
    // backward pass, before the optimiser steps. Not owned; null when alone.
    void setDataParallel(DataParallel* group) { m_parallel = group; }

    // Mean distance between two images of `images` (N x ...), as the root mean
    // square of their pixel differences: how varied a batch is. 0-D.
    static torch::Tensor spread(const torch::Tensor& images);

    static std::unique_ptr<Trainer> create(const ModelSpec& spec, const TrainingConfig& config,
                                           const torch::Device& device);

protected:
    Trainer(const ModelSpec& spec, const torch::Device& device) : m_networks(spec, device) {}

    static void setLearningRate(torch::optim::Adam& optimizer, double lr);
    // The L2 norm of all the gradients of `parameters` together (0-D).
    static torch::Tensor gradientNorm(const std::vector<torch::Tensor>& parameters);
    // Between backward() and the optimiser's step: the mean gradient over
    // the ranks of a data-parallel run (nothing when alone).
    void averageGradients(const std::vector<torch::Tensor>& parameters);
    static void saveOptimizer(torch::serialize::OutputArchive& archive, const char* key, const torch::optim::Adam& opt);
    static void loadOptimizer(torch::serialize::InputArchive& archive, const char* key, torch::optim::Adam& opt);

    Networks m_networks;
    DataParallel* m_parallel = nullptr;
};

} // namespace latent
