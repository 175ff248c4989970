// SPDX-License-Identifier: MIT
// Internal to latent_core: LibTorch types. Never include from ui/ or app/.
#pragma once

#include "models/modelspec.h"

#include <torch/torch.h>

#include <QByteArray>
#include <QJsonObject>

#include <cstdint>
#include <string>

namespace latent {

class Trainer;

// What a checkpoint holds of a run, and the one place its keys are written and
// read: the payload (a LibTorch archive) of the trainer's networks and
// optimisers followed by the step, where the batch sampler stands (epoch,
// position) and the training noise's RNG state; and the header JSON that
// CheckpointFile puts in front of it. Used on the training thread, like the
// trainer it reads and fills.
struct TrainingState {
    std::int64_t step = 0;
    std::int64_t samplerEpoch = 0;
    std::int64_t samplerPosition = 0;
    torch::Tensor noiseRng; // at::Generator::get_state() of the training noise

    // The payload: `trainer`, then these.
    QByteArray save(const Trainer& trainer) const;
    // Loads `payload` onto `device` into `trainer` (made for the checkpoint's
    // model) and returns the rest. Throws StudioError(BadInput) naming `path`
    // when the archive does not fit the trainer.
    static TrainingState load(const QByteArray& payload, const torch::Device& device, Trainer& trainer,
                              const std::string& path);
    // The header of the checkpoint at `step`: step, elapsed_s, model, seed,
    // created (now, UTC) and the LibTorch version.
    QJsonObject header(double elapsedSeconds, const ModelSpec& model, std::uint64_t seed) const;
};

} // namespace latent
