// SPDX-License-Identifier: MIT
// latent-cli: train, resume, sample and inspect Latent Studio projects without
// a display. Exit codes: 0 done, 1 failure, 2 bad input, 130 interrupted.

#include "base/compute.h"
#include "base/openmpwaitpolicy.h"
#include "base/studioerror.h"
#include "base/translations.h"
#include "base/usertext.h"
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

#include <algorithm>
#include <atomic>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <optional>
#include <utility>

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

// One line for a person, to `out` (stdout or stderr).
void printLine(std::FILE* out, const std::string& line) { std::fprintf(out, "%s\n", line.c_str()); }

long long integerOption(const QCommandLineParser& p, const QString& name, long long min, long long max)
{
    bool ok = false;
    const long long value = p.value(name).toLongLong(&ok);
    if (!ok || value < min || value > max)
        throw usage(translate("latent-cli", "--%1 expects a whole number from %2 to %3, not '%4'")
                        .arg(name)
                        .arg(min)
                        .arg(max)
                        .arg(p.value(name)));
    return value;
}

double numberOption(const QCommandLineParser& p, const QString& name)
{
    bool ok = false;
    const double value = p.value(name).toDouble(&ok);
    if (!ok || !std::isfinite(value))
        throw usage(translate("latent-cli", "--%1 expects a number, not '%2'").arg(name).arg(p.value(name)));
    return value;
}

void addProjectOption(QCommandLineParser& p)
{
    p.addOption({"project", translate("latent-cli", "The project folder.").toQString(), "dir"});
}

std::string requireProject(const QCommandLineParser& p)
{
    if (!p.isSet("project"))
        throw usage(translate("latent-cli", "--project DIR is required"));
    return text(p, "project");
}

// ---- train and resume ------------------------------------------------------

void addRuntimeOptions(QCommandLineParser& p)
{
    p.addOption({"threads", translate("latent-cli", "Intra-op threads (0 = automatic: all cores).").toQString(), "n"});
    p.addOption({"device", translate("latent-cli", "auto, cpu or cuda.").toQString(), "device"});
    p.addOption({"retry-after",
                 translate("latent-cli", "When a write fails (a full disk): wait this many seconds, then go on and try "
                                         "again at the next write (default 60; 0 = stop instead).")
                     .toQString(),
                 "s"});
    p.addOption({"distributed",
                 translate("latent-cli", "Train as one process of a data-parallel run, placed by torchrun's RANK, "
                                         "WORLD_SIZE, MASTER_ADDR, MASTER_PORT (and LOCAL_RANK, LOCAL_WORLD_SIZE) "
                                         "variables; rank 0 writes the files (docs/DISTRIBUTED.md).")
                     .toQString()});
    p.addOption({"timeout",
                 translate("latent-cli",
                           "--distributed: seconds a rank waits for a silent one before giving up (default 300).")
                     .toQString(),
                 "s"});
}

