// SPDX-License-Identifier: MIT
#include "train/trainingstate.h"

#include "base/studioerror.h"
#include "base/usertext.h"
#include "train/trainer.h"

#include <QDateTime>

#include <sstream>

namespace latent {

namespace {
// The payload's keys besides the trainer's own.
constexpr const char* kStep = "step";
constexpr const char* kSamplerEpoch = "sampler_epoch";
constexpr const char* kSamplerPosition = "sampler_position";
constexpr const char* kNoiseRng = "noise_rng";
} // namespace

QByteArray TrainingState::save(const Trainer& trainer) const
{
    torch::serialize::OutputArchive archive;
    trainer.save(archive);
    archive.write(kStep, torch::tensor(step));
    archive.write(kSamplerEpoch, torch::tensor(samplerEpoch));
    archive.write(kSamplerPosition, torch::tensor(samplerPosition));
    archive.write(kNoiseRng, noiseRng);
    std::ostringstream bytes;
    archive.save_to(bytes);
    const std::string payload = bytes.str();
    return QByteArray(payload.data(), qsizetype(payload.size()));
}

TrainingState TrainingState::load(const QByteArray& payload, const torch::Device& device, Trainer& trainer,
                                  const std::string& path)
{
    torch::serialize::InputArchive archive;
    torch::Tensor step, epoch, position, rng;
    try {
        archive.load_from(payload.constData(), std::size_t(payload.size()), device);
        trainer.load(archive);
        archive.read(kStep, step);
        archive.read(kSamplerEpoch, epoch);
        archive.read(kSamplerPosition, position);
        archive.read(kNoiseRng, rng);
    } catch (const c10::Error& e) {
        throw StudioError::badInput(path, translate("TrainingSession", "the checkpoint's weights do not fit this "
                                                                       "model: %1")
                                              .arg(e.what_without_backtrace()));
    }
    return {step.item<std::int64_t>(), epoch.item<std::int64_t>(), position.item<std::int64_t>(), rng};
}

QJsonObject TrainingState::header(double elapsedSeconds, const ModelSpec& model, std::uint64_t seed) const
{
    return {{"step", double(step)},
            {"elapsed_s", elapsedSeconds},
            {"model", model.toJson()},
            {"seed", double(seed)},
            {"created", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {"libtorch", TORCH_VERSION}};
}

} // namespace latent
