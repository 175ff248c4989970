// SPDX-License-Identifier: MIT
#include "evaluatecommand.h"

#include "base/usertext.h"
#include "clioptions.h"
#include "data/datasetloader.h"
#include "data/datasetspec.h"
#include "engineoptions.h"
#include "eval/checkpointchoice.h"
#include "eval/evaluationlog.h"
#include "eval/generatorscorer.h"
#include "latent/inferenceengine.h"
#include "project/project.h"
#include "train/checkpointstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace latent::cli {

namespace {
QJsonObject toJson(const EvalResult& r)
{
    QJsonObject row{{"step", double(r.step)}};
    const std::vector<std::string> names = EvalResult::columnNames();
    const std::vector<double> values = r.values();
    for (std::size_t i = 0; i < names.size(); ++i)
        row[QString::fromStdString(names[i])] = values[i];
    return row;
}

std::string scoresLine(const EvalResult& r)
{
    //: One checkpoint's scores; %1 the step, then FD, its error, KID, its error, precision, recall, density,
    //: coverage, seconds
    return translate("latent-cli", "step %1: FD %2 ± %3   KID %4 ± %5   precision %6   recall %7   density %8   "
                                   "coverage %9   (%10 s)")
        .arg(r.step)
        .arg(r.fd, 4)
        .arg(r.fdError, 2)
        .arg(r.kid, 3)
        .arg(r.kidError, 2)
        .arg(r.precision, 2)
        .arg(r.recall, 2)
        .arg(r.density, 2)
        .arg(r.coverage, 2)
        .arg(r.seconds, 2);
}

// The checkpoints to score: the chosen one, or every one for "all".
std::vector<std::string> checkpointsToScore(const Project& project, const std::string& which)
{
    if (which != "all")
        return {chooseCheckpoint(project, which)};
    std::vector<std::string> paths;
    for (const CheckpointStore::Entry& entry : CheckpointStore(project.checkpointsDir()).list())
        paths.push_back(entry.path);
    if (paths.empty())
        chooseCheckpoint(project, {}); // says there is none
    return paths;
}
// A conditional model asked for each class: the share of its samples the
// feature network's classifier says show it. Printed as a table (unless
// `quiet`); returned for --json. Nothing (with a note) when it cannot be judged.
QJsonObject classAccuracyOf(const GeneratorScorer& scorer, InferenceEngine& engine, bool quiet)
{
    const int perClass = std::max(100, scorer.samples() / engine.spec().classCount());
    GeneratorScorer::ClassAccuracy result;
    try {
        result = scorer.classAccuracy(engine, perClass);
    } catch (const StudioError& e) {
        if (!quiet)
            printLine(stderr, translate("latent-cli", "No accuracy by class: %1").arg(e.problem()));
        return {};
    }
    QJsonObject byClass, byClassReal;
    for (std::size_t c = 0; c < result.perClass.size(); ++c)
        byClass.insert(QString::fromStdString(engine.spec().classNames[c]), result.perClass[c]);
    const bool withReal = result.realPerClass.size() == result.perClass.size();
    if (!quiet) {
        //: %1 is a number of samples per class
        printLine(stdout, translate("latent-cli", "Asked for each class (%1 samples each), the share the feature "
                                                  "network's classifier says shows it (beside it: the same "
                                                  "classifier on the real images):")
                              .arg(perClass));
        for (std::size_t c = 0; c < result.perClass.size(); ++c) {
            std::printf("  %-16s %5.1f%%", engine.spec().classNames[c].c_str(), 100.0 * result.perClass[c]);
            if (withReal)
                std::printf("   real %5.1f%%", 100.0 * result.realPerClass[c]);
            std::printf("\n");
        }
        //: %1 and %2 are percentages
        printLine(stdout, translate("latent-cli", "  all classes      %1% ± %2%")
                              .arg(100.0 * result.overall, 3)
                              .arg(100.0 * result.overallError(), 2));
        if (withReal)
            //: %1 is a percentage, %2 a number of images
            printLine(stdout, translate("latent-cli", "  the classifier on %2 real images: %1%")
                                  .arg(100.0 * result.realOverall, 3)
                                  .arg(result.realCount));
    }
    if (withReal) {
        byClassReal = QJsonObject();
        for (std::size_t c = 0; c < result.realPerClass.size(); ++c)
            byClassReal.insert(QString::fromStdString(engine.spec().classNames[c]), result.realPerClass[c]);
    }
    QJsonObject json{{"overall", result.overall},
                     {"overall_error", result.overallError()},
                     {"samples_per_class", perClass},
                     {"by_class", byClass}};
    if (withReal) {
        json.insert("real_overall", result.realOverall);
        json.insert("real_images", result.realCount);
        json.insert("real_by_class", byClassReal);
    }
    return json;
}

} // namespace

