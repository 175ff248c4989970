// SPDX-License-Identifier: MIT
// The training thread of a TrainingSession: the command block it shares with
// the owning thread, the order of a run (prepare, train, end) and the step
// loop with its checks. The model and its making are TrainingRun's, what a
// run writes TrainingRecorder's, what the ranks of a data-parallel run agree
// on rankagreement.h's.
#include "train/trainingsession.h"

#include "base/allocatorpolicy.h"
#include "base/usertext.h"
#include "eval/evaluator.h"
#include "eval/referencefeatures.h"
#include "project/projectlock.h"
#include "train/checkpointstore.h"
#include "train/dataparallel.h"
#include "train/divergencecheck.h"
#include "train/ganhealthmonitor.h"
#include "train/rankagreement.h"
#include "train/trainer.h"
#include "train/trainingrecorder.h"
#include "train/trainingrun.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace latent {

namespace {
using Clock = std::chrono::steady_clock;
} // namespace

// What the training thread owns besides the model (TrainingRun), and the small
// command block it shares with the owning thread (under m_mutex).
class TrainingSession::Worker {
public:
    Worker(Project project, TrainingObserver* observer) : m_project(std::move(project)), m_observer(observer) {}
    ~Worker()
    {
        command([this] { m_abandon = true; });
        if (m_thread.joinable())
            m_thread.join();
    }

    void start(const Options& options)
    {
        if (m_thread.joinable())
            throw StudioError::failure(
                {}, translate("TrainingSession", "this training session has already been started"));
        m_paused = options.startPaused;
        m_thread = std::thread([this, options] { run(options); });
    }

    // --- commands, from the owning thread --------------------------------
    void command(const std::function<void()>& change)
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            change();
        }
        m_wake.notify_all();
    }
    void requestStop()
    {
        command([this] {
            ++m_stopRequests;
        });
    }

    bool wait(int timeoutMs)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        if (!m_thread.joinable())
            return true;
        if (timeoutMs < 0)
            m_ended.wait(lock, [this] { return m_done; });
        else if (!m_ended.wait_for(lock, std::chrono::milliseconds(timeoutMs), [this] { return m_done; }))
            return false;
        lock.unlock();
        m_thread.join();
        return true;
    }

    // Shared with the owning thread (m_mutex).
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_ended;
    int m_stopRequests = 0;
    bool m_abandon = false; // the session is being destroyed: give up at once
    bool stopAsked() const { return m_stopRequests > 0 || m_abandon; }
    bool m_paused = false;
    bool m_revert = false;
    bool m_done = false;
    int m_singleSteps = 0;
    std::optional<std::pair<double, double>> m_newRates;
    std::optional<int> m_newDSteps;
    std::optional<std::vector<std::string>> m_newGridClasses;
    std::string m_error;
    ErrorKind m_errorKind = ErrorKind::Failure;
    std::string m_checksum;

    std::atomic<SessionState> m_state{SessionState::Idle};
    std::atomic<std::int64_t> m_step{0};

private:
    void run(const Options& options);
    void prepare(const Options& options);
    void trainLoop();
    bool awaitPermission();
    // Paused after a failed write: waits for resume (true: try again), or for
    // a stop asked for after `stopsBefore` stops (false: give up).
    bool awaitRetry(int stopsBefore);
    int stopRequests();
    void setState(SessionState state, const std::string& message = {});
    void pauseWith(SessionState state, const std::string& message);
    void finishWith(SessionState state, const std::string& message, ErrorKind kind = ErrorKind::Failure);

    // The model again from the newest checkpoint (or the start), paused.
    void revert();
    // After the model is made: what the per-step checks need of its names.
    void watchMetrics();
    // Distributed: one all-reduce carries this step's numbers (rankagreement.h).
    // Returns true when some rank was asked to stop.
    bool shareStep(torch::Tensor& numbers, std::size_t count);
    // The run as the recorder writes it.
    TrainingRecorder::Moment moment() const;

    Project m_project;
    TrainingObserver* m_observer;
    std::thread m_thread;

    // Training-thread state.
    std::unique_ptr<ProjectLock> m_lock; // held from prepare() to the end of run(); rank 0 only
    std::unique_ptr<TrainingRun> m_run;
    std::unique_ptr<TrainingRecorder> m_recorder; // rank 0 only: it writes every file
    std::unique_ptr<DivergenceCheck> m_divergence;
    std::unique_ptr<GanHealthMonitor> m_health; // GANs only, rank 0 only
    std::size_t m_dRealAt = 0, m_dFakeAt = 0;   // where m_health's numbers are among the metrics
    std::int64_t m_target = 0;
    bool m_diverged = false;
    bool m_stopAgreed = false; // distributed: the ranks agreed to stop early
    std::vector<double> m_lastValues;
};

