// SPDX-License-Identifier: MIT
#pragma once

#include "base/image.h"
#include "eval/evalresult.h"
#include "train/stepmetrics.h"

#include <string>

namespace latent {

enum class SessionState {
    Idle,      // not started
    Preparing, // loading the dataset, building or restoring the model
    Running,
    Paused,    // by the user, or by an error the user can fix (a full disk): see the message
    Diverged,  // a loss went non-finite; paused, the weights are not to be trusted
    Finished,  // reached its step target
    Stopped,   // stopped on request
    Failed     // ended by an error: see the message
};
const char* stateName(SessionState state);
bool isTerminal(SessionState state);

// What a TrainingSession reports. Every call comes on the training thread:
// implementations copy what they need and return quickly; a GUI forwards it
// to its own thread (queued), never touching widgets here.
class TrainingObserver {
public:
    virtual ~TrainingObserver() = default;
    // `message` says why when the state was not asked for (an error, divergence).
    virtual void onStateChanged(SessionState state, const std::string& message) { (void)state, (void)message; }
    virtual void onMetrics(const StepMetrics& metrics) { (void)metrics; }
    // The fixed-noise grid at `step`, also written to `path`.
    virtual void onSampleGrid(std::int64_t step, const Image& grid, const std::string& path)
    {
        (void)step, (void)grid, (void)path;
    }
    virtual void onCheckpointSaved(std::int64_t step, const std::string& path) { (void)step, (void)path; }
    // The generator was scored (eval/evaluator.h), after its row was written
    // to evaluation.csv.
    virtual void onEvaluated(const EvalResult& result) { (void)result; }
    // A periodic write failed (a full disk) and training paused itself,
    // after onStateChanged(Paused, message); resume tries again.
    virtual void onWriteFailed(const std::string& message) { (void)message; }
    // Problems that do not stop training (a skipped image, a GAN failing).
    virtual void onWarning(const std::string& message) { (void)message; }
};

} // namespace latent
