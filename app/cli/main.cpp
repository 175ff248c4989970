// SPDX-License-Identifier: MIT
// latent-cli: train, resume, sample and inspect Latent Studio projects without
// a display. Exit codes: 0 done, 1 failure, 2 bad input, 130 interrupted.

#include "base/compute.h"
#include "base/openmpwaitpolicy.h"
#include "base/studioerror.h"
#include "io/animationfile.h"
#include "io/atomicfile.h"
#include "io/imagegrid.h"
#include "io/pngfile.h"
#include "latent/inferenceengine.h"
#include "latent/bookmarkfile.h"
#include "latent/latentpath.h"
#include "latent/pathanimation.h"
#include "latent/sampleexport.h"
#include "progressprinter.h"
#include "project/presets.h"
#include "project/project.h"
#include "train/checkpointfile.h"
#include "train/checkpointstore.h"
#include "train/distributedspec.h"
#include "train/trainingsession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QDeadlineTimer>

#include <atomic>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <optional>

using namespace latent;

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitBadInput = 2;
constexpr int kExitInterrupted = 130;

std::atomic<bool> g_interrupted{false};
void onSignal(int) { g_interrupted = true; }

// Thrown for wrong usage of the command line: exit 2 with the message.
StudioError usage(const std::string& message) { return StudioError::badInput({}, message); }

std::string text(const QCommandLineParser& p, const QString& name) { return p.value(name).toStdString(); }

long long integerOption(const QCommandLineParser& p, const QString& name, long long min, long long max)
{
    bool ok = false;
    const long long value = p.value(name).toLongLong(&ok);
    if (!ok || value < min || value > max)
        throw usage("--" + name.toStdString() + " expects a whole number from " + std::to_string(min) + " to "
                    + std::to_string(max) + ", not '" + text(p, name) + "'");
    return value;
}

double numberOption(const QCommandLineParser& p, const QString& name)
{
    bool ok = false;
    const double value = p.value(name).toDouble(&ok);
    if (!ok || !std::isfinite(value))
        throw usage("--" + name.toStdString() + " expects a number, not '" + text(p, name) + "'");
    return value;
}

void addProjectOption(QCommandLineParser& p)
{
    p.addOption({"project", "The project folder.", "dir"});
}

std::string requireProject(const QCommandLineParser& p)
{
    if (!p.isSet("project"))
        throw usage("--project DIR is required");
    return text(p, "project");
}

// ---- train and resume ------------------------------------------------------

void addRuntimeOptions(QCommandLineParser& p)
{
    p.addOption({"threads", "Intra-op threads (0 = automatic: all cores).", "n"});
    p.addOption({"device", "auto, cpu or cuda.", "device"});
    p.addOption({"retry-after", "When a write fails (a full disk): wait this many seconds, then go on and try "
                                "again at the next write (default 60; 0 = stop instead).", "s"});
    p.addOption({"distributed", "Train as one process of a data-parallel run, placed by torchrun's RANK, "
                                "WORLD_SIZE, MASTER_ADDR, MASTER_PORT (and LOCAL_RANK, LOCAL_WORLD_SIZE) "
                                "variables; rank 0 writes the files (docs/DISTRIBUTED.md)."});
    p.addOption({"timeout", "--distributed: seconds a rank waits for a silent one before giving up (default 300).",
                 "s"});
}

std::optional<DistributedSpec> distributedOption(const QCommandLineParser& p)
{
    if (!p.isSet("distributed")) {
        if (p.isSet("timeout"))
            throw usage("--timeout is for --distributed runs");
        return std::nullopt;
    }
    return DistributedSpec::fromEnvironment(p.isSet("timeout") ? int(integerOption(p, "timeout", 1, 86400)) : 300);
}

int retryAfterSeconds(const QCommandLineParser& p)
{
    return p.isSet("retry-after") ? int(integerOption(p, "retry-after", 0, 86400)) : 60;
}

void applyRuntimeOptions(const QCommandLineParser& p, TrainingConfig& t)
{
    if (p.isSet("threads"))
        t.threads = int(integerOption(p, "threads", 0, 1024));
    if (p.isSet("device")) {
        t.device = text(p, "device");
        compute::resolveDevice(t.device); // refuse "cuda" without CUDA before anything starts
    }
}