std::optional<DistributedSpec> distributedOption(const QCommandLineParser& p)
{
    if (!p.isSet("distributed")) {
        if (p.isSet("timeout"))
            throw usage(translate("latent-cli", "--timeout is for --distributed runs"));
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
        throw usage(translate("latent-cli", "--preset is for new projects; this one has its settings already"));
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

// "Finished at step N." or "Stopped at step N.", as the run ended.
std::string endedAt(SessionState state, std::int64_t step)
{
    if (state == SessionState::Finished)
        return translate("latent-cli", "Finished at step %1.").arg(step);
    return translate("latent-cli", "Stopped at step %1.").arg(step);
}

// Runs a session to its end, printing progress; Ctrl-C stops it cleanly. A
// failed write (a full disk) pauses the session: after `retryAfter` seconds
// it goes on, and tries again at the next write; with 0, or after Ctrl-C, it
// stops, and a second failure of the final checkpoint gives up.
int runSession(const Project& project, const TrainingSession::Options& options, int retryAfter)
{
    const ProjectConfig& config = project.config();
    printLine(stderr, translate("latent-cli", "Project   %1").arg(project.dir()));
    printLine(stderr, translate("latent-cli", "Dataset   %1").arg(config.dataset.describe()));
    printLine(stderr, translate("latent-cli", "Model     %1").arg(config.model.describe()));
    const bool follower = options.distributed && !options.distributed->isLeader();
    if (options.distributed) {
        const int batch = config.training.batchSize;
        const int allRanks = batch * options.distributed->worldSize;
        const std::string rank = options.distributed->describe();
        if (follower)
            //: %1 names this process's rank, %2 its batch size, %3 the batch of all ranks together
            printLine(stderr, translate("latent-cli", "Rank      %1, batch %2 of %3; rank 0 writes the files")
                                  .arg(rank)
                                  .arg(batch)
                                  .arg(allRanks));
        else
            //: %1 names this process's rank, %2 its batch size, %3 the batch of all ranks together
            printLine(stderr,
                      translate("latent-cli", "Rank      %1, batch %2 of %3").arg(rank).arg(batch).arg(allRanks));
    }

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
            if (g_interrupted) {
                std::fprintf(stderr, "\n");
                printLine(stderr, translate("latent-cli", "Stopping: saving a checkpoint..."));
            }
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
                printLine(stderr, translate("latent-cli", "Going on in %1 s; free some space, or press Ctrl-C to stop.")
                                      .arg(retryAfter));
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
        printLine(stderr, translate("latent-cli", "error: %1").arg(session.errorMessage()));
        const auto latest = CheckpointStore(project.checkpointsDir()).latest();
        if (options.distributed && !follower && session.step() > 0 && latest.step >= 0)
            printLine(stderr, translate("latent-cli", "The newest checkpoint is %1; continue from it with 'latent-cli "
                                                      "resume --distributed' on every rank (or without --distributed, "
                                                      "alone).")
                                  .arg(latest.path));
        return session.errorKind() == ErrorKind::BadInput ? kExitBadInput : kExitFailure;
    }
    // The same on every rank, or the ranks drifted apart; left in English for
    // the scripts that compare the ranks' lines.
    if (options.distributed)
        std::fprintf(stderr, "Weights sha256 %s (%s)\n", session.parameterChecksum().c_str(),
                     options.distributed->describe().c_str());
    if (follower) {
        if (printer.pausedItself()) { // diverged, as every rank did at the same step
            printLine(stderr, translate("latent-cli", "error: %1").arg(printer.pauseReason()));
            return kExitFailure;
        }
        printLine(stderr, endedAt(state, session.step()));
        return g_interrupted ? kExitInterrupted : kExitOk;
    }
    const auto latest = CheckpointStore(project.checkpointsDir()).latest();
    if (printer.pausedItself()) {
        printLine(stderr, translate("latent-cli", "error: %1").arg(printer.pauseReason()));
        if (latest.step >= 0)
            printLine(stderr, translate("latent-cli", "The last good checkpoint is %1; continue from it with:\n"
                                                      "  latent-cli resume --project %2 --steps N")
                                  .arg(latest.path)
                                  .arg(project.dir()));
        return kExitFailure;
    }
    if (failuresSeen > 0 && state != SessionState::Finished && !g_interrupted) {
        printLine(stderr, translate("latent-cli", "error: %1").arg(printer.pauseReason()));
        printLine(stderr, latest.step >= 0
                              ? translate("latent-cli", "Stopped at step %1; the newest checkpoint is %2.")
                                    .arg(session.step())
                                    .arg(latest.path)
                              : translate("latent-cli", "Stopped at step %1; the newest checkpoint is none.")
                                    .arg(session.step()));
        return kExitFailure;
    }
    printLine(stderr, endedAt(state, session.step()));
    if (!printer.lastSamplePath().empty())
        printLine(stderr, translate("latent-cli", "Samples:    %1").arg(printer.lastSamplePath()));
    if (latest.step >= 0)
        printLine(stderr, translate("latent-cli", "Checkpoint: %1").arg(latest.path));
    printLine(stderr, translate("latent-cli", "Metrics:    %1").arg(project.metricsPath()));
    return g_interrupted ? kExitInterrupted : kExitOk;
}

int commandTrain(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(translate("latent-cli", "Train a new project (a new or empty folder), or one the "
                                                        "studio made and never trained.")
                                    .toQString());
    p.addHelpOption();
    addProjectOption(p);
    p.addOptions({
        {"preset",
         translate("latent-cli",
                   "Start from a built-in preset ('latent-cli presets' lists them); options below override it.")
             .toQString(),
         "name"},
        {"dataset",
         translate("latent-cli",
                   "synthetic-digits (default), an image folder, IDX file(s) or CIFAR-10 batches.")
             .toQString(),
         "source"},
        {"synthetic-count",
         translate("latent-cli", "Images rendered for synthetic-digits (default 20000).").toQString(), "n"},
        {"flip", translate("latent-cli", "Random horizontal flips.").toQString()},
        {"model", translate("latent-cli", "dcgan (default) or vae.").toQString(), "model"},
        {"loss", translate("latent-cli", "GAN loss: bce (default), wgan-gp, hinge or lsgan.").toQString(), "loss"},
        {"recon-loss", translate("latent-cli", "VAE reconstruction loss: bce (default) or mse.").toQString(), "loss"},
        {"image-size", translate("latent-cli", "Image side in pixels (default 28).").toQString(), "n"},
        {"channels", translate("latent-cli", "1 (gray, default) or 3 (RGB).").toQString(), "n"},
        {"latent-dim", translate("latent-cli", "Latent size (default 100 for GANs, 16 for VAEs).").toQString(), "n"},
        {"width", translate("latent-cli", "Feature maps of the outermost layers (default 64).").toQString(), "n"},
        {"beta", translate("latent-cli", "VAE: weight of the KL term (default 1).").toQString(), "x"},
        {"batch-size", translate("latent-cli", "Batch size (default 64).").toQString(), "n"},
        {"steps", translate("latent-cli", "Generator steps (default 1500).").toQString(), "n"},
        {"lr", translate("latent-cli", "Learning rate of both networks.").toQString(), "x"},
        {"lr-g", translate("latent-cli", "Generator (or VAE) learning rate.").toQString(), "x"},
        {"lr-d", translate("latent-cli", "Discriminator learning rate.").toQString(), "x"},
        {"beta1", translate("latent-cli", "Adam beta1.").toQString(), "x"},
        {"beta2", translate("latent-cli", "Adam beta2.").toQString(), "x"},
        {"d-steps", translate("latent-cli", "Discriminator steps per generator step.").toQString(), "n"},
        {"gp-weight", translate("latent-cli", "WGAN-GP gradient penalty weight (default 10).").toQString(), "x"},
        {"seed", translate("latent-cli", "Random seed (default 1).").toQString(), "n"},
        {"log-every", translate("latent-cli", "Steps between metrics rows (default 10).").toQString(), "n"},
        {"sample-every", translate("latent-cli", "Steps between sample grids (default 100).").toQString(), "n"},
        {"checkpoint-every", translate("latent-cli", "Steps between checkpoints (default 500).").toQString(), "n"},
        {"keep-checkpoints", translate("latent-cli", "Keep the newest N checkpoints, 0 = all (default 5).").toQString(),
         "n"},
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
            throw StudioError::badInput(
                dir, translate("latent-cli", "has been trained already; continue it with 'latent-cli resume'"));
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
    p.setApplicationDescription(
        translate("latent-cli", "Continue a project from its newest checkpoint for N more steps.").toQString());
    p.addHelpOption();
    addProjectOption(p);
    p.addOption({"steps", translate("latent-cli", "How many more steps.").toQString(), "n"});
    p.addOption({"checkpoint",
                 translate("latent-cli", "Resume from this checkpoint instead of the newest.").toQString(), "file"});
    addRuntimeOptions(p);
    p.process(args);
    Project project = Project::open(requireProject(p));
    if (!p.isSet("steps"))
        throw usage(translate("latent-cli", "--steps N (how many more steps) is required"));
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
        throw StudioError::badInput(project.checkpointsDir(),
                                    translate("latent-cli", "there is no checkpoint to resume from"));

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
            throw StudioError::badInput(project.checkpointsDir(),
                                        translate("latent-cli", "the project has no checkpoint yet; train it first"));
    }
    return InferenceEngine::load(path, &project.config().model);
}

// Refuses to replace a file the user has unless they said --force.
void requireNewOrForced(const std::string& path, bool force)
{
    if (!force && QFileInfo::exists(QString::fromStdString(path)))
        throw StudioError::badInput(path, translate("latent-cli", "exists already; pass --force to replace it"));
}

// The options that pick a TorchScript generator instead of a project.
void addGeneratorOptions(QCommandLineParser& p)
{
    p.addOptions({
        {"generator",
         translate("latent-cli",
                   "Use this TorchScript generator instead of a project (it is run as a program).")
             .toQString(),
         "file.pt"},
        {"latent-dim",
         translate("latent-cli",
                   "The generator's latent size (default: its attribute, a sidecar JSON, or probing).")
             .toQString(),
         "n"},
    });
}

// The engine `sample` draws from: a project's checkpoint, or a TorchScript
// generator the user named (naming it on the command line is their consent
// to run it: TorchScript files are programs).
std::unique_ptr<InferenceEngine> engineFor(const QCommandLineParser& p)
{
    if (p.isSet("generator")) {
        if (p.isSet("project"))
            throw usage(translate("latent-cli", "give either --project DIR or --generator FILE.pt, not both"));
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
            throw StudioError::badInput(
                file, translate("latent-cli", "bookmark '%1' has %2 latent values; this model takes %3")
                          .arg(b.name)
                          .arg(b.z.size())
                          .arg(engine.spec().latentDim));
        if (!b.modelSha256.empty() && b.modelSha256 != engine.checksum())
            //: %2 is the training step the bookmark was made at
            printLine(stderr, translate("latent-cli", "note: bookmark '%1' was made on other weights (step %2); its z "
                                                      "is used as it is")
                                  .arg(b.name)
                                  .arg(b.step));
        latents.push_back(b.z);
    }
    return latents;
}

void addBookmarkOptions(QCommandLineParser& p, const QString& what)
{
    p.addOptions({
        {"bookmarks", what, "name,name"},
        {"bookmark-file",
         translate("latent-cli", "Read bookmarks from this file (default: PROJECT/bookmarks.json).").toQString(),
         "file.json"},
    });
}

int commandSample(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        translate("latent-cli", "Draw samples from a project's newest checkpoint or a TorchScript generator.")
            .toQString());
    p.addHelpOption();
    addProjectOption(p);
    addGeneratorOptions(p);
    addBookmarkOptions(
        p, translate("latent-cli", "Draw these bookmarks (their z) instead of random samples.").toQString());
    p.addOptions({
        {"count", translate("latent-cli", "How many samples (default 64).").toQString(), "n"},
        {"grid", translate("latent-cli", "Write one grid PNG here.").toQString(), "file.png"},
        {"out", translate("latent-cli", "Write one PNG per sample into this folder.").toQString(), "dir"},
        {"latents", translate("latent-cli", "Also write the latent vectors as JSON here.").toQString(), "file.json"},
        {"columns", translate("latent-cli", "Grid columns (default: a square grid).").toQString(), "n"},
        {"padding", translate("latent-cli", "Pixels between grid cells (default 2).").toQString(), "n"},
        {"seed",
         translate("latent-cli",
                   "Seed of the first sample; sample i is seed + i, as in the Explore tab (default 0).")
             .toQString(),
         "n"},
        {"truncation",
         translate("latent-cli", "Shrink z toward the mean by this factor, 0 to 1 (default 1: none).").toQString(),
         "psi"},
        {"checkpoint", translate("latent-cli", "Use this checkpoint instead of the newest.").toQString(), "file"},
        {"force", translate("latent-cli", "Replace files that exist already.").toQString()},
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
            throw usage(translate("latent-cli", "--truncation expects a number from 0 to 1"));
    }
    if (p.isSet("grid") == p.isSet("out"))
        throw usage(translate("latent-cli", "give exactly one of --grid FILE.png or --out DIR"));
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
        throw StudioError::badInput(existing.front(),
                                    translate("latent-cli", "exists already; pass --force to replace it"));
    SampleExport::write(*engine, options);
    if (!options.gridPath.empty())
        std::printf("%s\n", options.gridPath.c_str()); // the bare path, for scripts
    else
        printLine(stdout, translate("latent-cli", "%1 samples in %2").arg(options.count).arg(options.folderPath));
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
            throw usage(
                translate("latent-cli", "--seeds expects whole numbers separated by commas (paths by ';'), not '%1'")
                    .arg(list));
        seeds.push_back(seed);
    }
    return seeds;
}

int commandInterpolate(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(translate("latent-cli", "Walk through latent space along keyframes (seeds or "
                                                        "bookmarks), as an MP4, an animated GIF or a folder of PNG "
                                                        "frames; several paths make a grid video.")
                                    .toQString());
    p.addHelpOption();
    addProjectOption(p);
    addGeneratorOptions(p);
    addBookmarkOptions(p, translate("latent-cli", "Keyframes: these bookmarks, in order (at least two).").toQString());
    p.addOptions({
        {"seeds",
         translate("latent-cli", "Keyframes: the latent vector of each seed, in order (at least two). Several paths, "
                                 "separated by ';', make a grid video: \"1,2,3;4,5,6\".")
             .toQString(),
         "1,2,3"},
        {"columns", translate("latent-cli", "Columns of a grid video (default: as square as it gets).").toQString(),
         "n"},
        {"frames", translate("latent-cli", "Frames from one keyframe to the next (default 30).").toQString(), "n"},
        {"slerp",
         translate("latent-cli", "Spherical interpolation (keeps the vectors' length) instead of linear.").toQString()},
        {"ease", translate("latent-cli", "Ease in and out of each keyframe.").toQString()},
        {"loop", translate("latent-cli", "Return from the last keyframe to the first.").toQString()},
        {"fps", translate("latent-cli", "Frames per second (default 30).").toQString(), "n"},
        {"scale",
         translate("latent-cli", "Enlarge each image this many times (default: to about 256 pixels).").toQString(),
         "n"},
        {"out", translate("latent-cli", "FILE.mp4, FILE.gif, or a folder for PNG frames.").toQString(), "path"},
        {"checkpoint", translate("latent-cli", "Use this checkpoint instead of the newest.").toQString(), "file"},
        {"force", translate("latent-cli", "Replace what exists already.").toQString()},
    });
    p.process(args);
    if (p.isSet("seeds") == p.isSet("bookmarks") || !p.isSet("out"))
        throw usage(translate("latent-cli", "give --seeds A,B[,C...] or --bookmarks NAME,NAME[,...], "
                                            "and --out FILE.mp4|FILE.gif|DIR"));
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
            throw StudioError::badInput(
                out, translate("latent-cli", "is a folder that is not empty; pass --force to write frames into it"));
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
    char rate[32];
    std::snprintf(rate, sizeof rate, "%.0f", fps);
    //: %1 is the file or folder written, %3x%4 the width and height of a frame in pixels, %5 frames per second
    printLine(stdout, translate("latent-cli", "%1  (%2 frames, %3x%4, %5 fps)")
                          .arg(out)
                          .arg(frames.size())
                          .arg(frames.front().width)
                          .arg(frames.front().height)
                          .arg(rate));
    return kExitOk;
}

int commandExport(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(translate("latent-cli", "Export a project's generator (or VAE decoder) for Python: "
                                                        "torch.jit.load(FILE)(z) with z [N, latent] gives [N, C, H, W] "
                                                        "in [-1, 1].")
                                    .toQString());
    p.addHelpOption();
    addProjectOption(p);
    p.addOptions({
        {"torchscript", translate("latent-cli", "Write the TorchScript generator here.").toQString(), "file.pt"},
        {"state-dict",
         translate("latent-cli", "Write its weights here, as a dict of tensors for torch.load.").toQString(),
         "file.pt"},
        {"checkpoint", translate("latent-cli", "Export this checkpoint instead of the newest.").toQString(), "file"},
        {"force", translate("latent-cli", "Replace files that exist already.").toQString()},
    });
    p.process(args);
    if (!p.isSet("torchscript") && !p.isSet("state-dict"))
        throw usage(translate("latent-cli", "give --torchscript FILE.pt and/or --state-dict FILE.pt"));
    const Project project = Project::open(requireProject(p));
    const auto engine = loadEngine(project, p.isSet("checkpoint") ? text(p, "checkpoint") : std::string());
    for (const char* option : {"torchscript", "state-dict"})
        if (p.isSet(option))
            requireNewOrForced(text(p, option), p.isSet("force"));
    if (p.isSet("torchscript")) {
        engine->exportTorchScript(text(p, "torchscript"));
        //: %1 is the file written, %2 the training step of its weights, %3 the latent size
        printLine(stdout, translate("latent-cli", "%1  (TorchScript, step %2, z of %3)")
                              .arg(text(p, "torchscript"))
                              .arg(engine->step())
                              .arg(engine->spec().latentDim));
    }
    if (p.isSet("state-dict")) {
        engine->exportStateDict(text(p, "state-dict"));
        printLine(stdout, translate("latent-cli", "%1  (state dict)").arg(text(p, "state-dict")));
    }
    return kExitOk;
}

int commandInfo(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        translate("latent-cli", "Describe a project: its settings and newest checkpoint.").toQString());
    p.addHelpOption();
    addProjectOption(p);
    p.process(args);
    const Project project = Project::open(requireProject(p));
    const ProjectConfig& c = project.config();
    const TrainingConfig& t = c.training;
    // Left in English: a table of fields that scripts read (tests/reliability).
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
    const std::pair<const char*, UserText> commands[] = {
        {"train", translate("latent-cli", "Train a new project")},
        {"resume", translate("latent-cli", "Continue a project from its newest checkpoint")},
        {"sample", translate("latent-cli", "Draw samples from a trained project or a TorchScript generator")},
        {"export", translate("latent-cli", "Export the generator as TorchScript and a state dict for Python")},
        {"interpolate", translate("latent-cli", "Walk through latent space: MP4, GIF or PNG frames")},
        {"info", translate("latent-cli", "Describe a project and its newest checkpoint")},
        {"presets", translate("latent-cli", "List the built-in presets for 'train --preset'")},
        {"version", translate("latent-cli", "Print the versions and the compute set-up")},
    };
    printLine(stdout, translate("latent-cli", "Usage: latent-cli COMMAND [options]"));
    std::printf("\n");
    printLine(stdout, translate("latent-cli", "Commands:"));
    for (const auto& [name, summary] : commands) {
        const int width = int(std::strlen(name));
        std::printf("  %s%*s%s\n", name, std::max(2, 9 - width), "", summary.str().c_str());
    }
    std::printf("\n");
    printLine(stdout, translate("latent-cli", "'latent-cli COMMAND --help' lists a command's options."));
    printLine(stdout, translate("latent-cli", "Exit codes: 0 done, 1 failure, 2 bad input, 130 interrupted."));
}

} // namespace

int main(int argc, char** argv)
{
    applyOpenMpWaitPolicy(argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName("latent-cli");
    QCoreApplication::setApplicationVersion(LATENT_VERSION);
    installTranslations(app); // the system's language (LANG, LC_ALL, LC_MESSAGES)
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
        printLine(stderr, translate("latent-cli", "error: unknown command '%1'").arg(command));
        std::fprintf(stderr, "\n");
        printUsage();
        return kExitBadInput;
    } catch (const StudioError& e) {
        printLine(stderr, translate("latent-cli", "error: %1").arg(e.what()));
        return e.kind() == ErrorKind::BadInput ? kExitBadInput : kExitFailure;
    } catch (const std::exception& e) {
        printLine(stderr, translate("latent-cli", "error: %1").arg(e.what()));
        return kExitFailure;
    }
}