// ---- state reporting ------------------------------------------------------

void TrainingSession::Worker::setState(SessionState state, const std::string& message)
{
    m_state = state;
    if (m_observer)
        m_observer->onStateChanged(state, message);
}

void TrainingSession::Worker::pauseWith(SessionState state, const std::string& message)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_paused = true;
        m_singleSteps = 0;
    }
    setState(state, message);
}

void TrainingSession::Worker::finishWith(SessionState state, const std::string& message, ErrorKind kind)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (state == SessionState::Failed) {
            m_error = message;
            m_errorKind = kind;
        }
    }
    setState(state, message);
}

// ---- the run ----------------------------------------------------------------

void TrainingSession::Worker::run(const Options& options)
{
    try {
        prepare(options);
        trainLoop();
        if (m_run->parallel()) { // the ranks' proof of agreement; nobody else reads it
            const std::string checksum = m_run->trainer().networks().checksum();
            std::lock_guard<std::mutex> lock(m_mutex);
            m_checksum = checksum;
        }
    } catch (const StudioError& e) {
        finishWith(SessionState::Failed, e.what(), e.kind());
    } catch (const c10::Error& e) {
        finishWith(SessionState::Failed,
                   translate("TrainingSession", "LibTorch error: %1").arg(e.what_without_backtrace()));
    } catch (const std::exception& e) {
        finishWith(SessionState::Failed, e.what());
    }
    releaseKeptMemory(); // the steps' activations, kept for reuse while training
    m_lock.reset();
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_done = true;
    }
    m_ended.notify_all();
}

void TrainingSession::Worker::prepare(const Options& options)
{
    // First: a second process must not write into a run (one studio training
    // while another, or latent-cli, resumes the same project).
    const bool leads = !options.distributed || options.distributed->isLeader();
    if (leads)
        m_lock = std::make_unique<ProjectLock>(m_project.dir());
    const ProjectConfig& config = m_project.config();
    m_target = options.targetSteps > 0 ? options.targetSteps : config.training.steps;

    m_run = std::make_unique<TrainingRun>(m_project, m_observer, m_step);
    m_run->setUp(options.distributed, [this](const std::string& what) { setState(SessionState::Preparing, what); });
    if (leads)
        m_recorder = std::make_unique<TrainingRecorder>(m_project, m_observer, [this](const std::string& message) {
            pauseWith(SessionState::Paused, message);
        });
    const bool evaluating = m_recorder && config.training.evaluateEvery > 0;
    if (evaluating)
        m_recorder->evaluateWith(
            [this, config] {
                ReferenceFeatures reference =
                    ReferenceFeatures::ofProject(m_project.dir(), config, &m_run->reference(), &m_run->dataset());
                return std::make_unique<Evaluator>(std::move(reference.network), reference.features,
                                                   config.training.evaluationSamples,
                                                   Evaluator::latentSeed(config.training.seed));
            },
            [this](const std::string& what) { setState(SessionState::Running, what); });
    // With quality scores, collapse is told from them (eval/collapsemonitor.h);
    // without, from the spread of each batch (a real spread of 0 turns it off).
    if (config.model.family != ModelSpec::Family::Vae && leads)
        m_health = std::make_unique<GanHealthMonitor>(config.model.loss, evaluating ? 0.0 : m_run->realSpread());

    if (options.resume)
        m_run->resume(options.checkpoint);
    else
        m_run->startFresh();
    if (m_recorder) // from the checkpoint the model was made from, or anew
        m_recorder->begin(m_run->trainer().metricNames(), m_run->lastCheckpoint());
    watchMetrics();
    if (options.resume && options.moreSteps > 0)
        m_target = m_step + options.moreSteps;
    if (m_run->parallel()) // identical to the last bit on every rank, whatever each one loaded
        m_run->parallel()->broadcastFromLeader(m_run->trainer().state());
}

void TrainingSession::Worker::watchMetrics()
{
    // The names are the same for every trainer of this model: looked up once.
    const std::vector<std::string> names = m_run->trainer().metricNames();
    m_divergence = std::make_unique<DivergenceCheck>(names, m_run->trainer().gradientNames());
    if (!m_health)
        return;
    m_dRealAt = std::size_t(std::find(names.begin(), names.end(), "d_real") - names.begin());
    m_dFakeAt = std::size_t(std::find(names.begin(), names.end(), "d_fake") - names.begin());
    if (m_dRealAt == names.size() || m_dFakeAt == names.size())
        m_health.reset(); // a GAN that logs no D(x) and D(G(z)) gives the monitor nothing to judge
}