// The settings of `train`: the options over a preset, the defaults, or the
// settings of an untrained project (`base`).
ProjectConfig configFromOptions(const QCommandLineParser& p, const std::optional<ProjectConfig>& base = std::nullopt)
{
    if (base && p.isSet("preset"))
        throw usage("--preset is for new projects; this one has its settings already");
    ProjectConfig config = base ? *base : p.isSet("preset") ? Presets::load(text(p, "preset")) : ProjectConfig::defaults();
    if (p.isSet("model") || p.isSet("loss")) {
        if (p.isSet("model"))
            config.model.family = ModelSpec::familyFromName(text(p, "model"));
        if (p.isSet("loss"))
            config.model.loss = ModelSpec::lossFromName(text(p, "loss"));
        config.applyModelDefaults();
    }

    ModelSpec& m = config.model;
    TrainingConfig& t = config.training;
    if (p.isSet("dataset")) {
        const std::string dataset = text(p, "dataset");
        if (dataset != "synthetic-digits") {
            config.dataset.source = DatasetSpec::Source::Auto;
            config.dataset.path = QFileInfo(QString::fromStdString(dataset)).absoluteFilePath().toStdString();
        }
    }
    if (p.isSet("synthetic-count"))
        config.dataset.syntheticCount = int(integerOption(p, "synthetic-count", 64, 1000000));
    if (p.isSet("flip"))
        config.dataset.horizontalFlip = true;
    if (p.isSet("recon-loss"))
        m.recon = ModelSpec::reconFromName(text(p, "recon-loss"));
    if (p.isSet("image-size"))
        m.imageSize = int(integerOption(p, "image-size", 16, 256));
    if (p.isSet("channels"))
        m.channels = int(integerOption(p, "channels", 1, 3));
    if (p.isSet("latent-dim"))
        m.latentDim = int(integerOption(p, "latent-dim", 1, 4096));
    if (p.isSet("width"))
        m.width = int(integerOption(p, "width", 4, 1024));
    if (p.isSet("beta"))
        m.beta = numberOption(p, "beta");
    if (p.isSet("batch-size"))
        t.batchSize = int(integerOption(p, "batch-size", 1, 4096));
    if (p.isSet("steps"))
        t.steps = integerOption(p, "steps", 1, 1000000000);
    if (p.isSet("lr"))
        t.lrG = t.lrD = numberOption(p, "lr");
    if (p.isSet("lr-g"))
        t.lrG = numberOption(p, "lr-g");
    if (p.isSet("lr-d"))
        t.lrD = numberOption(p, "lr-d");
    if (p.isSet("beta1"))
        t.beta1 = numberOption(p, "beta1");
    if (p.isSet("beta2"))
        t.beta2 = numberOption(p, "beta2");
    if (p.isSet("d-steps"))
        t.dStepsPerGStep = int(integerOption(p, "d-steps", 1, 100));
    if (p.isSet("gp-weight"))
        t.gradientPenalty = numberOption(p, "gp-weight");
    if (p.isSet("seed"))
        t.seed = std::uint64_t(integerOption(p, "seed", 0, 9007199254740991LL));
    if (p.isSet("log-every"))
        t.logEvery = int(integerOption(p, "log-every", 1, 1000000));
    if (p.isSet("sample-every"))
        t.sampleEvery = int(integerOption(p, "sample-every", 1, 100000000));
    if (p.isSet("checkpoint-every"))
        t.checkpointEvery = int(integerOption(p, "checkpoint-every", 1, 100000000));
    if (p.isSet("keep-checkpoints"))
        t.keepCheckpoints = int(integerOption(p, "keep-checkpoints", 0, 1000000));
    applyRuntimeOptions(p, t);
    config.validate();
    return config;
}

