// SPDX-License-Identifier: MIT
#include "train/trainingsession.h"

#include "base/compute.h"
#include "base/usertext.h"
#include "data/datasetloader.h"
#include "io/atomicfile.h"
#include "io/imagegrid.h"
#include "io/pngfile.h"
#include "io/tensorboardlog.h"
#include "project/projectlock.h"
#include "project/stepfile.h"
#include "train/checkpointfile.h"
#include "train/checkpointstore.h"
#include "train/dataparallel.h"
#include "train/ganhealthmonitor.h"
#include "train/metricslog.h"
#include "train/trainer.h"

#include <ATen/CPUGeneratorImpl.h>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>

namespace latent {

const char* stateName(SessionState state)
{
    switch (state) {
    case SessionState::Idle: return "idle";
    case SessionState::Preparing: return "preparing";
    case SessionState::Running: return "running";
    case SessionState::Paused: return "paused";
    case SessionState::Diverged: return "diverged";
    case SessionState::Finished: return "finished";
    case SessionState::Stopped: return "stopped";
    case SessionState::Failed: return "failed";
    }
    return "?";
}

bool isTerminal(SessionState state)
{
    return state == SessionState::Finished || state == SessionState::Stopped || state == SessionState::Failed;
}

namespace {
using Clock = std::chrono::steady_clock;
constexpr int kGridImages = 64; // 8 x 8 fixed-noise samples
constexpr int kGridColumns = 8;
// Offsets the seed of the fixed sample noise from the training noise.
constexpr std::uint64_t kFixedNoiseSalt = 0x5EEDF1C5ull;
// Gives each rank of a data-parallel run its own training noise.
constexpr std::uint64_t kRankNoiseSalt = 0x9E3779B97F4A7C15ull;

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

// Why training paused after a failed write, one sentence for each file (%1
// is the error); looked up only when a write fails (tryWrite).
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

// "the generator's gradient", a whole phrase for each network the trainers name.
std::string gradientOf(const std::string& network)
{
    if (network == "generator")
        return translate("TrainingSession", "the generator's gradient");
    if (network == "discriminator")
        return translate("TrainingSession", "the discriminator's gradient");
    if (network == "VAE")
        return translate("TrainingSession", "the VAE's gradient");
    //: %1 names a network
    return translate("TrainingSession", "the %1's gradient").arg(network);
}
} // namespace

// Everything the training thread owns, and the small command block it shares
// with the owning thread (under m_mutex).
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

    void joinGroup(const DistributedSpec& spec);
    // Refuses, on every rank, a run whose ranks were given different settings.
    void requireSameSettings();
    bool leader() const { return !m_parallel || m_parallel->isLeader(); }
    std::uint64_t noiseSeed(std::int64_t step) const;
    void makeBatchSource();
    void startFresh();
    // Real images' spread, the yardstick of the GAN monitor's diversity check.
    double realSpread() const;
    // Non-finite losses or gradients: pauses as Diverged and returns true.
    bool checkFinite(std::int64_t step, const double* values, std::size_t metricCount, const double* norms,
                     std::size_t normCount);
    // `contents` is the verified checkpoint read from `path`.
    void restore(const std::string& path, const CheckpointFile::Contents& contents);
    // The newest checkpoint that verifies, with its path.
    std::pair<std::string, CheckpointFile::Contents> newestCheckpoint();
    void restoreNewest();
    // Distributed: rank 0 picks and reads the checkpoint, every rank restores it.
    void restoreShared(const Options& options);
    // Distributed: one all-reduce per step (below). Returns true when some
    // rank was asked to stop.
    bool shareStep(torch::Tensor& numbers, std::size_t count);
    void revert();
    void writeMetrics();
    void writeSampleGrid();
    void writeCheckpoint();
    // Runs a periodic write; a failure (a full disk) pauses training with the
    // sentence `failed` (marked with QT_TRANSLATE_NOOP; %1: why the write failed).
    bool tryWrite(void (Worker::*write)(), const char* failed);

    Project m_project;
    TrainingObserver* m_observer;
    std::thread m_thread;

