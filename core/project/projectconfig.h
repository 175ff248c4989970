// SPDX-License-Identifier: MIT
#pragma once

#include "data/datasetspec.h"
#include "models/modelspec.h"
#include "train/trainingconfig.h"

#include <QJsonObject>

namespace latent {

// Everything project.json holds: dataset, model and training settings.
struct ProjectConfig {
    // Version 1 is the first format; a file with a larger one was written by a
    // newer studio and is refused rather than misread.
    static constexpr int kFormatVersion = 1;

    DatasetSpec dataset;
    ModelSpec model;
    TrainingConfig training;

    // The defaults a new project gets: built-in digits, a 28x28 DCGAN.
    static ProjectConfig defaults();
    // Optimiser settings that suit the model and loss (called when the user
    // picks one): Adam 8e-4/0.5 for DCGAN (4e-4 from 64x64 up),
    // 1e-4/(0, 0.9) and 5 critic steps for WGAN-GP, 1e-3/0.9 for the VAE;
    // the VAE's latent size 16; GANs draw with a weight average of 10
    // thousand images' half-life and train with mode seeking when conditional.
    void applyModelDefaults();
    // The learning rate applyModelDefaults() gives `model`.
    static double defaultLearningRate(const ModelSpec& model);
    // After the image size changed from `before`'s: learning rates still at
    // the old size's default take the new size's; rates the user chose stay.
    void followImageSize(const ModelSpec& before);

    // Throws StudioError(BadInput) naming the first bad setting.
    void validate() const;

    QJsonObject toJson() const;
    // `file` names project.json in messages; throws StudioError(BadInput) for
    // missing or mistyped fields, a foreign file or a newer format version.
    static ProjectConfig fromJson(const QJsonObject& json, const std::string& file);
};

} // namespace latent