// Runs a session to its end, printing progress; Ctrl-C stops it cleanly. A
// failed write (a full disk) pauses the session: after `retryAfter` seconds
// it goes on, and tries again at the next write; with 0, or after Ctrl-C, it
// stops, and a second failure of the final checkpoint gives up.
int runSession(const Project& project, const TrainingSession::Options& options, int retryAfter)
{
    const ProjectConfig& config = project.config();
    std::fprintf(stderr, "Project   %s\nDataset   %s\nModel     %s\n", project.dir().c_str(),
                 config.dataset.describe().c_str(), config.model.describe().c_str());
    const bool follower = options.distributed && !options.distributed->isLeader();
    if (options.distributed)
        std::fprintf(stderr, "Rank      %s, batch %d of %d%s\n", options.distributed->describe().c_str(),
                     config.training.batchSize, config.training.batchSize * options.distributed->worldSize,
                     follower ? "; rank 0 writes the files" : "");

    ProgressPrinter printer;
    TrainingSession session(project, &printer);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    session.start(options);
    bool stopAsked = false;
    int failuresSeen = 0;
    std::optional<QDeadlineTimer> retry;
    while (!session.wait(100)) {
        if (!stopAsked && (g_interrupted || printer.pausedItself())) {
            if (g_interrupted)
                std::fprintf(stderr, "\nStopping: saving a checkpoint...\n");
            session.requestStop();
            stopAsked = true;
        }
        if (printer.writeFailures() > failuresSeen) {
            failuresSeen = printer.writeFailures();
            retry.reset();
            if (stopAsked || retryAfter == 0) {
                session.requestStop(); // a second stop: give up on the final checkpoint
                stopAsked = true;
            } else {
                std::fprintf(stderr, "Going on in %d s; free some space, or press Ctrl-C to stop.\n", retryAfter);
                retry = QDeadlineTimer(std::chrono::seconds(retryAfter));
            }
        }
        if (retry && retry->hasExpired() && !stopAsked) {
            retry.reset();
            session.resume();
        }
    }
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);

    const SessionState state = session.state();
    std::fprintf(stderr, "\n");
    if (state == SessionState::Failed) {
        std::fprintf(stderr, "error: %s\n", session.errorMessage().c_str());
        const auto latest = CheckpointStore(project.checkpointsDir()).latest();
        if (options.distributed && !follower && session.step() > 0 && latest.step >= 0)
            std::fprintf(stderr, "The newest checkpoint is %s; continue from it with 'latent-cli resume --distributed' "
                                 "on every rank (or without --distributed, alone).\n",
                         latest.path.c_str());
        return session.errorKind() == ErrorKind::BadInput ? kExitBadInput : kExitFailure;
    }
    if (options.distributed) // the same on every rank, or the ranks drifted apart
        std::fprintf(stderr, "Weights sha256 %s (%s)\n", session.parameterChecksum().c_str(),
                     options.distributed->describe().c_str());
    if (follower) {
        if (printer.pausedItself()) { // diverged, as every rank did at the same step
            std::fprintf(stderr, "error: %s\n", printer.pauseReason().c_str());
            return kExitFailure;
        }
        std::fprintf(stderr, "%s at step %lld.\n", state == SessionState::Finished ? "Finished" : "Stopped",
                     static_cast<long long>(session.step()));
        return g_interrupted ? kExitInterrupted : kExitOk;
    }
    const auto latest = CheckpointStore(project.checkpointsDir()).latest();
    if (printer.pausedItself()) {
        std::fprintf(stderr, "error: %s\n", printer.pauseReason().c_str());
        if (latest.step >= 0)
            std::fprintf(stderr, "The last good checkpoint is %s; continue from it with:\n  latent-cli resume --project %s --steps N\n",
                         latest.path.c_str(), project.dir().c_str());
        return kExitFailure;
    }
    if (failuresSeen > 0 && state != SessionState::Finished && !g_interrupted) {
        std::fprintf(stderr, "error: %s\nStopped at step %lld; the newest checkpoint is %s.\n",
                     printer.pauseReason().c_str(), static_cast<long long>(session.step()),
                     latest.step >= 0 ? latest.path.c_str() : "none");
        return kExitFailure;
    }
    std::fprintf(stderr, "%s at step %lld.\n", state == SessionState::Finished ? "Finished" : "Stopped",
                 static_cast<long long>(session.step()));
    if (!printer.lastSamplePath().empty())
        std::fprintf(stderr, "Samples:    %s\n", printer.lastSamplePath().c_str());
    if (latest.step >= 0)
        std::fprintf(stderr, "Checkpoint: %s\n", latest.path.c_str());
    std::fprintf(stderr, "Metrics:    %s\n", project.metricsPath().c_str());
    return g_interrupted ? kExitInterrupted : kExitOk;
}

