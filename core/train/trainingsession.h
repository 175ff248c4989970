// SPDX-License-Identifier: MIT
#pragma once

#include "base/studioerror.h"
#include "project/project.h"
#include "train/distributedspec.h"
#include "train/trainingobserver.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace latent {

// Trains a project on its own thread. The GUI, the CLI and the tests all drive
// this one class.
//
// Thread affinity: construct, start, command, wait for and destroy it from
// one owning thread. The command methods only set flags and return at once;
// the training thread honours them between steps, so stop takes effect within
// one step. The getters (state, step, errorMessage, errorKind,
// parameterChecksum) may be read from any thread. Events arrive through the
// TrainingObserver on the training thread.
//
// Files: metrics rows, fixed-noise grids (samples/step-N.png) and checkpoints
// (checkpoints/step-N.ckpt) at the configured intervals, and a checkpoint when
// training stops or finishes, unless the weights diverged.
class TrainingSession {
public:
    struct Options {
        bool resume = false;             // continue from a checkpoint instead of starting fresh
        std::string checkpoint;          // which one; empty = the newest loadable one
        std::int64_t targetSteps = 0;    // stop at this step; 0 = the project's step count
        std::int64_t moreSteps = 0;      // resume: stop this many steps past the checkpoint (overrides targetSteps)
        bool startPaused = false;
        // A data-parallel run (docs/DISTRIBUTED.md): gradients averaged over
        // the ranks each step; rank 0 takes the project's lock and writes
        // every file, the others write nothing; a resume shares rank 0's
        // checkpoint. A stop asked of any rank stops them all at the same step.
        std::optional<DistributedSpec> distributed;
    };

    TrainingSession(Project project, TrainingObserver* observer);
    // Stops the run (within a step) and waits for the thread.
    ~TrainingSession();
    TrainingSession(const TrainingSession&) = delete;
    TrainingSession& operator=(const TrainingSession&) = delete;

    // Starts the training thread; returns at once. Errors, even in loading,
    // arrive as SessionState::Failed. Throws StudioError(Failure) when this
    // session has been started already.
    void start(const Options& options);

    void pause();
    void resume();
    // While paused: one step, then paused again.
    void stepOnce();
    void requestStop();
    // After a divergence (or any time while paused): reload the newest
    // checkpoint and stay paused.
    void revertToLastCheckpoint();
    // Take effect from the next step.
    void setLearningRates(double lrG, double lrD);
    void setDStepsPerGStep(int steps);
    // A conditional model's grid rows (TrainingConfig::gridClasses); the
    // grid of the current step is drawn again with them.
    void setGridClasses(const std::vector<std::string>& chosen);

    // Waits for the thread to end, up to `timeoutMs` (< 0: forever).
    // Returns true when it has ended (or never started).
    bool wait(int timeoutMs = -1);

    SessionState state() const;
    std::int64_t step() const;
    // Set once the session failed: the message and its kind.
    std::string errorMessage() const;
    ErrorKind errorKind() const;
    // Distributed runs: SHA-256 over every weight and running statistic once
    // the run has ended (empty before, when it failed, or when alone): equal
    // on every rank.
    std::string parameterChecksum() const;

private:
    class Worker;
    std::unique_ptr<Worker> m_worker;
};

} // namespace latent
