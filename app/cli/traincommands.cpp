// SPDX-License-Identifier: MIT
// latent-cli train and resume: the options that make a project's settings,
// and a training run followed in the terminal (progress, Ctrl-C, full disks).
#include "traincommands.h"

#include "base/compute.h"
#include "base/usertext.h"
#include "clioptions.h"
#include "eval/evaluationlog.h"
#include "progressprinter.h"
#include "project/presets.h"
#include "project/project.h"
#include "train/checkpointfile.h"
#include "train/checkpointstore.h"
#include "train/distributedspec.h"
#include "train/trainingsession.h"

#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <optional>

namespace latent::cli {

namespace {

std::atomic<bool> g_interrupted{false};
void onSignal(int) { g_interrupted = true; }

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
    ProjectConfig config = base                ? *base
                           : p.isSet("preset") ? Presets::load(text(p, "preset"))
                                               : ProjectConfig::defaults();
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
    if (p.isSet("balance-classes"))
        config.dataset.balanceClasses = true;
    if (p.isSet("recon-loss"))
        m.recon = ModelSpec::reconFromName(text(p, "recon-loss"));
    if (p.isSet("image-size")) {
        const ModelSpec before = m;
        m.imageSize = int(integerOption(p, "image-size", 16, 256));
        if (!base && !p.isSet("preset")) // a new project's defaults suit its size; a preset's rates stay
            config.followImageSize(before);
    }
    if (p.isSet("channels"))
        m.channels = int(integerOption(p, "channels", 1, 3));
    if (p.isSet("latent-dim"))
        m.latentDim = int(integerOption(p, "latent-dim", 1, 4096));
    if (p.isSet("width"))
        m.width = int(integerOption(p, "width", 4, 1024));
    if (p.isSet("beta"))
        m.beta = numberOption(p, "beta");
    if (p.isSet("d-norm"))
        m.dNorm = ModelSpec::dNormFromName(text(p, "d-norm"));
    if (p.isSet("spectral-norm"))
        m.spectralNorm = onOffOption(p, "spectral-norm");
    if (p.isSet("minibatch-std"))
        m.minibatchStd = onOffOption(p, "minibatch-std");
    if (p.isSet("conditional"))
        m.conditioning = ModelSpec::conditioningFromName(text(p, "conditional"));
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
    if (p.isSet("ema-kimg"))
        t.emaKimg = numberOption(p, "ema-kimg");
    if (p.isSet("ema-ramp"))
        t.emaRamp = numberOption(p, "ema-ramp");
    // Weights that may be "auto" (kModeSeekingAuto = kClassGuideAuto).
    const auto autoOrNumber = [&p](const QString& name) {
        return text(p, name) == "auto" ? TrainingConfig::kModeSeekingAuto : numberOption(p, name);
    };
    if (p.isSet("mode-seeking"))
        t.modeSeeking = autoOrNumber("mode-seeking");
    if (p.isSet("class-guide"))
        t.classGuide = autoOrNumber("class-guide");
    if (p.isSet("augment"))
        t.augment = text(p, "augment");
    if (p.isSet("grid-classes")) {
        t.gridClasses.clear();
        for (const QString& name : p.value("grid-classes").split(',', Qt::SkipEmptyParts))
            if (!name.trimmed().isEmpty())
                t.gridClasses.push_back(name.trimmed().toStdString());
    }
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
    if (p.isSet("evaluate-every"))
        t.evaluateEvery = int(integerOption(p, "evaluate-every", 0, 100000000));
    if (p.isSet("evaluation-samples"))
        t.evaluationSamples = int(integerOption(p, "evaluation-samples", 100, 50000));
    if (p.isSet("held-out"))
        config.dataset.heldOut = text(p, "held-out") == "auto" ? DatasetSpec::kHeldOutAuto
                                                               : int(integerOption(p, "held-out", 0, 1000000));
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
    std::optional<EvalResult> best;
    try {
        best = EvaluationLog::best(EvaluationLog::read(project.evaluationPath())); // this run's and those before
    } catch (const StudioError&) {
    }
    if (best)
        //: %1 is the evaluation log's path, %2 the best step, %3 its FD, %4 the FD's error
        printLine(stderr, translate("latent-cli", "Scores:     %1 (best: step %2, FD %3 ± %4; --checkpoint best)")
                              .arg(project.evaluationPath())
                              .arg(best->step)
                              .arg(best->fd, 4)
                              .arg(best->fdError, 2));
    return g_interrupted ? kExitInterrupted : kExitOk;
}

} // namespace

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
        {"balance-classes",
         translate("latent-cli", "Labelled data: draw every class equally often in the batches.").toQString()},
        {"model", translate("latent-cli", "dcgan (default) or vae.").toQString(), "model"},
        {"loss", translate("latent-cli", "GAN loss: bce (default), wgan-gp, hinge or lsgan.").toQString(), "loss"},
        {"recon-loss", translate("latent-cli", "VAE reconstruction loss: bce (default) or mse.").toQString(), "loss"},
        {"image-size", translate("latent-cli", "Image side in pixels (default 28).").toQString(), "n"},
        {"channels", translate("latent-cli", "1 (gray, default) or 3 (RGB).").toQString(), "n"},
        {"latent-dim", translate("latent-cli", "Latent size (default 100 for GANs, 16 for VAEs).").toQString(), "n"},
        {"width", translate("latent-cli", "Feature maps of the outermost layers (default 64).").toQString(), "n"},
        {"beta", translate("latent-cli", "VAE: weight of the KL term (default 1).").toQString(), "x"},
        {"d-norm",
         translate("latent-cli", "Discriminator normalisation: auto (default: batch, layer for wgan-gp), batch, "
                                 "layer or none.")
             .toQString(),
         "norm"},
        {"spectral-norm",
         translate("latent-cli", "Spectral normalisation of the discriminator's convolutions: on or off.").toQString(),
         "on|off"},
        {"minibatch-std",
         translate("latent-cli", "The discriminator also sees how much small groups of its images differ "
                                 "(minibatch standard deviation), against a generator that draws few kinds: on or off.")
             .toQString(),
         "on|off"},
        {"conditional",
         translate("latent-cli", "Train on the data set's labels, so that samples can be asked for by class: auto "
                                 "(default: when it has labels), on or off.")
             .toQString(),
         "auto|on|off"},
        {"batch-size", translate("latent-cli", "Batch size (default 64).").toQString(), "n"},
        {"steps", translate("latent-cli", "Generator steps (default 1500).").toQString(), "n"},
        {"lr", translate("latent-cli", "Learning rate of both networks.").toQString(), "x"},
        {"lr-g", translate("latent-cli", "Generator (or VAE) learning rate.").toQString(), "x"},
        {"lr-d", translate("latent-cli", "Discriminator learning rate.").toQString(), "x"},
        {"beta1", translate("latent-cli", "Adam beta1.").toQString(), "x"},
        {"beta2", translate("latent-cli", "Adam beta2.").toQString(), "x"},
        {"d-steps", translate("latent-cli", "Discriminator steps per generator step.").toQString(), "n"},
        {"gp-weight", translate("latent-cli", "WGAN-GP gradient penalty weight (default 10).").toQString(), "x"},
        {"ema-kimg",
         translate("latent-cli", "GANs: half-life of the generator's weight average in thousands of images "
                                 "(StyleGAN uses 10), 0 = none (default).")
             .toQString(),
         "x"},
        {"ema-ramp",
         translate("latent-cli", "GANs: the average's window is at most this share of the images seen, 0 = no ramp "
                                 "(default 0.05).")
             .toQString(),
         "x"},
        {"mode-seeking",
         translate("latent-cli", "GANs: weight of the mode-seeking term, which keeps samples of different z "
                                 "apart; auto (new projects): 1 for a conditional model, none otherwise; 0 = none.")
             .toQString(),
         "auto|x"},
        {"class-guide",
         translate("latent-cli", "Conditional GANs: weight of the class guide, a classifier of the labels that asks "
                                 "each sample to show its class; auto (new projects): 0.5; 0 = none.")
             .toQString(),
         "auto|x"},
        {"augment",
         translate("latent-cli", "GANs: the discriminator's augmentation: auto (default: adaptive for up to 300 images, off above), "
                                 "off, adaptive (each image shifted with a probability that rises while the "
                                 "discriminator learns the real images by heart), or a list of color, translation, cutout "
                                 "(every image), to which adaptive can be added.")
             .toQString(),
         "list"},
        {"grid-classes",
         translate("latent-cli", "Conditional models: the classes of the sample grid's rows, names or numbers "
                                 "separated by commas (at most 10; default: spread over all the classes; '' for "
                                 "that again).")
             .toQString(),
         "list"},
        {"seed", translate("latent-cli", "Random seed (default 1).").toQString(), "n"},
        {"log-every", translate("latent-cli", "Steps between metrics rows (default 10).").toQString(), "n"},
        {"sample-every", translate("latent-cli", "Steps between sample grids (default 100).").toQString(), "n"},
        {"checkpoint-every", translate("latent-cli", "Steps between checkpoints (default 500).").toQString(), "n"},
        {"keep-checkpoints", translate("latent-cli", "Keep the newest N checkpoints, 0 = all (default 5).").toQString(),
         "n"},
        {"evaluate-every",
         translate("latent-cli", "Steps between quality scores, 0 = none (default 400).").toQString(), "n"},
        {"evaluation-samples",
         translate("latent-cli", "Generated images per quality score (default 2000).").toQString(), "n"},
        {"held-out",
         translate("latent-cli", "Images set aside for the quality scores and never trained on: auto (default: a "
                                 "tenth, at most 2000) or a count.")
             .toQString(),
         "n|auto"},
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

} // namespace latent::cli