    // Training-thread state.
    TrainingConfig m_config;
    torch::Device m_device{torch::kCPU};
    std::unique_ptr<ProjectLock> m_lock; // held from prepare() to the end of run(); rank 0 only
    std::unique_ptr<DataParallel> m_parallel; // distributed runs only
    ImageDataset m_dataset;
    std::unique_ptr<Trainer> m_trainer;
    std::unique_ptr<BatchSource> m_data;
    at::Generator m_noise;
    torch::Tensor m_fixedNoise;
    std::unique_ptr<MetricsLog> m_log;
    std::unique_ptr<TensorBoardLog> m_tensorboard; // the same numbers and grids, for TensorBoard
    std::unique_ptr<GanHealthMonitor> m_health; // GANs only
    std::int64_t m_target = 0;
    std::int64_t m_lastCheckpoint = -1;
    std::int64_t m_lastGrid = -1;
    bool m_diverged = false;
    bool m_stopAgreed = false; // distributed: the ranks agreed to stop early
    double m_elapsed = 0.0;
    double m_secondsSinceLog = 0.0;
    std::int64_t m_imagesSinceLog = 0;
    int m_dSteps = 1;
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
        if (m_parallel) { // the ranks' proof of agreement; nobody else reads it
            const std::string checksum = m_trainer->networks().checksum();
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
    m_config = config.training;
    m_dSteps = m_config.dStepsPerGStep;
    m_target = options.targetSteps > 0 ? options.targetSteps : m_config.steps;

    // Thread count and grad mode are per thread: set them here, on the worker.
    int threads = m_config.threads;
    std::string device = compute::resolveDevice(m_config.device);
    if (options.distributed) {
        // Automatic threads share this machine's cores among its ranks; each
        // rank on a GPU machine takes the GPU of its local rank.
        if (threads == 0)
            threads = std::max(1, compute::defaultThreadCount() / options.distributed->localWorldSize);
        if (device == "cuda")
            device += ":" + std::to_string(options.distributed->localRank);
    }
    compute::useThreads(threads);
    m_device = torch::Device(device);
    if (options.distributed)
        joinGroup(*options.distributed);
    if (leads)
        m_project.ensureFolders();
    //: %1 describes the data set, e.g. "MNIST (60000 images)"
    setState(SessionState::Preparing, translate("TrainingSession", "Loading %1").arg(config.dataset.describe()));

    m_dataset = DatasetLoader::load(config.dataset, config.model.imageSize, config.model.channels, m_config.seed,
                                    [this](const std::string& w) {
                                        if (m_observer)
                                            m_observer->onWarning(w);
                                    });
    const int ranks = m_parallel ? m_parallel->spec().worldSize : 1;
    if (m_dataset.count() < std::size_t(m_config.batchSize) * std::size_t(ranks)) {
        if (ranks > 1)
            //: %1 images, %2 the batch of all ranks, %3 the batch of each rank, %4 the number of ranks
            throw StudioError::badInput(config.dataset.path,
                                        translate("TrainingSession", "holds only %1 usable images, fewer than one "
                                                                     "batch of %2 (%3 on each of %4 ranks)")
                                            .arg(m_dataset.count())
                                            .arg(m_config.batchSize * ranks)
                                            .arg(m_config.batchSize)
                                            .arg(ranks));
        throw StudioError::badInput(config.dataset.path, translate("TrainingSession", "holds only %1 usable images, "
                                                                                      "fewer than one batch of %2")
                                                             .arg(m_dataset.count())
                                                             .arg(m_config.batchSize));
    }

    torch::Generator fixed = at::make_generator<at::CPUGeneratorImpl>(m_config.seed ^ kFixedNoiseSalt);
    m_fixedNoise = torch::randn({kGridImages, config.model.latentDim}, fixed, torch::kFloat32);

    if (config.model.family != ModelSpec::Family::Vae && leads)
        m_health = std::make_unique<GanHealthMonitor>(config.model.loss, realSpread());

    if (!options.resume)
        startFresh();
    else if (m_parallel)
        restoreShared(options);
    else if (!options.checkpoint.empty())
        restore(options.checkpoint, CheckpointFile::read(options.checkpoint));
    else
        restoreNewest();
    if (options.resume && options.moreSteps > 0)
        m_target = m_step + options.moreSteps;
    if (m_parallel) // identical to the last bit on every rank, whatever each one loaded
        m_parallel->broadcastFromLeader(m_trainer->networks().state());
}

void TrainingSession::Worker::joinGroup(const DistributedSpec& spec)
{
    //: %1 names this process ("rank 1 of 2"), %2:%3 is rank 0's address and port
    setState(SessionState::Preparing, translate("TrainingSession", "Joining the run as %1 at %2:%3")
                                          .arg(spec.describe())
                                          .arg(spec.masterAddress)
                                          .arg(spec.masterPort));
    m_parallel = std::make_unique<DataParallel>(spec, m_device);
    requireSameSettings();
}

void TrainingSession::Worker::requireSameSettings()
{
    const QJsonObject mine = sharedSettings(m_project.config());
    const std::string text = QJsonDocument(mine).toJson(QJsonDocument::Compact).toStdString();
    const std::string leaders = *m_parallel->shareFromLeader(text);
    torch::Tensor differs = torch::tensor({leaders == text ? 0.0 : 1.0}, torch::kFloat64).to(m_device);
    m_parallel->sum(differs);
    const int count = int(differs.item<double>());
    if (count == 0)
        return;
    if (leader())
        throw StudioError::badInput(m_project.configPath(),
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
    throw StudioError::badInput(m_project.configPath(),
                                translate("TrainingSession", "differs from rank 0's settings (%1); every rank must "
                                                             "train the same model, data and optimiser settings")
                                    .arg(which));
}

std::uint64_t TrainingSession::Worker::noiseSeed(std::int64_t step) const
{
    // Rank 0 draws what a run alone draws; the others their own streams.
    const int rank = m_parallel ? m_parallel->spec().rank : 0;
    return rank == 0 ? m_config.seed : m_config.seed ^ (kRankNoiseSalt * std::uint64_t(rank)) ^ std::uint64_t(step);
}

void TrainingSession::Worker::makeBatchSource()
{
    m_data = std::make_unique<BatchSource>(m_dataset, m_config.batchSize, m_config.seed,
                                           m_project.config().dataset.horizontalFlip, m_device);
    if (m_parallel)
        m_data->sampler().shard(m_parallel->spec().rank, m_parallel->spec().worldSize);
}

double TrainingSession::Worker::realSpread() const
{
    // Batches spread evenly over the data set, independent of the sampler so
    // that a resumed run computes the same number.
    const std::int64_t batch = std::min<std::int64_t>(m_config.batchSize, std::int64_t(m_dataset.count()));
    const std::int64_t batches = std::min<std::int64_t>(8, std::int64_t(m_dataset.count()) / std::max<std::int64_t>(batch, 1));
    if (batch < 2 || batches < 1)
        return 0.0;
    const torch::Tensor all = torch::from_blob(const_cast<std::uint8_t*>(m_dataset.data()),
                                               {std::int64_t(m_dataset.count()), std::int64_t(m_dataset.bytesPerImage())},
                                               torch::kUInt8);
    const std::int64_t stride = std::int64_t(m_dataset.count()) / batches;
    double total = 0.0;
    for (std::int64_t b = 0; b < batches; ++b) {
        const torch::Tensor images = all.index({torch::arange(b * stride, b * stride + stride, stride / batch)
                                                    .narrow(0, 0, batch)})
                                         .to(torch::kFloat32) / 127.5 - 1.0;
        total += Trainer::spread(images).item<double>();
    }
    return total / double(batches);
}

void TrainingSession::Worker::restoreNewest()
{
    const auto [path, contents] = newestCheckpoint();
    restore(path, contents);
}

void TrainingSession::Worker::restoreShared(const Options& options)
{
    std::string path;
    CheckpointFile::Contents contents;
    std::optional<std::string> payload;
    if (leader()) {
        try {
            if (options.checkpoint.empty())
                std::tie(path, contents) = newestCheckpoint();
            else
                path = options.checkpoint, contents = CheckpointFile::read(path);
        } catch (...) {
            m_parallel->shareFromLeader(std::nullopt); // the others must not wait for it
            throw;
        }
        payload = contents.payload.toStdString();
    }
    payload = m_parallel->shareFromLeader(std::move(payload));
    if (!payload)
        throw StudioError::failure({}, translate("TrainingSession", "rank 0 could not resume; its output says why"));
    if (!leader()) {
        path = translate("TrainingSession", "rank 0's checkpoint").str(); // named in messages, never opened
        contents.spec = m_project.config().model; // rank 0 checked it; the settings agree
        contents.payload = QByteArray::fromStdString(*payload);
    }
    restore(path, contents);
}

std::pair<std::string, CheckpointFile::Contents> TrainingSession::Worker::newestCheckpoint()
{
    // The newest checkpoint that verifies; a damaged one is skipped with a warning.
    const auto entries = CheckpointStore(m_project.checkpointsDir()).list();
    if (entries.empty())
        throw StudioError::badInput(m_project.checkpointsDir(),
                                    translate("TrainingSession", "there is no checkpoint to resume from"));
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        CheckpointFile::Contents contents;
        try {
            contents = CheckpointFile::read(it->path);
        } catch (const StudioError& e) {
            if (m_observer)
                //: %1 is why a checkpoint could not be read
                m_observer->onWarning(translate("TrainingSession", "%1; trying an older checkpoint").arg(e.what()));
            continue;
        }
        return {it->path, contents};
    }
    throw StudioError::badInput(m_project.checkpointsDir(),
                                translate("TrainingSession", "no checkpoint in the folder could be read"));
}

void TrainingSession::Worker::startFresh()
{
    const ProjectConfig& config = m_project.config();
    torch::manual_seed(m_config.seed); // weight initialisation
    m_trainer = Trainer::create(config.model, m_config, m_device);
    m_trainer->setDStepsPerGStep(m_dSteps);
    m_trainer->setDataParallel(m_parallel.get());
    makeBatchSource();
    m_noise = at::make_generator<at::CPUGeneratorImpl>(noiseSeed(0));
    m_step = 0;
    m_elapsed = 0.0;
    m_lastCheckpoint = m_lastGrid = -1;
    m_diverged = false;
    if (leader()) {
        m_log = std::make_unique<MetricsLog>(m_project.metricsPath(), m_trainer->metricNames(), -1);
        m_tensorboard = std::make_unique<TensorBoardLog>(m_project.tensorboardDir());
    }
}

void TrainingSession::Worker::restore(const std::string& path, const CheckpointFile::Contents& contents)
{
    const ProjectConfig& config = m_project.config();
    CheckpointFile::requireSameModel(path, config.model, contents.spec);

    auto trainer = Trainer::create(config.model, m_config, m_device);
    torch::serialize::InputArchive archive;
    torch::Tensor step, epoch, position, rng;
    try {
        archive.load_from(contents.payload.constData(), std::size_t(contents.payload.size()), m_device);
        trainer->load(archive);
        archive.read("step", step);
        archive.read("sampler_epoch", epoch);
        archive.read("sampler_position", position);
        archive.read("noise_rng", rng);
    } catch (const c10::Error& e) {
        throw StudioError::badInput(path, translate("TrainingSession", "the checkpoint's weights do not fit this "
                                                                       "model: %1")
                                              .arg(e.what_without_backtrace()));
    }
    m_trainer = std::move(trainer);
    m_trainer->setLearningRates(m_config.lrG, m_config.lrD);
    m_trainer->setDStepsPerGStep(m_dSteps);
    m_trainer->setDataParallel(m_parallel.get());
    makeBatchSource();
    m_data->sampler().restore(epoch.item<std::int64_t>(), position.item<std::int64_t>());
    m_step = step.item<std::int64_t>();
    m_noise = at::make_generator<at::CPUGeneratorImpl>(noiseSeed(m_step));
    if (leader())
        m_noise.set_state(rng);
    m_elapsed = contents.elapsedSeconds;
    m_lastCheckpoint = m_step;
    m_lastGrid = -1;
    m_diverged = false;
    if (leader()) {
        m_log = std::make_unique<MetricsLog>(m_project.metricsPath(), m_trainer->metricNames(), m_step);
        m_tensorboard = std::make_unique<TensorBoardLog>(m_project.tensorboardDir(), m_step);
    }
}

void TrainingSession::Worker::revert()
{
    const auto latest = CheckpointStore(m_project.checkpointsDir()).latest();
    if (latest.path.empty())
        startFresh();
    else
        restoreNewest();
    m_secondsSinceLog = 0.0;
    m_imagesSinceLog = 0;
    if (latest.path.empty())
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
            m_trainer->setLearningRates(m_newRates->first, m_newRates->second);
            m_config.lrG = m_newRates->first;
            m_config.lrD = m_newRates->second;
            m_newRates.reset();
        }
        if (m_newDSteps) {
            m_dSteps = *m_newDSteps;
            m_trainer->setDStepsPerGStep(m_dSteps);
            m_newDSteps.reset();
        }
        if (stopAsked()) {
            // Distributed: one more step carries the stop to the other ranks
            // (shareStep), unless all of them diverged together.
            if (!m_parallel || m_diverged)
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
        const StepResult result = m_trainer->step(*m_data, m_noise);
        // One transfer (and one wait) for everything the session checks.
        std::vector<torch::Tensor> parts{result.metrics.flatten(), result.gradientNorms.flatten()};
        if (result.sampleSpread.defined())
            parts.push_back(result.sampleSpread.reshape({1}).to(result.metrics.device()));
        torch::Tensor numbers = torch::cat(parts).to(torch::kFloat64);
        const std::size_t count = std::size_t(numbers.numel());
        const bool stopNow = m_parallel && shareStep(numbers, count);
        numbers = numbers.narrow(0, 0, std::int64_t(count)).to(torch::kCPU).contiguous();
        const double* all = numbers.data_ptr<double>();
        const std::int64_t step = ++m_step;
        if (stopNow) {
            m_stopAgreed = true;
            m_target = step; // this step is the last: rank 0 writes it as such
        }
        m_imagesSinceLog += m_trainer->imagesPerStep(m_data->batchSize());
        const std::size_t metricCount = std::size_t(result.metrics.numel());
        m_lastValues.assign(all, all + metricCount);
        if (checkFinite(step, all, metricCount, all + metricCount, std::size_t(result.gradientNorms.numel())))
            continue;
        if (m_health && result.sampleSpread.defined()) {
            const double spread = all[count - 1];
            for (const std::string& warning : m_health->observe(step, all[2], all[3], spread))
                if (m_observer)
                    m_observer->onWarning(warning);
        }

        const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
        m_elapsed += seconds;
        m_secondsSinceLog += seconds;
        const bool last = step == m_target;
        if (!leader())
            continue; // rank 0 writes every file
        // After one failed write the others of this step would fail too (a
        // full disk): one pause, one message; they come again at their next step.
        bool written = true;
        if (step % m_config.logEvery == 0 || last)
            written = tryWrite(&Worker::writeMetrics, kMetricsNotWritten);
        if (written && (step % m_config.sampleEvery == 0 || last))
            written = tryWrite(&Worker::writeSampleGrid, kGridNotWritten);
        if (written && (step % m_config.checkpointEvery == 0 || last))
            tryWrite(&Worker::writeCheckpoint, kCheckpointNotWritten);
    }

