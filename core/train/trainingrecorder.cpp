// SPDX-License-Identifier: MIT
#include "train/trainingrecorder.h"

#include "base/studioerror.h"
#include "base/usertext.h"
#include "eval/evaluationlog.h"
#include "eval/evaluator.h"
#include "io/atomicfile.h"
#include "io/imagegrid.h"
#include "io/pngfile.h"
#include "io/tensorboardlog.h"
#include "project/stepfile.h"
#include "train/checkpointfile.h"
#include "train/checkpointstore.h"
#include "train/gridclasses.h"
#include "train/metricslog.h"
#include "train/trainer.h"
#include "train/trainingstate.h"

#include <ATen/CPUGeneratorImpl.h>

namespace latent {

namespace {
constexpr int kGridImages = 64; // 8 x 8 fixed-noise samples
constexpr int kGridColumns = 8;
// Offsets the seed of the fixed sample noise from the training noise.
constexpr std::uint64_t kFixedNoiseSalt = 0x5EEDF1C5ull;

// Why training paused after a failed write, one sentence for each file (%1
// is the error); looked up only when a write fails (tryWrite). They keep the
// context TrainingSession, where they began.
//: %1 is why (an error naming the file)
const char* const kMetricsNotWritten =
    QT_TRANSLATE_NOOP("TrainingSession", "Could not write the metrics log: %1. Training is paused; free some space "
                                         "and resume.");
//: %1 is why (an error naming the file)
const char* const kGridNotWritten =
    QT_TRANSLATE_NOOP("TrainingSession", "Could not write the sample grid: %1. Training is paused; free some space "
                                         "and resume.");
//: %1 is why (an error naming the file)
const char* const kCheckpointNotWritten =
    QT_TRANSLATE_NOOP("TrainingSession", "Could not write the checkpoint: %1. Training is paused; free some space "
                                         "and resume.");
//: %1 is why (an error naming the file)
const char* const kFinalCheckpointNotWritten =
    QT_TRANSLATE_NOOP("TrainingSession", "Could not write the final checkpoint: %1. Training is paused; free some "
                                         "space and resume.");
//: %1 is why (an error naming the file)
const char* const kEvaluationNotWritten =
    QT_TRANSLATE_NOOP("TrainingSession", "Could not write the evaluation log: %1. Training is paused; free some "
                                         "space and resume.");
} // namespace

TrainingRecorder::TrainingRecorder(const Project& project, TrainingObserver* observer, PauseHook pause)
    : m_project(project), m_observer(observer), m_pause(std::move(pause))
{
    const ProjectConfig& config = m_project.config();
    torch::Generator fixed = at::make_generator<at::CPUGeneratorImpl>(config.training.seed ^ kFixedNoiseSalt);
    m_fixedNoise = torch::randn({kGridImages, config.model.latentDim}, fixed, torch::kFloat32);
    m_gridClasses = config.training.gridClasses;
}

void TrainingRecorder::setGridClasses(const std::vector<std::string>& chosen)
{
    m_gridClasses = chosen;
    m_gridClassesChecked = false;
}

TrainingRecorder::~TrainingRecorder() = default;

void TrainingRecorder::evaluateWith(EvaluatorFactory make, std::function<void(const std::string&)> note)
{
    m_makeEvaluator = std::move(make);
    m_note = std::move(note);
}

void TrainingRecorder::begin(const std::vector<std::string>& metricNames, std::int64_t resumedAt)
{
    m_metricNames = metricNames;
    m_log = std::make_unique<MetricsLog>(m_project.metricsPath(), m_metricNames, resumedAt);
    m_tensorboard = std::make_unique<TensorBoardLog>(m_project.tensorboardDir(), resumedAt);
    if (m_makeEvaluator) {
        // The scores up to the checkpoint stay, and so do their best and the
        // coverage a collapse is measured from.
        m_evaluationLog = std::make_unique<EvaluationLog>(m_project.evaluationPath(), resumedAt);
        const std::vector<EvalResult> kept = EvaluationLog::read(m_project.evaluationPath());
        m_best = EvaluationLog::best(kept);
        m_collapse = CollapseMonitor();
        for (const EvalResult& row : kept)
            m_collapse.observe(row);
    }
    m_lastGrid = -1;
    m_secondsSinceLog = 0.0;
    m_imagesSinceLog = 0;
}

void TrainingRecorder::countStep(double seconds, std::int64_t images)
{
    m_secondsSinceLog += seconds;
    m_imagesSinceLog += images;
}

bool TrainingRecorder::afterStep(const Moment& at)
{
    const TrainingConfig& t = m_project.config().training;
    const bool last = at.step == at.target;
    bool written = true;
    if (at.step % t.logEvery == 0 || last)
        written = tryWrite(&TrainingRecorder::writeMetrics, at, kMetricsNotWritten);
    if (written && (at.step % t.sampleEvery == 0 || last))
        written = tryWrite(&TrainingRecorder::writeSampleGrid, at, kGridNotWritten);
    if (written && m_makeEvaluator && t.evaluateEvery > 0 && (at.step % t.evaluateEvery == 0 || last))
        written = tryWrite(&TrainingRecorder::writeEvaluation, at, kEvaluationNotWritten);
    // A new best is kept as a checkpoint of its own step, whatever the interval.
    const bool newBest = m_best && m_best->step == at.step;
    if (written && (at.step % t.checkpointEvery == 0 || last || newBest))
        return tryWrite(&TrainingRecorder::writeCheckpoint, at, kCheckpointNotWritten);
    return false;
}

void TrainingRecorder::redrawGrid(const Moment& at)
{
    if (at.step > 0)
        tryWrite(&TrainingRecorder::writeSampleGrid, at, kGridNotWritten);
}

void TrainingRecorder::writeFinalGrid(const Moment& at)
{
    if (at.step > 0 && m_lastGrid != at.step)
        tryWrite(&TrainingRecorder::writeSampleGrid, at, kGridNotWritten);
}

bool TrainingRecorder::writeFinalCheckpoint(const Moment& at)
{
    return tryWrite(&TrainingRecorder::writeCheckpoint, at, kFinalCheckpointNotWritten);
}

bool TrainingRecorder::tryWrite(Write write, const Moment& at, const char* failed)
{
    try {
        (this->*write)(at);
        return true;
    } catch (const StudioError& e) {
        const std::string message = translate("TrainingSession", failed).arg(e.what());
        m_pause(message);
        if (m_observer)
            m_observer->onWriteFailed(message);
        return false;
    }
}

void TrainingRecorder::writeMetrics(const Moment& at)
{
    StepMetrics metrics;
    metrics.step = at.step;
    metrics.totalSteps = at.target;
    metrics.elapsedSeconds = at.elapsedSeconds;
    metrics.samplesPerSecond = m_secondsSinceLog > 0 ? double(m_imagesSinceLog) / m_secondsSinceLog : 0.0;
    metrics.names = m_metricNames;
    metrics.values = at.values;
    metrics.augmentStrength = at.trainer.augmentStrength();
    m_secondsSinceLog = 0.0;
    m_imagesSinceLog = 0;
    if (m_observer)
        m_observer->onMetrics(metrics);
    m_log->append(metrics);
    std::vector<std::string> tags = metrics.names;
    std::vector<double> values = metrics.values;
    tags.push_back("images_per_second");
    values.push_back(metrics.samplesPerSecond);
    if (metrics.augmentStrength) {
        tags.push_back("augment_strength");
        values.push_back(*metrics.augmentStrength);
    }
    m_tensorboard->addScalars(at.step, tags, values);
}

void TrainingRecorder::writeSampleGrid(const Moment& at)
{
    Networks& networks = at.trainer.networks();
    torch::Tensor z = m_fixedNoise, classes;
    if (networks.conditional()) {
        // One row per class (the chosen ones, or spread over them all), the
        // same noise down each column.
        std::vector<std::string> unknown;
        const std::vector<int> rows =
            gridClasses(networks.spec(), m_gridClasses, TrainingConfig::kMaxGridClasses, &unknown);
        if (!std::exchange(m_gridClassesChecked, true) && !unknown.empty() && m_observer)
            //: %1 lists the names asked for, %2 the model's classes
            m_observer->onWarning(translate("TrainingSession", "The sample grid cannot show %1: the model's classes "
                                                               "are %2.")
                                      .arg(joinedNames(unknown))
                                      .arg(joinedNames(networks.spec().classNames)));
        const std::int64_t count = std::int64_t(rows.size());
        const torch::Tensor picked =
            torch::tensor(std::vector<std::int64_t>(rows.begin(), rows.end()), torch::kInt64)
                .repeat_interleave(kGridColumns);
        z = m_fixedNoise.narrow(0, 0, kGridColumns).repeat({count, 1});
        classes = oneHotClasses(picked, networks.spec().classCount());
    }
    const Image grid = makeImageGrid(tensorToImages(networks.generate(z, classes)), kGridColumns);
    const std::string path = m_project.samplesDir() + "/" + stepFileName(at.step, "png");
    const QByteArray png = encodePng(grid); // once, for the file and TensorBoard
    writeFileAtomically(path, png);
    m_tensorboard->addImage(at.step, "samples", grid, png);
    m_lastGrid = at.step;
    if (m_observer)
        m_observer->onSampleGrid(at.step, grid, path);
}

void TrainingRecorder::writeCheckpoint(const Moment& at)
{
    const TrainingState state{at.step, at.sampler.epoch(), at.sampler.position(), at.noise.get_state()};
    const ProjectConfig& config = m_project.config();
    const CheckpointStore store(m_project.checkpointsDir());
    const std::string path = store.pathFor(at.step);
    CheckpointFile::write(path, state.header(at.elapsedSeconds, at.trainer.networks().spec(), config.training.seed),
                          state.save(at.trainer));
    store.prune(config.training.keepCheckpoints, m_best ? m_best->step : -1);
    if (m_observer)
        m_observer->onCheckpointSaved(at.step, path);
}

void TrainingRecorder::writeEvaluation(const Moment& at)
{
    if (!m_evaluator) {
        if (m_note)
            m_note(translate("TrainingSession", "Preparing the quality scores (once per project: a feature network "
                                                "learns from the data)…"));
        try {
            m_evaluator = m_makeEvaluator();
            if (m_note)
                m_note({}); // back to plain training
        } catch (const StudioError& e) {
            // Training goes on unscored; the run says why.
            m_makeEvaluator = nullptr;
            if (m_observer)
                //: %1 says why the scores could not be prepared
                m_observer->onWarning(translate("TrainingSession", "No quality scores for this run: %1").arg(e.what()));
            return;
        }
    }
    Networks& networks = at.trainer.networks();
    const EvalResult result = m_evaluator->evaluate(
        [&networks](const torch::Tensor& z) { return networks.generate(z.to(networks.device())); },
        m_project.config().model.latentDim, at.step);
    m_evaluationLog->append(result);
    std::vector<std::string> tags;
    for (const std::string& name : EvalResult::columnNames())
        tags.push_back("evaluation/" + name);
    m_tensorboard->addScalars(at.step, tags, result.values());
    if (!m_best || result.fd < m_best->fd)
        m_best = result;
    if (m_observer) {
        m_observer->onEvaluated(result);
        if (const std::optional<std::string> warning = m_collapse.observe(result))
            m_observer->onWarning(*warning);
    }
}

} // namespace latent