int commandEvaluate(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        translate("latent-cli", "Score a generator: Fréchet and kernel distances to real images, with their errors, "
                                "and precision, recall, density and coverage, in the studio's own feature space "
                                "(not comparable with the Inception FIDs of papers).")
            .toQString());
    p.addHelpOption();
    addProjectOption(p);
    addGeneratorOptions(p);
    p.addOptions({
        {"checkpoint",
         translate("latent-cli", "Score this checkpoint instead of the newest: a file, a step, best, or all (a table "
                                 "of every checkpoint).")
             .toQString(),
         "file|step|best|all"},
        {"dataset",
         translate("latent-cli", "With --generator: the real images to compare with (an image folder, IDX files, "
                                 "CIFAR-10 batches, or synthetic-digits).")
             .toQString(),
         "path"},
        {"samples",
         translate("latent-cli", "Generated images per score (default: the project's, else 2000).").toQString(), "n"},
        {"json", translate("latent-cli", "Print the scores as JSON.").toQString()},
    });
    p.process(args);
    const int samples = p.isSet("samples") ? int(integerOption(p, "samples", 100, 50000)) : 0;

    std::optional<GeneratorScorer> scorer;
    std::vector<EvalResult> results;
    std::optional<Project> project;
    QJsonObject accuracy; // a conditional model's, by class
    if (p.isSet("generator")) {
        if (!p.isSet("dataset"))
            throw usage(translate("latent-cli", "--generator needs --dataset PATH: the real images to compare with"));
        auto engine = engineFor(p);
        DatasetSpec dataset;
        const std::string path = text(p, "dataset");
        dataset.source = path == "synthetic-digits" ? DatasetSpec::Source::SyntheticDigits : DatasetLoader::detect(path);
        dataset.path = path == "synthetic-digits" ? std::string() : path;
        scorer = GeneratorScorer::forDataset(dataset, engine->spec().imageSize, engine->spec().channels,
                                             samples > 0 ? samples : 2000, /*seed=*/1);
        if (!p.isSet("json"))
            printLine(stderr, translate("latent-cli", "Scoring %1 against %2 (%3 samples)…")
                                  .arg(text(p, "generator"))
                                  .arg(scorer->referenceDescription())
                                  .arg(scorer->samples()));
        results.push_back(scorer->score(*engine));
    } else {
        if (p.isSet("dataset"))
            throw usage(translate("latent-cli", "--dataset goes with --generator; a project's scores compare with "
                                                "its own data"));
        project = Project::open(requireProject(p));
        const std::vector<std::string> paths = checkpointsToScore(*project, text(p, "checkpoint"));
        scorer = GeneratorScorer::forProject(*project, samples);
        if (!p.isSet("json"))
            printLine(stderr, translate("latent-cli", "Scoring %1 checkpoint(s) of %2 against %3 (%4 samples each)…")
                                  .arg(paths.size())
                                  .arg(project->dir())
                                  .arg(scorer->referenceDescription())
                                  .arg(scorer->samples()));
        for (const std::string& path : paths) {
            const auto engine = InferenceEngine::load(path, &project->config().model);
            applyRawOption(p, *engine);
            results.push_back(scorer->score(*engine));
            if (!p.isSet("json"))
                printLine(stdout, scoresLine(results.back()));
            if (engine->spec().conditional() && paths.size() == 1)
                accuracy = classAccuracyOf(*scorer, *engine, p.isSet("json"));
        }
    }

    const std::optional<EvalResult> best = EvaluationLog::best(results);
    if (p.isSet("json")) {
        QJsonArray rows;
        for (const EvalResult& r : results)
            rows.append(toJson(r));
        QJsonObject out{{"reference", QString::fromStdString(scorer->referenceDescription())},
                              {"samples", scorer->samples()},
                              {"feature_space", QString::fromStdString(scorer->featureSpace())},
                              {"best_step", best ? double(best->step) : -1.0},
                              {"results", rows}};
        if (!accuracy.isEmpty())
            out.insert("class_accuracy", accuracy);
        std::printf("%s", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
        return kExitOk;
    }
    if (!project)
        printLine(stdout, scoresLine(results.front()));
    if (results.size() > 1)
        //: %1 is a step, %2 its FD and %3 the FD's error
        printLine(stdout, translate("latent-cli", "best: step %1 (FD %2 ± %3)")
                              .arg(best->step)
                              .arg(best->fd, 4)
                              .arg(best->fdError, 2));
    printLine(stdout, translate("latent-cli", "Lower FD and KID are better; errors are one standard error. The "
                                              "scores compare generators on the same data; they are not the "
                                              "Inception FIDs of papers."));
    return kExitOk;
}

} // namespace latent::cli
