// SPDX-License-Identifier: MIT
// Internal to latent_core: LibTorch types. Never include from ui/ or app/.
#pragma once

#include "data/imagedataset.h"
#include "eval/referenceset.h"
#include "project/project.h"
#include "train/checkpointfile.h"
#include "train/distributedspec.h"
#include "train/trainingconfig.h"

#include <torch/torch.h>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace latent {

class BatchSource;
class DataParallel;
class Trainer;
class TrainingObserver;

// The model a TrainingSession trains and all that is restored with it: the
// trainer (networks and optimisers), its batches and its training noise, the
// step and the time trained; and what they stand on: this thread's compute
// set-up, the data set, and in a distributed run this rank's data-parallel
// group. Set up once, then made fresh or from a checkpoint, and made again
// from the newest checkpoint on a revert.
//
// Thread affinity: the training thread only; the observer (warnings) is called
// there. The step goes into the counter the session lends it, which other
// threads may read.
class TrainingRun {
public:
    TrainingRun(Project project, TrainingObserver* observer, std::atomic<std::int64_t>& step);
    ~TrainingRun();
    TrainingRun(const TrainingRun&) = delete;
    TrainingRun& operator=(const TrainingRun&) = delete;

    // This thread's threads and device; for a `distributed` run its group,
    // whose ranks must have been given the same settings; the project's
    // folders (rank 0); the data set. `preparing` says what takes time. Throws
    // StudioError, e.g. for a data set smaller than one batch of every rank.
    void setUp(const std::optional<DistributedSpec>& distributed,
               const std::function<void(const std::string&)>& preparing);
    // After setUp: the model fresh, weights initialised from the seed, step 0.
    void startFresh();
    // After setUp: the model from `checkpoint`, or from the newest one that
    // verifies when it is empty (a damaged one is skipped with a warning); in a
    // distributed run rank 0 picks and reads it and every rank restores it.
    // Throws StudioError naming what could not be read or does not fit.
    void resume(const std::string& checkpoint);
    // The model again from the newest checkpoint that verifies, or fresh when
    // none was written (then returns false).
    bool revert();

    // Rank 0, or alone: the one that writes the run's files.
    bool leader() const;
    // The data-parallel group; null when training alone.
    DataParallel* parallel() const { return m_parallel.get(); }
    // Made by startFresh(), resume() and revert().
    Trainer& trainer() const { return *m_trainer; }
    BatchSource& data() const { return *m_data; }
    at::Generator& noise() { return m_noise; }
    const at::Generator& noise() const { return m_noise; }

    // Take effect at once, and for every model made later.
    void setLearningRates(double lrG, double lrD);
    void setDStepsPerGStep(int steps);

    // The real images the quality scores compare with, set aside from the
    // data at setUp (eval/referenceset.h); empty on ranks other than 0, or
    // with evaluation off unless images are held out.
    const ReferenceSet& reference() const { return m_reference; }
    // The images it trains on (the data less the held-out ones).
    const ImageDataset& dataset() const { return m_dataset; }
    // The project's model with its classes resolved for the data set (setUp).
    const ModelSpec& model() const { return m_model; }

    // Real images' spread, the yardstick of the GAN monitor's diversity check.
    double realSpread() const;

    // Seconds trained, counted on from the checkpoint the model was made from.
    double elapsedSeconds() const { return m_elapsed; }
    void addSeconds(double seconds) { m_elapsed += seconds; }
    // The step of the newest checkpoint written, or the model was made from;
    // -1 for none.
    std::int64_t lastCheckpoint() const { return m_lastCheckpoint; }
    void setLastCheckpoint(std::int64_t step) { m_lastCheckpoint = step; }

private:
    void joinGroup(const DistributedSpec& spec, const std::function<void(const std::string&)>& preparing);
    std::uint64_t noiseSeed(std::int64_t step) const;
    void makeBatchSource();
    // `contents` is the verified checkpoint read from `path`.
    void restore(const std::string& path, const CheckpointFile::Contents& contents);
    // The newest checkpoint that verifies, with its path.
    std::pair<std::string, CheckpointFile::Contents> newestCheckpoint() const;

    Project m_project;
    TrainingObserver* m_observer;
    std::atomic<std::int64_t>& m_step;
    TrainingConfig m_config; // the project's, with the learning rates set since
    ModelSpec m_model;       // the project's, with the data set's classes
    int m_dSteps = 1;
    torch::Device m_device{torch::kCPU};
    std::unique_ptr<DataParallel> m_parallel; // lent to the trainer: outlives it
    ImageDataset m_dataset;                   // viewed by the batches: outlives them
    ReferenceSet m_reference;
    std::unique_ptr<Trainer> m_trainer;
    std::unique_ptr<BatchSource> m_data;
    at::Generator m_noise;
    double m_elapsed = 0.0;
    std::int64_t m_lastCheckpoint = -1;
};

} // namespace latent
