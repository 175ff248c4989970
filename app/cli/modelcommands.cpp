// SPDX-License-Identifier: MIT
// latent-cli sample, interpolate, export, info and presets: what a trained
// model (a project's checkpoint, or a TorchScript generator) makes.
#include "modelcommands.h"

#include "base/usertext.h"
#include "clioptions.h"
#include "engineoptions.h"
#include "eval/checkpointchoice.h"
#include "io/animationfile.h"
#include "latent/bookmarkfile.h"
#include "latent/inferenceengine.h"
#include "latent/latentpath.h"
#include "latent/pathanimation.h"
#include "latent/sampleexport.h"
#include "project/presets.h"
#include "project/project.h"
#include "project/projectconfig.h"
#include "train/checkpointstore.h"

#include <QCommandLineParser>
#include <QDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <vector>

namespace latent::cli {

namespace {

// The project's bookmarks file, or the one given with --bookmark-file.
std::string bookmarkFileFor(const QCommandLineParser& p)
{
    if (p.isSet("bookmark-file"))
        return text(p, "bookmark-file");
    return Project::open(requireProject(p)).bookmarksPath();
}

// The latent vectors of the bookmarks named in --bookmarks (comma-separated),
// checked against the engine's latent size, and for a conditional model their
// classes (a bookmark without one, or of a class the model lacks: the i-th is
// of class i mod the class count, as samples are). A bookmark found on other
// weights still names the same z; say so, since the picture may differ.
struct Bookmarked {
    std::vector<std::vector<float>> latents;
    std::vector<int> classes; // empty for an unconditional model
};

Bookmarked bookmarkedLatents(const QCommandLineParser& p, const InferenceEngine& engine)
{
    const std::string file = bookmarkFileFor(p);
    const std::vector<LatentBookmark> bookmarks = BookmarkFile::read(file);
    Bookmarked marked;
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
        marked.latents.push_back(b.z);
        if (engine.spec().conditional()) {
            const int own = b.className.empty() ? -1 : engine.spec().findClass(b.className);
            marked.classes.push_back(own >= 0 ? own : int(marked.classes.size()) % engine.spec().classCount());
        }
    }
    return marked;
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

// "Sneaker,Bag", "7", "all": the classes of a conditional model, as indices.
// Refused, listing the classes, for a name it does not have.
std::vector<int> classList(const QString& list, const ModelSpec& spec)
{
    if (!spec.conditional())
        throw StudioError::badInput({}, translate("latent-cli", "--class needs a conditional model; this one was "
                                                                "trained without classes"));
    std::string known;
    for (const std::string& name : spec.classNames)
        known += (known.empty() ? "" : ", ") + name;
    std::vector<int> classes;
    for (const QString& part : list.split(',', Qt::SkipEmptyParts)) {
        const std::string name = part.trimmed().toStdString();
        if (name == "all") {
            for (int c = 0; c < spec.classCount(); ++c)
                classes.push_back(c);
            continue;
        }
        const int index = spec.findClass(name);
        if (index < 0)
            throw StudioError::badInput({},
                                        //: %1 is what was asked for, %2 the model's classes
                                        translate("latent-cli", "there is no class '%1' (this model's classes: "
                                                                    "%2; numbers from 0 work too)")
                                                .arg(name)
                                                .arg(known));
        classes.push_back(index);
    }
    if (classes.empty())
        throw usage(translate("latent-cli", "--class expects class names or numbers separated by commas, or all"));
    return classes;
}

} // namespace

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
        {"class",
         translate("latent-cli", "Conditional models: draw these classes, names or numbers separated by commas, or "
                                 "all; one grid row per class, the same z in every row (--count per class).")
             .toQString(),
         "name,..."},
        checkpointOption(),
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
        Bookmarked marked = bookmarkedLatents(p, *engine);
        options.count = int(marked.latents.size());
        options.latents = std::move(marked.latents);
        options.latentClasses = std::move(marked.classes);
    }
    if (p.isSet("class"))
        options.classes = classList(p.value("class"), engine->spec());
    const std::vector<std::string> existing = SampleExport::existingFiles(options);
    if (!existing.empty() && !p.isSet("force"))
        throw StudioError::badInput(existing.front(),
                                    translate("latent-cli", "exists already; pass --force to replace it"));
    SampleExport::write(*engine, options);
    if (!options.gridPath.empty())
        std::printf("%s\n", options.gridPath.c_str()); // the bare path, for scripts
    else
        printLine(stdout, translate("latent-cli", "%1 samples in %2")
                              .arg(options.count * std::max<int>(1, int(options.classes.size())))
                              .arg(options.folderPath));
    return kExitOk;
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
        {"classes",
         translate("latent-cli", "Conditional models: the class of each keyframe, in order (names or numbers), or "
                                 "one for all; between keys the class embeddings blend linearly, so a 3 can turn "
                                 "into an 8 with the same z.")
             .toQString(),
         "name,..."},
        {"fps", translate("latent-cli", "Frames per second (default 30).").toQString(), "n"},
        {"scale",
         translate("latent-cli", "Enlarge each image this many times (default: to about 256 pixels).").toQString(),
         "n"},
        {"out", translate("latent-cli", "FILE.mp4, FILE.gif, or a folder for PNG frames.").toQString(), "path"},
        checkpointOption(),
        {"force", translate("latent-cli", "Replace what exists already.").toQString()},
    });
    p.process(args);
    if (p.isSet("seeds") == p.isSet("bookmarks") || !p.isSet("out"))
        throw usage(translate("latent-cli", "give --seeds A,B[,C...] or --bookmarks NAME,NAME[,...], "
                                            "and --out FILE.mp4|FILE.gif|DIR"));
    LatentPath::Settings settings;
    settings.framesBetween = p.isSet("frames") ? int(integerOption(p, "frames", 1, 10000)) : 30;
    settings.interpolation =
        p.isSet("slerp") ? LatentPath::Interpolation::Spherical : LatentPath::Interpolation::Linear;
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
    std::vector<std::vector<std::vector<float>>> keyPaths;
    std::vector<int> keyClasses; // the keys' classes: given, the bookmarks', or the first class for all
    if (p.isSet("bookmarks")) {
        Bookmarked marked = bookmarkedLatents(p, *engine);
        keyPaths.push_back(marked.latents);
        keyClasses = marked.classes;
    } else {
        for (const auto& seeds : seedPaths) {
            std::vector<std::vector<float>> keys;
            for (std::uint64_t seed : seeds)
                keys.push_back(engine->sampleLatents(1, seed).front());
            keyPaths.push_back(keys);
        }
    }
    if (p.isSet("classes"))
        keyClasses = classList(p.value("classes"), engine->spec());
    else if (engine->spec().conditional() && keyClasses.empty())
        keyClasses = {0};
    std::vector<LatentPath> paths;
    for (const auto& keys : keyPaths) {
        if (keyClasses.size() > 1 && keyClasses.size() != keys.size())
            //: %1 and %2 are counts
            throw usage(translate("latent-cli", "--classes gives %1 classes for %2 keyframes (give one for each, or "
                                                "one for all)")
                            .arg(keyClasses.size())
                            .arg(keys.size()));
        std::vector<std::vector<float>> classes;
        for (std::size_t k = 0; k < keys.size() && !keyClasses.empty(); ++k)
            classes.push_back(engine->classWeights(keyClasses[keyClasses.size() == 1 ? 0 : k]));
        paths.emplace_back(keys, settings, classes);
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
        checkpointOption(),
        rawOption(),
        {"force", translate("latent-cli", "Replace files that exist already.").toQString()},
    });
    p.process(args);
    if (!p.isSet("torchscript") && !p.isSet("state-dict"))
        throw usage(translate("latent-cli", "give --torchscript FILE.pt and/or --state-dict FILE.pt"));
    const Project project = Project::open(requireProject(p));
    const auto engine =
        InferenceEngine::load(chooseCheckpoint(project, text(p, "checkpoint")), &project.config().model);
    applyRawOption(p, *engine);
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
    std::printf("dataset      %s%s%s\n", c.dataset.describe().c_str(), c.dataset.horizontalFlip ? ", flipped" : "",
                c.dataset.balanceClasses ? ", classes balanced" : "");
    std::printf("model        %s, conditional %s\n", c.model.describe().c_str(),
                ModelSpec::conditioningName(c.model.conditioning).c_str());
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
    std::printf("latest       step %lld, %s\n", static_cast<long long>(engine->step()),
                checkpoints.back().path.c_str());
    std::printf("sha256       %s\n", engine->checksum().c_str());
    if (engine->spec().conditional()) {
        std::string names;
        for (const std::string& name : engine->spec().classNames)
            names += (names.empty() ? "" : ", ") + name;
        std::printf("classes      %d: %s\n", engine->spec().classCount(), names.c_str());
    }
    return kExitOk;
}

int commandPresets()
{
    for (const auto& preset : Presets::list())
        std::printf("%-16s %s\n", preset.name.c_str(), preset.description.c_str());
    return kExitOk;
}

} // namespace latent::cli
