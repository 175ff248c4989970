// SPDX-License-Identifier: MIT
#pragma once

#include "train/progressestimate.h"
#include "train/trainingobserver.h"

#include <atomic>
#include <cstdint>
#include <mutex>
#include <string>

namespace latent {

// Prints a training run's progress for a person at a terminal: a bar updated
// in place when stderr is a terminal, one plain line per logged step when it is
// not (a log file, CI).
//
// Thread affinity: the observer calls come on the training thread; the
// accessors below are read by the thread that waits for the session (main).
class ProgressPrinter : public TrainingObserver {
public:
    ProgressPrinter();

    void onStateChanged(SessionState state, const std::string& message) override;
    void onMetrics(const StepMetrics& metrics) override;
    void onSampleGrid(std::int64_t step, const Image& grid, const std::string& path) override;
    void onCheckpointSaved(std::int64_t step, const std::string& path) override;
    void onEvaluated(const EvalResult& result) override;
    void onWarning(const std::string& message) override;
    void onWriteFailed(const std::string& message) override;

    // True once training diverged and paused itself: a headless run has
    // nobody to go back, so the CLI stops.
    bool pausedItself() const { return m_pausedItself; }
    // Writes that failed so far (each one paused the session).
    int writeFailures() const { return m_writeFailures; }
    // The reason it gave.
    std::string pauseReason() const;
    std::string lastSamplePath() const;

private:
    void endLine();
    void printLine(const std::string& text);

    bool m_terminal;
    bool m_midLine = false;
    std::atomic<bool> m_pausedItself{false};
    std::atomic<int> m_writeFailures{0};
    mutable std::mutex m_mutex;
    std::string m_pauseReason;
    std::string m_lastSample;
    ProgressEstimate m_estimate; // training thread only
};

} // namespace latent