int commandTrain(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription("Train a new project (a new or empty folder), or one the studio made and never trained.");
    p.addHelpOption();
    addProjectOption(p);
    p.addOptions({
        {"preset", "Start from a built-in preset ('latent-cli presets' lists them); options below override it.", "name"},
        {"dataset", "synthetic-digits (default), an image folder, IDX file(s) or CIFAR-10 batches.", "source"},
        {"synthetic-count", "Images rendered for synthetic-digits (default 20000).", "n"},
        {"flip", "Random horizontal flips."},
        {"model", "dcgan (default) or vae.", "model"},
        {"loss", "GAN loss: bce (default), wgan-gp, hinge or lsgan.", "loss"},
        {"recon-loss", "VAE reconstruction loss: bce (default) or mse.", "loss"},
        {"image-size", "Image side in pixels (default 28).", "n"},
        {"channels", "1 (gray, default) or 3 (RGB).", "n"},
        {"latent-dim", "Latent size (default 100 for GANs, 16 for VAEs).", "n"},
        {"width", "Feature maps of the outermost layers (default 64).", "n"},
        {"beta", "VAE: weight of the KL term (default 1).", "x"},
        {"batch-size", "Batch size (default 64).", "n"},
        {"steps", "Generator steps (default 1500).", "n"},
        {"lr", "Learning rate of both networks.", "x"},
        {"lr-g", "Generator (or VAE) learning rate.", "x"},
        {"lr-d", "Discriminator learning rate.", "x"},
        {"beta1", "Adam beta1.", "x"},
        {"beta2", "Adam beta2.", "x"},
        {"d-steps", "Discriminator steps per generator step.", "n"},
        {"gp-weight", "WGAN-GP gradient penalty weight (default 10).", "x"},
        {"seed", "Random seed (default 1).", "n"},
        {"log-every", "Steps between metrics rows (default 10).", "n"},
        {"sample-every", "Steps between sample grids (default 100).", "n"},
        {"checkpoint-every", "Steps between checkpoints (default 500).", "n"},
        {"keep-checkpoints", "Keep the newest N checkpoints, 0 = all (default 5).", "n"},
    });
    addRuntimeOptions(p);
    p.process(args);
    const std::string dir = requireProject(p);
    // A project the studio made but never trained is trained with its own
    // settings (what "Copy launch command" hands over); options override them.
    std::optional<Project> untrained;
    if (Project::exists(dir)) {
        untrained = Project::open(dir);
        if (!CheckpointStore(untrained->checkpointsDir()).list().empty())
            throw StudioError::badInput(dir, "has been trained already; continue it with 'latent-cli resume'");
    }
    const ProjectConfig config = configFromOptions(p, untrained ? std::optional(untrained->config()) : std::nullopt);
    TrainingSession::Options options;
    options.distributed = distributedOption(p);
    const bool follower = options.distributed && !options.distributed->isLeader();
    // Rank 0 makes the project; the others train from the same command line
    // and write nothing.
    std::optional<Project> project;
    if (follower)
        project = Project::unsaved(QFileInfo(QString::fromStdString(dir)).absoluteFilePath().toStdString(), config);
    else if (untrained) {
        if (config.toJson() != untrained->config().toJson())
            untrained->saveConfig(config);
        project = untrained;
    } else {
        project = Project::create(dir, config);
    }
    const int code = runSession(*project, options, retryAfterSeconds(p));
    // Create refused anything but a new or empty folder, so when the run
    // failed before its first checkpoint, nothing in the folder is the user's:
    // remove it, and the same command can be run again once the data is fixed.
    if (!follower && !untrained && code == kExitBadInput && CheckpointStore(project->checkpointsDir()).list().empty())
        QDir(QString::fromStdString(project->dir())).removeRecursively();
    return code;
}

