// SPDX-License-Identifier: MIT
// Internal to latent_core: LibTorch types. Never include from ui/ or app/.
#pragma once

#include "eval/collapsemonitor.h"
#include "eval/evalresult.h"
#include "project/project.h"
#include "train/trainingobserver.h"

#include <torch/torch.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace latent {

class BatchSampler;
class EvaluationLog;
class Evaluator;
class MetricsLog;
class TensorBoardLog;
class Trainer;

// What a training run leaves in its project folder as it goes: metrics rows
// (metrics.csv, and TensorBoard scalars with the rate), fixed-noise sample
// grids (samples/step-N.png, and TensorBoard images), quality scores when
// it has an evaluator (evaluation.csv and TensorBoard scalars, with a
// warning on mode collapse) and checkpoints (checkpoints/step-N.ckpt, the
// oldest pruned but the best by the scores kept, and one written at each new
// best), each at its configured interval and all at the last step. A write that fails (a full disk) pauses
// training with a sentence naming the file and why. In a data-parallel run
// only rank 0 has one.
//
// Thread affinity: the training thread only, like the TrainingSession worker
// that owns it; the observer is called there too.
class TrainingRecorder {
public:
    // The run at a write, lent by the session for the call.
    struct Moment {
        std::int64_t step;
        std::int64_t target; // the step the run ends at
        double elapsedSeconds;
        const std::vector<double>& values; // the step's metrics, in the trainer's metricNames() order
        Trainer& trainer;
        const BatchSampler& sampler;
        const at::Generator& noise;
    };
    // Pauses the session after a failed write, with the sentence that says so
    // (before the observer's onWriteFailed).
    using PauseHook = std::function<void(const std::string& message)>;

    TrainingRecorder(const Project& project, TrainingObserver* observer, PauseHook pause);
    ~TrainingRecorder();
    TrainingRecorder(const TrainingRecorder&) = delete;
    TrainingRecorder& operator=(const TrainingRecorder&) = delete;

    // Makes the evaluator; slow the first time in a project (its feature
    // network learns from the data), so called at the first evaluation.
    using EvaluatorFactory = std::function<std::unique_ptr<Evaluator>()>;
    // Scores the run every `evaluate_every` steps with the evaluator `make`
    // makes (set before begin()); `note` says what takes the time meanwhile.
    void evaluateWith(EvaluatorFactory make, std::function<void(const std::string&)> note);

    // A run starts, or starts again after a revert: fresh (`resumedAt` -1,
    // metrics.csv begun anew) or from the checkpoint of step `resumedAt` (rows
    // logged after it dropped). Opens a new TensorBoard event file. Throws
    // StudioError naming the file that cannot be written.
    void begin(const std::vector<std::string>& metricNames, std::int64_t resumedAt);
    // One step's time and real images, for the rate the next metrics row logs.
    void countStep(double seconds, std::int64_t images);
    // The writes due after `at.step` (all of them at the last step). After a
    // failed one the others of this step would fail too: one pause, one
    // message; they come again at their next step. Returns true when a
    // checkpoint was written.
    bool afterStep(const Moment& at);
    // A conditional model's grid rows from the next grid on (gridClasses()).
    void setGridClasses(const std::vector<std::string>& chosen);
    // The grid of `at.step` again (after new grid classes), over its file.
    void redrawGrid(const Moment& at);
    // At the end of a run: the grid of its last step, unless written already.
    void writeFinalGrid(const Moment& at);
    // The checkpoint a run ends with; false (and paused) when it failed.
    bool writeFinalCheckpoint(const Moment& at);

private:
    using Write = void (TrainingRecorder::*)(const Moment&);
    // Runs a write; a failure pauses training with the sentence `failed`
    // (marked with QT_TRANSLATE_NOOP; %1: why the write failed).
    bool tryWrite(Write write, const Moment& at, const char* failed);
    void writeMetrics(const Moment& at);
    void writeSampleGrid(const Moment& at);
    void writeCheckpoint(const Moment& at);
    void writeEvaluation(const Moment& at);

    Project m_project;
    TrainingObserver* m_observer;
    PauseHook m_pause;
    torch::Tensor m_fixedNoise; // the latent vectors of every sample grid
    std::vector<std::string> m_gridClasses;
    bool m_gridClassesChecked = false; // names that are no class were reported
    std::vector<std::string> m_metricNames;
    std::unique_ptr<MetricsLog> m_log;
    std::unique_ptr<TensorBoardLog> m_tensorboard; // the same numbers and grids, for TensorBoard
    EvaluatorFactory m_makeEvaluator;
    std::function<void(const std::string&)> m_note;
    std::unique_ptr<Evaluator> m_evaluator; // made at the first evaluation
    std::unique_ptr<EvaluationLog> m_evaluationLog;
    std::optional<EvalResult> m_best; // the lowest FD of the run so far
    CollapseMonitor m_collapse;
    std::int64_t m_lastGrid = -1;
    double m_secondsSinceLog = 0.0;
    std::int64_t m_imagesSinceLog = 0;
};

} // namespace latent