    if (m_diverged) {
        finishWith(SessionState::Stopped, translate("TrainingSession", "Stopped after divergence; nothing was saved "
                                                                       "from the diverged weights."));
        return;
    }
    if (!leader()) {
        finishWith(m_step >= m_target && !m_stopAgreed ? SessionState::Finished : SessionState::Stopped, {});
        return;
    }
    if (m_step > 0 && m_lastGrid != m_step)
        tryWrite(&Worker::writeSampleGrid, kGridNotWritten);
    // The weights exist only in memory until this succeeds: while it fails,
    // stay paused (Resume tries again) until a stop is asked for once more.
    for (;;) {
        const int stops = stopRequests();
        if (m_step == 0 || m_lastCheckpoint == m_step || tryWrite(&Worker::writeCheckpoint, kFinalCheckpointNotWritten))
            break;
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
    // One all-reduce carries the step's logged numbers (averaged: the losses
    // of the global batch; the gradient norms are equal already), whether a
    // rank was asked to stop (summed), and BatchNorm's running statistics
    // (averaged, so every rank keeps the same ones; see docs/DISTRIBUTED.md).
    const std::vector<torch::Tensor> statistics = m_trainer->networks().runningStatistics();
    bool stopHere = false;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        stopHere = stopAsked();
    }
    std::vector<torch::Tensor> parts{numbers, torch::full({1}, stopHere ? 1.0 : 0.0, numbers.options())};
    for (const torch::Tensor& s : statistics)
        parts.push_back(s.detach().flatten().to(torch::kFloat64));
    numbers = torch::cat(parts);
    m_parallel->sum(numbers);
    const double ranks = double(m_parallel->spec().worldSize);
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

bool TrainingSession::Worker::checkFinite(std::int64_t step, const double* values, std::size_t metricCount,
                                          const double* norms, std::size_t normCount)
{
    // Names are looked up only when something is wrong: this runs every step.
    const auto badValue = std::find_if_not(values, values + metricCount, [](double v) { return std::isfinite(v); });
    const auto badNorm = std::find_if_not(norms, norms + normCount, [](double v) { return std::isfinite(v); });
    std::string what;
    double bad = 0.0;
    if (badValue != values + metricCount) {
        what = m_trainer->metricNames()[std::size_t(badValue - values)];
        bad = *badValue;
    } else if (badNorm != norms + normCount) {
        what = gradientOf(m_trainer->gradientNames()[std::size_t(badNorm - norms)]);
        bad = *badNorm;
    } else {
        return false;
    }
    m_diverged = true;
    // One sentence for each case: NaN or infinite, with or without a checkpoint
    // (%3, unused without one).
    const bool nan = std::isnan(bad);
    const UserText message = [&] {
        if (m_lastCheckpoint >= 0 && nan)
            //: %1 is the step, %2 a loss (loss_d...) or a network's gradient, %3 the step of the last checkpoint
            return translate("TrainingSession", "Training diverged at step %1: %2 is NaN. Paused; the last good "
                                                "state is the checkpoint of step %3.");
        if (m_lastCheckpoint >= 0)
            //: %1 is the step, %2 a loss (loss_d...) or a network's gradient, %3 the step of the last checkpoint
            return translate("TrainingSession", "Training diverged at step %1: %2 is infinite. Paused; the last good "
                                                "state is the checkpoint of step %3.");
        if (nan)
            //: %1 is the step, %2 a loss (loss_d...) or a network's gradient
            return translate("TrainingSession", "Training diverged at step %1: %2 is NaN. Paused; the last good "
                                                "state is no checkpoint yet.");
        //: %1 is the step, %2 a loss (loss_d...) or a network's gradient
        return translate("TrainingSession", "Training diverged at step %1: %2 is infinite. Paused; the last good "
                                            "state is no checkpoint yet.");
    }();
    pauseWith(SessionState::Diverged, message.arg(step).arg(what).arg(m_lastCheckpoint));
    return true;
}

bool TrainingSession::Worker::tryWrite(void (Worker::*write)(), const char* failed)
{
    try {
        (this->*write)();
        return true;
    } catch (const StudioError& e) {
        const std::string message = translate("TrainingSession", failed).arg(e.what());
        pauseWith(SessionState::Paused, message);
        if (m_observer)
            m_observer->onWriteFailed(message);
        return false;
    }
}

void TrainingSession::Worker::writeMetrics()
{
    StepMetrics metrics;
    metrics.step = m_step;
    metrics.totalSteps = m_target;
    metrics.elapsedSeconds = m_elapsed;
    metrics.samplesPerSecond = m_secondsSinceLog > 0 ? double(m_imagesSinceLog) / m_secondsSinceLog : 0.0;
    metrics.names = m_trainer->metricNames();
    metrics.values = m_lastValues;
    m_secondsSinceLog = 0.0;
    m_imagesSinceLog = 0;
    if (m_observer)
        m_observer->onMetrics(metrics);
    m_log->append(metrics);
    std::vector<std::string> tags = metrics.names;
    std::vector<double> values = metrics.values;
    tags.push_back("images_per_second");
    values.push_back(metrics.samplesPerSecond);
    m_tensorboard->addScalars(m_step, tags, values);
}

void TrainingSession::Worker::writeSampleGrid()
{
    const Image grid = makeImageGrid(tensorToImages(m_trainer->networks().generate(m_fixedNoise)), kGridColumns);
    const std::string path = m_project.samplesDir() + "/" + stepFileName(m_step, "png");
    const QByteArray png = encodePng(grid); // once, for the file and TensorBoard
    writeFileAtomically(path, png);
    m_tensorboard->addImage(m_step, "samples", grid, png);
    m_lastGrid = m_step;
    if (m_observer)
        m_observer->onSampleGrid(m_step, grid, path);
}

void TrainingSession::Worker::writeCheckpoint()
{
    torch::serialize::OutputArchive archive;
    m_trainer->save(archive);
    archive.write("step", torch::tensor(std::int64_t(m_step)));
    archive.write("sampler_epoch", torch::tensor(m_data->sampler().epoch()));
    archive.write("sampler_position", torch::tensor(m_data->sampler().position()));
    archive.write("noise_rng", m_noise.get_state());
    std::ostringstream bytes;
    archive.save_to(bytes);
    const std::string payload = bytes.str();

    const QJsonObject header{{"step", double(m_step.load())},
                             {"elapsed_s", m_elapsed},
                             {"model", m_project.config().model.toJson()},
                             {"seed", double(m_config.seed)},
                             {"created", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                             {"libtorch", TORCH_VERSION}};
    const CheckpointStore store(m_project.checkpointsDir());
    const std::string path = store.pathFor(m_step);
    CheckpointFile::write(path, header, QByteArray(payload.data(), qsizetype(payload.size())));
    m_lastCheckpoint = m_step;
    store.prune(m_config.keepCheckpoints);
    if (m_observer)
        m_observer->onCheckpointSaved(m_step, path);
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