void TrainingSession::Worker::revert()
{
    const bool fromCheckpoint = m_run->revert();
    m_diverged = false;
    if (m_recorder) // and its rate begins again
        m_recorder->begin(m_run->trainer().metricNames(), m_run->lastCheckpoint());
    if (!fromCheckpoint)
        setState(SessionState::Paused, translate("TrainingSession", "Went back to the start (no checkpoint had been "
                                                                    "written). Resume when ready; a lower learning "
                                                                    "rate may help."));
    else
        setState(SessionState::Paused, translate("TrainingSession", "Went back to the checkpoint of step %1. Resume "
                                                                    "when ready; a lower learning rate may help.")
                                           .arg(m_step.load()));
}

// Called between steps. Applies pending settings, honours pause, single step,
// revert and stop. Returns false when the run should end.
bool TrainingSession::Worker::awaitPermission()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        if (m_newRates) {
            m_run->setLearningRates(m_newRates->first, m_newRates->second);
            m_newRates.reset();
        }
        if (m_newDSteps) {
            m_run->setDStepsPerGStep(*m_newDSteps);
            m_newDSteps.reset();
        }
        if (m_newGridClasses) {
            // Shown at once, paused or not: the grid of this step again.
            const std::vector<std::string> chosen = std::move(*m_newGridClasses);
            m_newGridClasses.reset();
            lock.unlock();
            if (m_recorder) {
                m_recorder->setGridClasses(chosen);
                m_recorder->redrawGrid(moment());
            }
            lock.lock();
            continue;
        }
        if (stopAsked()) {
            // Distributed: one more step carries the stop to the other ranks
            // (shareStep), unless all of them diverged together.
            if (!m_run->parallel() || m_diverged)
                return false;
            return true;
        }
        if (m_revert) {
            m_revert = false;
            lock.unlock();
            revert();
            lock.lock();
            continue;
        }
        if (m_diverged) {
            // Stepping diverged weights only spreads the NaNs: wait for revert or stop.
            m_wake.wait(lock);
            continue;
        }
        if (!m_paused) {
            if (m_state != SessionState::Running) {
                lock.unlock();
                setState(SessionState::Running);
                lock.lock();
            }
            return true;
        }
        if (m_singleSteps > 0) {
            --m_singleSteps;
            return true;
        }
        if (m_state != SessionState::Paused) {
            lock.unlock();
            setState(SessionState::Paused);
            lock.lock();
            continue;
        }
        m_wake.wait(lock);
    }
}

int TrainingSession::Worker::stopRequests()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_stopRequests;
}

bool TrainingSession::Worker::awaitRetry(int stopsBefore)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_wake.wait(lock, [&] { return m_abandon || m_stopRequests > stopsBefore || !m_paused || m_singleSteps > 0; });
    if (m_abandon || m_stopRequests > stopsBefore)
        return false;
    m_singleSteps = 0;
    lock.unlock();
    setState(SessionState::Running, translate("TrainingSession", "Trying the final checkpoint again."));
    return true;
}