int commandResume(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription("Continue a project from its newest checkpoint for N more steps.");
    p.addHelpOption();
    addProjectOption(p);
    p.addOption({"steps", "How many more steps.", "n"});
    p.addOption({"checkpoint", "Resume from this checkpoint instead of the newest.", "file"});
    addRuntimeOptions(p);
    p.process(args);
    Project project = Project::open(requireProject(p));
    if (!p.isSet("steps"))
        throw usage("--steps N (how many more steps) is required");
    const long long more = integerOption(p, "steps", 1, 1000000000);
    TrainingSession::Options options;
    options.resume = true;
    options.distributed = distributedOption(p);
    if (options.distributed) {
        // Counted from the checkpoint rank 0 shares: another machine's copy
        // of the project may hold older checkpoints, or none.
        options.moreSteps = more;
        if (!options.distributed->isLeader()) {
            ProjectConfig config = project.config();
            applyRuntimeOptions(p, config.training);
            return runSession(Project::unsaved(project.dir(), config), options, retryAfterSeconds(p));
        }
    }

    std::string checkpoint = p.isSet("checkpoint") ? text(p, "checkpoint") : std::string();
    std::int64_t from = CheckpointStore(project.checkpointsDir()).latest().step;
    if (!checkpoint.empty()) {
        // Whole and of this model, before project.json is touched.
        const CheckpointFile::Contents contents = CheckpointFile::read(checkpoint);
        CheckpointFile::requireSameModel(checkpoint, project.config().model, contents.spec);
        from = contents.step;
    }
    if (from < 0)
        throw StudioError::badInput(project.checkpointsDir(), "there is no checkpoint to resume from");

    ProjectConfig config = project.config();
    config.training.steps = from + more;
    applyRuntimeOptions(p, config.training);
    project.saveConfig(config);
    options.checkpoint = checkpoint;
    options.targetSteps = from + more;
    return runSession(project, options, retryAfterSeconds(p));
}

// ---- sample and info ---------------------------------------------------------

std::unique_ptr<InferenceEngine> loadEngine(const Project& project, const std::string& checkpoint)
{
    std::string path = checkpoint;
    if (path.empty()) {
        path = CheckpointStore(project.checkpointsDir()).latest().path;
        if (path.empty())
            throw StudioError::badInput(project.checkpointsDir(), "the project has no checkpoint yet; train it first");
    }
    return InferenceEngine::load(path, &project.config().model);
}

// Refuses to replace a file the user has unless they said --force.
void requireNewOrForced(const std::string& path, bool force)
{
    if (!force && QFileInfo::exists(QString::fromStdString(path)))
        throw StudioError::badInput(path, "exists already; pass --force to replace it");
}

// The options that pick a TorchScript generator instead of a project.
void addGeneratorOptions(QCommandLineParser& p)
{
    p.addOptions({
        {"generator", "Use this TorchScript generator instead of a project (it is run as a program).", "file.pt"},
        {"latent-dim", "The generator's latent size (default: its attribute, a sidecar JSON, or probing).", "n"},
    });
}

// The engine `sample` draws from: a project's checkpoint, or a TorchScript
// generator the user named (naming it on the command line is their consent
// to run it: TorchScript files are programs).
std::unique_ptr<InferenceEngine> engineFor(const QCommandLineParser& p)
{
    if (p.isSet("generator")) {
        if (p.isSet("project"))
            throw usage("give either --project DIR or --generator FILE.pt, not both");
        const int dim = p.isSet("latent-dim") ? int(integerOption(p, "latent-dim", 1, 4096)) : 0;
        return InferenceEngine::loadTorchScript(text(p, "generator"), dim);
    }
    const Project project = Project::open(requireProject(p));
    return loadEngine(project, p.isSet("checkpoint") ? text(p, "checkpoint") : std::string());
}

// The project's bookmarks file, or the one given with --bookmark-file.
std::string bookmarkFileFor(const QCommandLineParser& p)
{
    if (p.isSet("bookmark-file"))
        return text(p, "bookmark-file");
    return Project::open(requireProject(p)).bookmarksPath();
}

// The latent vectors of the bookmarks named in --bookmarks (comma-separated),
// checked against the engine's latent size. A bookmark found on other
// weights still names the same z; say so, since the picture may differ.
std::vector<std::vector<float>> bookmarkedLatents(const QCommandLineParser& p, const InferenceEngine& engine)
{
    const std::string file = bookmarkFileFor(p);
    const std::vector<LatentBookmark> bookmarks = BookmarkFile::read(file);
    std::vector<std::vector<float>> latents;
    for (const QString& name : p.value("bookmarks").split(',', Qt::SkipEmptyParts)) {
        const LatentBookmark& b = BookmarkFile::find(bookmarks, name.trimmed().toStdString(), file);
        if (int(b.z.size()) != engine.spec().latentDim)
            throw StudioError::badInput(file, "bookmark '" + b.name + "' has " + std::to_string(b.z.size())
                                                  + " latent values; this model takes "
                                                  + std::to_string(engine.spec().latentDim));
        if (!b.modelSha256.empty() && b.modelSha256 != engine.checksum())
            std::fprintf(stderr, "note: bookmark '%s' was made on other weights (step %lld); its z is used as it is\n",
                         b.name.c_str(), static_cast<long long>(b.step));
        latents.push_back(b.z);
    }
    return latents;
}

