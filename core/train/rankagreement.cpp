// SPDX-License-Identifier: MIT
#include "train/rankagreement.h"

#include "base/studioerror.h"
#include "base/usertext.h"
#include "train/dataparallel.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

// The sentences here keep the context TrainingSession, where they began.
namespace latent {

namespace {
// The settings every rank of a data-parallel run must share: the model, the
// data (but not its path, which may differ between machines) and the
// optimisation; not the step count, logging, threads or device.
QJsonObject sharedSettings(const ProjectConfig& config)
{
    QJsonObject json = config.toJson();
    QJsonObject dataset = json["dataset"].toObject();
    dataset.remove("path");
    json["dataset"] = dataset;
    QJsonObject training = json["training"].toObject();
    for (const char* local : {"steps", "log_every", "sample_every", "checkpoint_every", "keep_checkpoints", "threads",
                              "device"})
        training.remove(local);
    json["training"] = training;
    return json;
}
} // namespace

void requireSameSettings(DataParallel& group, const ProjectConfig& config, const std::string& configPath)
{
    const QJsonObject mine = sharedSettings(config);
    const std::string text = QJsonDocument(mine).toJson(QJsonDocument::Compact).toStdString();
    const std::string leaders = *group.shareFromLeader(text);
    // On the training device: NCCL moves only CUDA tensors.
    torch::Tensor differs = torch::tensor({leaders == text ? 0.0 : 1.0}, torch::kFloat64).to(group.device());
    group.sum(differs);
    const int count = int(differs.item<double>());
    if (count == 0)
        return;
    if (group.isLeader())
        throw StudioError::badInput(configPath,
                                    translate("TrainingSession", "%1 other rank(s) were given other settings; every "
                                                                 "rank must train the same model, data and optimiser "
                                                                 "settings")
                                        .arg(count));
    const QJsonObject theirs = QJsonDocument::fromJson(QByteArray::fromStdString(leaders)).object();
    std::string which;
    for (const QString& section : mine.keys())
        if (mine[section] != theirs[section])
            which += (which.empty() ? "" : ", ") + section.toStdString();
    //: %1 lists the sections of the settings that differ, e.g. "model, training"
    throw StudioError::badInput(configPath,
                                translate("TrainingSession", "differs from rank 0's settings (%1); every rank must "
                                                             "train the same model, data and optimiser settings")
                                    .arg(which));
}

SharedCheckpoint shareCheckpoint(DataParallel& group, const std::function<SharedCheckpoint()>& read,
                                 const ModelSpec& model)
{
    SharedCheckpoint checkpoint;
    std::optional<std::string> payload;
    if (group.isLeader()) {
        try {
            checkpoint = read();
        } catch (...) {
            group.shareFromLeader(std::nullopt); // the others must not wait for it
            throw;
        }
        payload = checkpoint.second.payload.toStdString();
    }
    payload = group.shareFromLeader(std::move(payload));
    if (!payload)
        throw StudioError::failure({}, translate("TrainingSession", "rank 0 could not resume; its output says why"));
    if (!group.isLeader()) {
        checkpoint.first = translate("TrainingSession", "rank 0's checkpoint").str(); // named in messages, never opened
        checkpoint.second.spec = model;
        checkpoint.second.payload = QByteArray::fromStdString(*payload);
    }
    return checkpoint;
}

bool shareStep(DataParallel& group, torch::Tensor& numbers, std::size_t count,
               const std::vector<torch::Tensor>& statistics, bool stopHere)
{
    std::vector<torch::Tensor> parts{numbers, torch::full({1}, stopHere ? 1.0 : 0.0, numbers.options())};
    for (const torch::Tensor& s : statistics)
        parts.push_back(s.detach().flatten().to(torch::kFloat64));
    numbers = torch::cat(parts);
    group.sum(numbers);
    const double ranks = double(group.spec().worldSize);
    const bool stop = numbers[std::int64_t(count)].item<double>() > 0.0;
    numbers.narrow(0, 0, std::int64_t(count)).div_(ranks);
    std::int64_t offset = std::int64_t(count) + 1;
    torch::NoGradGuard noGrad;
    for (const torch::Tensor& s : statistics) {
        s.copy_(numbers.narrow(0, offset, s.numel()).div(ranks).view_as(s));
        offset += s.numel();
    }
    return stop;
}

} // namespace latent