void TrainingSession::Worker::trainLoop()
{
    while (m_step < m_target) {
        if (!awaitPermission())
            break;
        const auto started = Clock::now();
        const StepResult result = m_run->trainer().step(m_run->data(), m_run->noise());
        // One transfer (and one wait) for everything the session checks.
        std::vector<torch::Tensor> parts{result.metrics.flatten(), result.gradientNorms.flatten()};
        if (result.sampleSpread.defined())
            parts.push_back(result.sampleSpread.reshape({1}).to(result.metrics.device()));
        torch::Tensor numbers = torch::cat(parts).to(torch::kFloat64);
        const std::size_t count = std::size_t(numbers.numel());
        const bool stopNow = m_run->parallel() && shareStep(numbers, count);
        numbers = numbers.narrow(0, 0, std::int64_t(count)).to(torch::kCPU).contiguous();
        const double* all = numbers.data_ptr<double>();
        const std::int64_t step = ++m_step;
        if (stopNow) {
            m_stopAgreed = true;
            m_target = step; // this step is the last: rank 0 writes it as such
        }
        const std::size_t metricCount = std::size_t(result.metrics.numel());
        m_lastValues.assign(all, all + metricCount);
        if (const auto diverged = m_divergence->check(step, all, all + metricCount, m_run->lastCheckpoint())) {
            m_diverged = true;
            pauseWith(SessionState::Diverged, *diverged);
            continue;
        }
        if (m_health && result.sampleSpread.defined()) {
            const double spread = all[count - 1];
            for (const std::string& warning : m_health->observe(step, all[m_dRealAt], all[m_dFakeAt], spread))
                if (m_observer)
                    m_observer->onWarning(warning);
        }

        const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
        m_run->addSeconds(seconds);
        if (!m_recorder)
            continue; // rank 0 writes every file
        m_recorder->countStep(seconds, m_run->trainer().imagesPerStep(m_run->data().batchSize()));
        if (m_recorder->afterStep(moment()))
            m_run->setLastCheckpoint(step);
    }

    if (m_diverged) {
        finishWith(SessionState::Stopped, translate("TrainingSession", "Stopped after divergence; nothing was saved "
                                                                       "from the diverged weights."));
        return;
    }
    if (!m_recorder) {
        finishWith(m_step >= m_target && !m_stopAgreed ? SessionState::Finished : SessionState::Stopped, {});
        return;
    }
    m_recorder->writeFinalGrid(moment());
    // The weights exist only in memory until this succeeds: while it fails,
    // stay paused (Resume tries again) until a stop is asked for once more.
    for (;;) {
        const int stops = stopRequests();
        if (m_step == 0 || m_run->lastCheckpoint() == m_step)
            break;
        if (m_recorder->writeFinalCheckpoint(moment())) {
            m_run->setLastCheckpoint(m_step);
            break;
        }
        if (!awaitRetry(stops)) {
            const auto saved = CheckpointStore(m_project.checkpointsDir()).latest();
            if (saved.step >= 0)
                throw StudioError::failure(m_project.checkpointsDir(),
                                           translate("TrainingSession", "the final checkpoint could not be written, "
                                                                        "so steps after the checkpoint of step %1 are "
                                                                        "lost")
                                               .arg(saved.step));
            throw StudioError::failure(m_project.checkpointsDir(),
                                       translate("TrainingSession", "the final checkpoint could not be written, so "
                                                                    "steps after the start are lost"));
        }
    }
    finishWith(m_step >= m_target && !m_stopAgreed ? SessionState::Finished : SessionState::Stopped, {});
}

bool TrainingSession::Worker::shareStep(torch::Tensor& numbers, std::size_t count)
{
    bool stopHere = false;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        stopHere = stopAsked();
    }
    return latent::shareStep(*m_run->parallel(), numbers, count, m_run->trainer().networks().runningStatistics(),
                             stopHere);
}

TrainingRecorder::Moment TrainingSession::Worker::moment() const
{
    return {m_step, m_target, m_run->elapsedSeconds(), m_lastValues, m_run->trainer(), m_run->data().sampler(),
            m_run->noise()};
}

// ---- the public face ----------------------------------------------------------

TrainingSession::TrainingSession(Project project, TrainingObserver* observer)
    : m_worker(std::make_unique<Worker>(std::move(project), observer))
{
}

TrainingSession::~TrainingSession() = default;

void TrainingSession::start(const Options& options) { m_worker->start(options); }
void TrainingSession::pause() { m_worker->command([w = m_worker.get()] { w->m_paused = true; }); }
void TrainingSession::resume() { m_worker->command([w = m_worker.get()] { w->m_paused = false; }); }
void TrainingSession::stepOnce() { m_worker->command([w = m_worker.get()] { w->m_singleSteps += 1; }); }
void TrainingSession::requestStop() { m_worker->requestStop(); }
void TrainingSession::revertToLastCheckpoint() { m_worker->command([w = m_worker.get()] { w->m_revert = true; }); }

void TrainingSession::setLearningRates(double lrG, double lrD)
{
    m_worker->command([w = m_worker.get(), lrG, lrD] { w->m_newRates = std::make_pair(lrG, lrD); });
}

void TrainingSession::setDStepsPerGStep(int steps)
{
    m_worker->command([w = m_worker.get(), steps] { w->m_newDSteps = std::max(1, steps); });
}

void TrainingSession::setGridClasses(const std::vector<std::string>& chosen)
{
    m_worker->command([w = m_worker.get(), chosen] { w->m_newGridClasses = chosen; });
}

bool TrainingSession::wait(int timeoutMs) { return m_worker->wait(timeoutMs); }
SessionState TrainingSession::state() const { return m_worker->m_state; }
std::int64_t TrainingSession::step() const { return m_worker->m_step; }

std::string TrainingSession::errorMessage() const
{
    std::lock_guard<std::mutex> lock(m_worker->m_mutex);
    return m_worker->m_error;
}

ErrorKind TrainingSession::errorKind() const
{
    std::lock_guard<std::mutex> lock(m_worker->m_mutex);
    return m_worker->m_errorKind;
}

std::string TrainingSession::parameterChecksum() const
{
    std::lock_guard<std::mutex> lock(m_worker->m_mutex);
    return m_worker->m_checksum;
}

} // namespace latent