void addBookmarkOptions(QCommandLineParser& p, const QString& what)
{
    p.addOptions({
        {"bookmarks", what, "name,name"},
        {"bookmark-file", "Read bookmarks from this file (default: PROJECT/bookmarks.json).", "file.json"},
    });
}

int commandSample(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription("Draw samples from a project's newest checkpoint or a TorchScript generator.");
    p.addHelpOption();
    addProjectOption(p);
    addGeneratorOptions(p);
    addBookmarkOptions(p, "Draw these bookmarks (their z) instead of random samples.");
    p.addOptions({
        {"count", "How many samples (default 64).", "n"},
        {"grid", "Write one grid PNG here.", "file.png"},
        {"out", "Write one PNG per sample into this folder.", "dir"},
        {"latents", "Also write the latent vectors as JSON here.", "file.json"},
        {"columns", "Grid columns (default: a square grid).", "n"},
        {"padding", "Pixels between grid cells (default 2).", "n"},
        {"seed", "Seed of the first sample; sample i is seed + i, as in the Explore tab (default 0).", "n"},
        {"truncation", "Shrink z toward the mean by this factor, 0 to 1 (default 1: none).", "psi"},
        {"checkpoint", "Use this checkpoint instead of the newest.", "file"},
        {"force", "Replace files that exist already."},
    });
    p.process(args);
    SampleExport::Options options;
    options.count = p.isSet("count") ? int(integerOption(p, "count", 1, 100000)) : 64;
    options.seed = p.isSet("seed") ? std::uint64_t(integerOption(p, "seed", 0, 9007199254740991LL)) : 0;
    options.columns = p.isSet("columns") ? int(integerOption(p, "columns", 1, 1000)) : 0;
    options.padding = p.isSet("padding") ? int(integerOption(p, "padding", 0, 64)) : 2;
    if (p.isSet("truncation")) {
        options.truncation = numberOption(p, "truncation");
        if (options.truncation < 0.0 || options.truncation > 1.0)
            throw usage("--truncation expects a number from 0 to 1");
    }
    if (p.isSet("grid") == p.isSet("out"))
        throw usage("give exactly one of --grid FILE.png or --out DIR");
    options.gridPath = text(p, "grid");
    options.folderPath = text(p, "out");
    options.latentsPath = text(p, "latents");

    auto engine = engineFor(p);
    if (p.isSet("bookmarks")) {
        SampleExport::Latents latents = bookmarkedLatents(p, *engine);
        options.count = int(latents.size());
        options.latents = std::move(latents);
    }
    const std::vector<std::string> existing = SampleExport::existingFiles(options);
    if (!existing.empty() && !p.isSet("force"))
        throw StudioError::badInput(existing.front(), "exists already; pass --force to replace it");
    SampleExport::write(*engine, options);
    if (!options.gridPath.empty())
        std::printf("%s\n", options.gridPath.c_str());
    else
        std::printf("%d samples in %s\n", options.count, options.folderPath.c_str());
    return kExitOk;
}

// "1,2,3" as seeds; a usage error names the option when a part is not one.
std::vector<std::uint64_t> seedList(const QString& list)
{
    std::vector<std::uint64_t> seeds;
    for (const QString& part : list.split(',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qulonglong seed = part.trimmed().toULongLong(&ok);
        if (!ok)
            throw usage("--seeds expects whole numbers separated by commas (paths by ';'), not '"
                        + list.toStdString() + "'");
        seeds.push_back(seed);
    }
    return seeds;
}

int commandInterpolate(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription("Walk through latent space along keyframes (seeds or bookmarks), as an MP4, an "
                                "animated GIF or a folder of PNG frames; several paths make a grid video.");
    p.addHelpOption();
    addProjectOption(p);
    addGeneratorOptions(p);
    addBookmarkOptions(p, "Keyframes: these bookmarks, in order (at least two).");
    p.addOptions({
        {"seeds", "Keyframes: the latent vector of each seed, in order (at least two). Several paths, "
                  "separated by ';', make a grid video: \"1,2,3;4,5,6\".", "1,2,3"},
        {"columns", "Columns of a grid video (default: as square as it gets).", "n"},
        {"frames", "Frames from one keyframe to the next (default 30).", "n"},
        {"slerp", "Spherical interpolation (keeps the vectors' length) instead of linear."},
        {"ease", "Ease in and out of each keyframe."},
        {"loop", "Return from the last keyframe to the first."},
        {"fps", "Frames per second (default 30).", "n"},
        {"scale", "Enlarge each image this many times (default: to about 256 pixels).", "n"},
        {"out", "FILE.mp4, FILE.gif, or a folder for PNG frames.", "path"},
        {"checkpoint", "Use this checkpoint instead of the newest.", "file"},
        {"force", "Replace what exists already."},
    });
    p.process(args);
    if (p.isSet("seeds") == p.isSet("bookmarks") || !p.isSet("out"))
        throw usage("give --seeds A,B[,C...] or --bookmarks NAME,NAME[,...], and --out FILE.mp4|FILE.gif|DIR");
    LatentPath::Settings settings;
    settings.framesBetween = p.isSet("frames") ? int(integerOption(p, "frames", 1, 10000)) : 30;
    settings.interpolation = p.isSet("slerp") ? LatentPath::Interpolation::Spherical : LatentPath::Interpolation::Linear;
    settings.easing = p.isSet("ease") ? LatentPath::Easing::EaseInOut : LatentPath::Easing::Linear;
    settings.loop = p.isSet("loop");
    const double fps = p.isSet("fps") ? double(integerOption(p, "fps", 1, 120)) : 30.0;
    std::vector<std::vector<std::uint64_t>> seedPaths;
    if (p.isSet("seeds"))
        for (const QString& path : p.value("seeds").split(';', Qt::SkipEmptyParts))
            seedPaths.push_back(seedList(path));

    const std::string out = text(p, "out");
    if (AnimationFile::kindOf(out) == AnimationFile::Kind::Folder) {
        const QDir dir(QString::fromStdString(out));
        if (dir.exists() && !dir.isEmpty() && !p.isSet("force"))
            throw StudioError::badInput(out, "is a folder that is not empty; pass --force to write frames into it");
    } else {
        requireNewOrForced(out, p.isSet("force"));
    }

    auto engine = engineFor(p);
    std::vector<LatentPath> paths;
    if (p.isSet("bookmarks")) {
        paths.emplace_back(bookmarkedLatents(p, *engine), settings);
    } else {
        for (const auto& seeds : seedPaths) {
            std::vector<std::vector<float>> keys;
            for (std::uint64_t seed : seeds)
                keys.push_back(engine->sampleLatents(1, seed).front());
            paths.emplace_back(keys, settings);
        }
    }
    const int size = engine->spec().imageSize;
    const int scale = p.isSet("scale") ? int(integerOption(p, "scale", 1, 64)) : PathAnimation::defaultScale(size);
    const int columns = p.isSet("columns") ? int(integerOption(p, "columns", 1, 100))
                                           : int(std::ceil(std::sqrt(double(paths.size()))));
    const std::vector<Image> frames = PathAnimation::render(*engine, paths, columns, scale);
    AnimationFile::write(out, frames, fps);
    std::printf("%s  (%d frames, %dx%d, %.0f fps)\n", out.c_str(), int(frames.size()), frames.front().width,
                frames.front().height, fps);
    return kExitOk;
}

int commandExport(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription("Export a project's generator (or VAE decoder) for Python: "
                                "torch.jit.load(FILE)(z) with z [N, latent] gives [N, C, H, W] in [-1, 1].");
    p.addHelpOption();
    addProjectOption(p);
    p.addOptions({
        {"torchscript", "Write the TorchScript generator here.", "file.pt"},
        {"state-dict", "Write its weights here, as a dict of tensors for torch.load.", "file.pt"},
        {"checkpoint", "Export this checkpoint instead of the newest.", "file"},
        {"force", "Replace files that exist already."},
    });
    p.process(args);
    if (!p.isSet("torchscript") && !p.isSet("state-dict"))
        throw usage("give --torchscript FILE.pt and/or --state-dict FILE.pt");
    const Project project = Project::open(requireProject(p));
    const auto engine = loadEngine(project, p.isSet("checkpoint") ? text(p, "checkpoint") : std::string());
    for (const char* option : {"torchscript", "state-dict"})
        if (p.isSet(option))
            requireNewOrForced(text(p, option), p.isSet("force"));
    if (p.isSet("torchscript")) {
        engine->exportTorchScript(text(p, "torchscript"));
        std::printf("%s  (TorchScript, step %lld, z of %d)\n", qPrintable(p.value("torchscript")),
                    static_cast<long long>(engine->step()), engine->spec().latentDim);
    }
    if (p.isSet("state-dict")) {
        engine->exportStateDict(text(p, "state-dict"));
        std::printf("%s  (state dict)\n", qPrintable(p.value("state-dict")));
    }
    return kExitOk;
}

int commandInfo(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription("Describe a project: its settings and newest checkpoint.");
    p.addHelpOption();
    addProjectOption(p);
    p.process(args);
    const Project project = Project::open(requireProject(p));
    const ProjectConfig& c = project.config();
    const TrainingConfig& t = c.training;
    std::printf("project      %s\n", project.dir().c_str());
    std::printf("format       %d\n", ProjectConfig::kFormatVersion);
    std::printf("dataset      %s%s\n", c.dataset.describe().c_str(), c.dataset.horizontalFlip ? ", flipped" : "");
    std::printf("model        %s\n", c.model.describe().c_str());
    std::printf("training     %lld steps, batch %d, lr G %g D %g, Adam betas %g %g, D steps %d, seed %llu\n",
                static_cast<long long>(t.steps), t.batchSize, t.lrG, t.lrD, t.beta1, t.beta2, t.dStepsPerGStep,
                static_cast<unsigned long long>(t.seed));
    const auto checkpoints = CheckpointStore(project.checkpointsDir()).list();
    if (checkpoints.empty()) {
        std::printf("checkpoint   none yet\n");
        return kExitOk;
    }
    const auto engine = InferenceEngine::load(checkpoints.back().path, &c.model);
    std::printf("checkpoints  %zu\n", checkpoints.size());
    std::printf("latest       step %lld, %s\n", static_cast<long long>(engine->step()), checkpoints.back().path.c_str());
    std::printf("sha256       %s\n", engine->checksum().c_str());
    return kExitOk;
}

int commandPresets()
{
    for (const auto& preset : Presets::list())
        std::printf("%-16s %s\n", preset.name.c_str(), preset.description.c_str());
    return kExitOk;
}

void printUsage()
{
    std::printf("Usage: latent-cli COMMAND [options]\n\n"
                "Commands:\n"
                "  train    Train a new project\n"
                "  resume   Continue a project from its newest checkpoint\n"
                "  sample   Draw samples from a trained project or a TorchScript generator\n"
                "  export   Export the generator as TorchScript and a state dict for Python\n"
                "  interpolate  Walk through latent space: MP4, GIF or PNG frames\n"
                "  info     Describe a project and its newest checkpoint\n"
                "  presets  List the built-in presets for 'train --preset'\n"
                "  version  Print the versions and the compute set-up\n\n"
                "'latent-cli COMMAND --help' lists a command's options.\n"
                "Exit codes: 0 done, 1 failure, 2 bad input, 130 interrupted.\n");
}

} // namespace

int main(int argc, char** argv)
{
    applyOpenMpWaitPolicy(argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName("latent-cli");
    QCoreApplication::setApplicationVersion(LATENT_VERSION);
    QStringList args = app.arguments();
    if (args.size() < 2 || args[1] == "help" || args[1] == "--help" || args[1] == "-h") {
        printUsage();
        return args.size() < 2 ? kExitBadInput : kExitOk;
    }
    const QString command = args.takeAt(1);
    try {
        compute::useThreads(0); // sampling runs on this thread; training sets its own

        if (command == "train")
            return commandTrain(args);
        if (command == "resume")
            return commandResume(args);
        if (command == "sample")
            return commandSample(args);
        if (command == "info")
            return commandInfo(args);
        if (command == "interpolate")
            return commandInterpolate(args);
        if (command == "export")
            return commandExport(args);
        if (command == "presets")
            return commandPresets();
        if (command == "version" || command == "--version") {
            std::printf("latent-cli %s\n%s\n", LATENT_VERSION,
                        compute::describeRuntime(compute::resolveDevice("auto"), compute::useThreads(0)).c_str());
            return kExitOk;
        }
        std::fprintf(stderr, "error: unknown command '%s'\n\n", qPrintable(command));
        printUsage();
        return kExitBadInput;
    } catch (const StudioError& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return e.kind() == ErrorKind::BadInput ? kExitBadInput : kExitFailure;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return kExitFailure;
    }
}
