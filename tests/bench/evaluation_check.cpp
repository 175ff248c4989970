// SPDX-License-Identifier: MIT
// latent-eval-check: the measurements behind docs/EVALUATION.md, made by
// `./studio.sh evaluation-check`. For each dataset (Fashion-MNIST when its
// IDX files are given, and the built-in digits) it trains the default DCGAN
// with a checkpoint every steps/12, trains a judge (labelclassifier.h) on the
// labels, and compares three feature spaces the scores could use: fixed
// random weights, an autoencoder of the images, and a classifier of the
// labels (the studio's choice where labels exist). Markdown tables:
//  - each space's FD of anchors that must come out in order: other real
//    images < the last checkpoint < an early one < real images of only two
//    classes (sharp but collapsed) < noise; the studio's full scores of them;
//  - over the checkpoints, each space's FD beside the judge's, and their
//    Spearman rank correlations;
//  - the FD of two saved feature sets against SciPy (tests/bench/fd_reference.py);
//  - how long one evaluation takes for dcgan-28 and dcgan-64, and its share
//    of training time at the default interval.
//
//   latent-eval-check --work DIR [--fashion IMAGES.gz] [--steps N] [--python PY]
//
// A project already trained in DIR is reused. Prints a report; fails only
// when it cannot run.

#include "base/compute.h"
#include "base/allocatorpolicy.h"
#include "base/openmpwaitpolicy.h"
#include "data/datasetloader.h"
#include "data/syntheticdigits.h"
#include "eval/evaluator.h"
#include "eval/featurestatistics.h"
#include "eval/referencefeatures.h"
#include "eval/referenceset.h"
#include "io/npyfile.h"
#include "labelclassifier.h"
#include "latent/inferenceengine.h"
#include "models/networks.h"
#include "project/project.h"
#include "train/checkpointstore.h"
#include "train/trainer.h"
#include "train/trainingsession.h"

#include <ATen/CPUGeneratorImpl.h>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <memory>
#include <numeric>
#include <string>
#include <vector>

using namespace latent;
using Clock = std::chrono::steady_clock;

namespace {

struct Options {
    std::string work;
    std::string fashion;
    std::string python = "/usr/bin/python3";
    std::string script;
    int steps = 3000;
};

double seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

std::vector<double> ranks(const std::vector<double>& values)
{
    std::vector<std::size_t> order(values.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
    std::vector<double> rank(values.size());
    for (std::size_t i = 0; i < order.size();) { // ties share their mean rank
        std::size_t j = i;
        while (j + 1 < order.size() && values[order[j + 1]] == values[order[i]])
            ++j;
        for (std::size_t k = i; k <= j; ++k)
            rank[order[k]] = 0.5 * double(i + j);
        i = j + 1;
    }
    return rank;
}

// Spearman's rho: Pearson's correlation of the ranks.
double spearman(const std::vector<double>& a, const std::vector<double>& b)
{
    const std::vector<double> ra = ranks(a), rb = ranks(b);
    const double n = double(a.size()), ma = std::accumulate(ra.begin(), ra.end(), 0.0) / n,
                 mb = std::accumulate(rb.begin(), rb.end(), 0.0) / n;
    double sab = 0, saa = 0, sbb = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        sab += (ra[i] - ma) * (rb[i] - mb);
        saa += (ra[i] - ma) * (ra[i] - ma);
        sbb += (rb[i] - mb) * (rb[i] - mb);
    }
    return sab / std::sqrt(saa * sbb);
}

// Images of `from` whose labels are in `classes`, at most `count`.
torch::Tensor ofClasses(const ImageDataset& from, const std::vector<int>& classes, std::size_t count)
{
    std::vector<std::int64_t> picked;
    for (std::size_t i = 0; i < from.count() && picked.size() < count; ++i)
        if (std::find(classes.begin(), classes.end(), from.labels()[i]) != classes.end())
            picked.push_back(std::int64_t(i));
    return LabelClassifier::imagesOf(from).index({torch::tensor(picked, torch::kLong)});
}

// Trains `config` in `dir` unless its last checkpoint is there already.
Project trained(const std::string& dir, const ProjectConfig& config)
{
    if (Project::exists(dir)) {
        Project project = Project::open(dir);
        if (CheckpointStore(project.checkpointsDir()).latest().step >= config.training.steps)
            return project;
    }
    const Project project = Project::exists(dir) ? Project::open(dir) : Project::create(dir, config);
    std::fprintf(stderr, "training %s for %lld steps...\n", dir.c_str(), static_cast<long long>(config.training.steps));
    TrainingSession session(project, nullptr);
    session.start({});
    session.wait();
    if (session.state() != SessionState::Finished)
        throw std::runtime_error("training " + dir + " ended: " + session.errorMessage());
    return project;
}

// The first feature space tried: a network of fixed random weights (He
// initialisation, seed 0xFEA7), four 3x3 stages on 32x32, the average of each
// stage and the last on a 2x2 grid (480 features).
class RandomFeatures {
public:
    explicit RandomFeatures(int channels)
    {
        at::Generator generator = at::make_generator<at::CPUGeneratorImpl>(0xFEA7u);
        int in = channels;
        for (int out : {32, 64, 128, 64}) {
            m_weights.push_back(torch::randn({out, in, 3, 3}, generator, torch::kFloat32) * std::sqrt(2.0 / (in * 9)));
            in = out;
        }
    }
    torch::Tensor operator()(const torch::Tensor& images) const
    {
        namespace F = torch::nn::functional;
        torch::InferenceMode inference;
        torch::Tensor x = images.to(torch::kFloat32) / 127.5 - 1.0; // uint8 images
        x = F::interpolate(x, F::InterpolateFuncOptions().size(std::vector<std::int64_t>{32, 32}).mode(torch::kBilinear)
                                  .align_corners(false).antialias(x.size(2) > 32));
        std::vector<torch::Tensor> pooled;
        for (std::size_t i = 0; i < m_weights.size(); ++i) {
            x = torch::relu(F::conv2d(x, m_weights[i], F::Conv2dFuncOptions().padding(1)));
            if (i + 1 < m_weights.size()) {
                pooled.push_back(x.mean({2, 3}));
                x = F::avg_pool2d(x, F::AvgPool2dFuncOptions(2));
            } else {
                pooled.push_back(F::adaptive_avg_pool2d(x, F::AdaptiveAvgPool2dFuncOptions({2, 2})).flatten(1));
            }
        }
        return torch::cat(pooled, 1);
    }

private:
    std::vector<torch::Tensor> m_weights;
};

// One feature space: its features of images (uint8 [N, C, H, W]).
struct Space {
    std::string name;
    std::function<torch::Tensor(const torch::Tensor&)> features;
    FeatureGaussian reference;
};

class Check {
public:
    Check(const Project& project, const Options& options) : m_project(project), m_options(options)
    {
        const ProjectConfig& c = project.config();
        ImageDataset data = DatasetLoader::load(c.dataset, c.model.imageSize, c.model.channels, c.training.seed);
        m_reference = ReferenceSet::take(data, c.dataset, std::size_t(c.training.evaluationSamples));
        m_training = std::move(data);
        auto started = Clock::now();
        ReferenceFeatures studio = ReferenceFeatures::ofProject(project.dir(), c, &m_reference, &m_training);
        const double studioSeconds = seconds(started);
        m_evaluator = std::make_unique<Evaluator>(studio.network, studio.features, c.training.evaluationSamples,
                                                  Evaluator::latentSeed(c.training.seed));
        started = Clock::now();
        m_judge = std::make_unique<LabelClassifier>(c.model.channels, 10, /*seed=*/7);
        const double judgeTraining = m_judge->train(m_training, 3);
        std::printf("The studio's feature network: %s (made in %.0f s; cached in the project). The judge: 3 epochs "
                    "on %zu labelled training images in %.0f s, accuracy %.1f%% on them and %.1f%% on the %zu "
                    "reference images.\n\n",
                    studio.description.c_str(), studioSeconds, m_training.count(), seconds(started),
                    100 * judgeTraining, 100 * m_judge->accuracy(m_reference.images), m_reference.images.count());
        const torch::Tensor reals = LabelClassifier::imagesOf(m_reference.images);
        // The same networks as the studio's, one taught without the labels.
        ImageDataset unlabelled(m_training.size(), m_training.channels());
        for (std::size_t i = 0; i < m_training.count(); ++i)
            unlabelled.appendPlanar(m_training.data() + i * m_training.bytesPerImage(), -1);
        auto autoencoder = std::make_shared<FeatureNetwork>(FeatureNetwork::train(unlabelled));
        auto random = std::make_shared<RandomFeatures>(c.model.channels);
        const FeatureNetwork network = studio.network;
        m_spaces = {{"random weights", [random](const torch::Tensor& x) { return (*random)(x); }, {}},
                    {"autoencoder", [autoencoder](const torch::Tensor& x) { return autoencoder->features(x); }, {}},
                    {"classifier (the studio's)", [network](const torch::Tensor& x) { return network.features(x); },
                     {}}};
        for (Space& space : m_spaces)
            space.reference = gaussianOf(space.features(reals));
        m_judgeReference = gaussianOf(m_judge->features(reals));
    }

    torch::Tensor samplesOf(const std::string& checkpoint, std::int64_t& step)
    {
        const auto engine = InferenceEngine::load(checkpoint);
        step = engine->step();
        return imagesToTensor(engine->decode(engine->sampleLatents(m_evaluator->samples(), m_evaluator->seed())));
    }

    std::vector<double> spaceFds(const torch::Tensor& images)
    {
        std::vector<double> fds;
        for (const Space& space : m_spaces)
            fds.push_back(frechetDistance(space.reference, gaussianOf(space.features(images))));
        fds.push_back(frechetDistance(m_judgeReference, gaussianOf(m_judge->features(images))));
        return fds;
    }

    void anchors(const torch::Tensor& otherReals)
    {
        const auto checkpoints = CheckpointStore(m_project.checkpointsDir()).list();
        std::int64_t early = 0, late = 0;
        const torch::Tensor earlySamples = samplesOf(checkpoints.front().path, early);
        const torch::Tensor lateSamples = samplesOf(checkpoints.back().path, late);
        const torch::Tensor twoClasses = ofClasses(m_training, {0, 1}, std::size_t(m_evaluator->samples()));
        const torch::Tensor noise = torch::randint(0, 256, earlySamples.sizes(), torch::kUInt8);
        const std::vector<std::pair<std::string, torch::Tensor>> rows = {
            {"real images not in the reference set", otherReals},
            {"the generator at step " + std::to_string(late), lateSamples},
            {"the generator at step " + std::to_string(early), earlySamples},
            {"real images of two classes only (0 and 1)", twoClasses},
            {"uniform noise", noise}};
        std::printf("FD in each feature space (each column must grow downwards):\n\n| images scored |");
        for (const Space& space : m_spaces)
            std::printf(" %s |", space.name.c_str());
        std::printf(" judge |\n|---|---|---|---|---|\n");
        std::vector<std::vector<double>> fds;
        for (const auto& [what, images] : rows) {
            fds.push_back(spaceFds(images));
            std::printf("| %s |", what.c_str());
            for (double fd : fds.back())
                std::printf(" %.4g |", fd);
            std::printf("\n");
        }
        std::printf("| in order? |");
        for (std::size_t s = 0; s < fds.front().size(); ++s) {
            bool ordered = true;
            for (std::size_t r = 1; r < fds.size(); ++r)
                ordered = ordered && fds[r][s] > fds[r - 1][s];
            std::printf(" %s |", ordered ? "yes" : "**no**");
        }
        std::printf("\n\nThe studio's scores of the same images:\n\n"
                    "| images scored | FD | KID | precision | recall | density | coverage |\n|---|---|---|---|---|---|---|\n");
        for (const auto& [what, images] : rows) {
            const EvalResult r = m_evaluator->evaluateImages(images, 0);
            std::printf("| %s | %.4g ± %.2g | %.3g ± %.2g | %.3f | %.3f | %.3f | %.3f |\n", what.c_str(), r.fd, r.fdError,
                        r.kid, r.kidError, r.precision, r.recall, r.density, r.coverage);
        }
        std::printf("\n");
    }

    void overCheckpoints()
    {
        std::printf("| step | studio FD | KID | precision | coverage |");
        for (const Space& space : m_spaces)
            std::printf(" FD, %s |", space.name.c_str());
        std::printf(" FD, judge |\n|---|---|---|---|---|---|---|---|---|\n");
        std::vector<std::vector<double>> columns(m_spaces.size() + 1);
        for (const CheckpointStore::Entry& entry : CheckpointStore(m_project.checkpointsDir()).list()) {
            std::int64_t step = 0;
            const torch::Tensor samples = samplesOf(entry.path, step);
            const EvalResult r = m_evaluator->evaluateImages(samples, step);
            const std::vector<double> fds = spaceFds(samples);
            std::printf("| %lld | %.4g ± %.2g | %.3g ± %.2g | %.3f | %.3f |", static_cast<long long>(step), r.fd,
                        r.fdError, r.kid, r.kidError, r.precision, r.coverage);
            for (std::size_t i = 0; i < fds.size(); ++i) {
                std::printf(" %.4g |", fds[i]);
                columns[i].push_back(fds[i]);
            }
            std::printf("\n");
            m_lastSamples = samples;
        }
        std::printf("\nSpearman rank correlation with the judge's FD over %zu checkpoints:", columns.back().size());
        for (std::size_t i = 0; i < m_spaces.size(); ++i)
            std::printf(" %s **%.3f**%s", m_spaces[i].name.c_str(), spearman(columns[i], columns.back()),
                        i + 1 < m_spaces.size() ? "," : ".\n\n");
    }

    void againstScipy()
    {
        if (m_options.script.empty() || !QFileInfo::exists(QString::fromStdString(m_options.python)))
            return;
        const torch::Tensor real = m_evaluator->referenceFeatures().to(torch::kFloat64).contiguous();
        const torch::Tensor fake = m_evaluator->network().features(m_lastSamples).to(torch::kFloat64).contiguous();
        const std::string a = m_project.dir() + "/real-features.npy", b = m_project.dir() + "/fake-features.npy";
        writeNpy(a, real.data_ptr<double>(), real.size(0), real.size(1));
        writeNpy(b, fake.data_ptr<double>(), fake.size(0), fake.size(1));
        QProcess python;
        python.start(QString::fromStdString(m_options.python),
                     {QString::fromStdString(m_options.script), QString::fromStdString(a), QString::fromStdString(b)});
        if (!python.waitForFinished(600000) || python.exitCode() != 0) {
            std::printf("SciPy check: could not run %s (%s)\n\n", m_options.script.c_str(),
                        python.readAllStandardError().constData());
            return;
        }
        const double scipy = python.readAllStandardOutput().trimmed().toDouble();
        const double ours = frechetDistance(gaussianOf(real), gaussianOf(fake));
        std::printf("FD of the last checkpoint's saved features (real-features.npy, fake-features.npy in the project): "
                    "studio %.12g, SciPy (sqrtm of C1 C2) %.12g, relative difference %.2g.\n\n",
                    ours, scipy, std::abs(ours - scipy) / std::max(std::abs(scipy), 1e-300));
    }

private:
    Project m_project;
    Options m_options;
    ReferenceSet m_reference;
    ImageDataset m_training;
    std::unique_ptr<Evaluator> m_evaluator;
    std::unique_ptr<LabelClassifier> m_judge;
    std::vector<Space> m_spaces;
    FeatureGaussian m_judgeReference;
    torch::Tensor m_lastSamples;
};

ProjectConfig configFor(const DatasetSpec& dataset, int steps)
{
    ProjectConfig config = ProjectConfig::defaults();
    config.dataset = dataset;
    config.dataset.heldOut = DatasetSpec::kHeldOutAuto;
    config.training.steps = steps;
    config.training.checkpointEvery = std::max(1, steps / 12);
    config.training.keepCheckpoints = 0;
    config.training.evaluateEvery = 0; // scored here, every checkpoint alike
    return config;
}

// Seconds per training step and per evaluation of a fresh `size` x `size` DCGAN.
void timing(int size, int channels, int samples)
{
    ProjectConfig config = ProjectConfig::defaults();
    config.model.imageSize = size;
    config.model.channels = channels;
    torch::manual_seed(1);
    auto trainer = Trainer::create(config.model, config.training, torch::kCPU);
    const ImageDataset data = SyntheticDigits::generate(2 * std::size_t(config.training.batchSize), size, channels, 1);
    BatchSource batches(data, config.training.batchSize, 1, false, torch::kCPU);
    at::Generator noise = at::make_generator<at::CPUGeneratorImpl>(1);
    for (int i = 0; i < 2; ++i)
        trainer->step(batches, noise); // warm-up
    auto started = Clock::now();
    const int steps = size > 32 ? 3 : 10;
    for (int i = 0; i < steps; ++i)
        trainer->step(batches, noise);
    const double perStep = seconds(started) / steps;
    ImageDataset reference = SyntheticDigits::generate(std::size_t(samples), size, channels, 2);
    const FeatureNetwork network = FeatureNetwork::train(SyntheticDigits::generate(2000, size, channels, 4));
    const Evaluator evaluator(network, Evaluator::featuresOf(network, reference), samples, 3);
    Networks& networks = trainer->networks();
    started = Clock::now();
    const EvalResult r = evaluator.evaluate([&](const torch::Tensor& z) { return networks.generate(z); },
                                            config.model.latentDim, 0);
    const double evaluation = seconds(started);
    const int every = config.training.evaluateEvery;
    std::printf("| dcgan-%d (%d channel%s) | %.3f s | %.2f s | %d | %.1f%% |\n", size, channels, channels > 1 ? "s" : "",
                perStep, evaluation, every, 100.0 * evaluation / (evaluation + every * perStep));
    (void)r;
}

} // namespace

int main(int argc, char** argv)
{
    applyOpenMpWaitPolicy(argv);
    applyAllocatorPolicy();
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // the report as it is made, through tee
    Options options;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        const QString key = args[i], value = args[i + 1];
        if (key == "--work")
            options.work = value.toStdString();
        else if (key == "--fashion")
            options.fashion = value.toStdString();
        else if (key == "--steps")
            options.steps = value.toInt();
        else if (key == "--python")
            options.python = value.toStdString();
        else if (key == "--script")
            options.script = value.toStdString();
    }
    if (options.work.empty()) {
        std::fprintf(stderr, "usage: latent-eval-check --work DIR [--fashion IMAGES.gz] [--steps N] [--script "
                             "fd_reference.py] [--python PY]\n");
        return 2;
    }
    compute::useThreads(0);
    try {
        std::printf("Run on %s with %d threads; %d training steps, a checkpoint every %d.\n\n",
                    compute::loadedBlasLibrary().c_str(), compute::useThreads(0), options.steps,
                    std::max(1, options.steps / 12));
        std::printf("#### Time of one evaluation (2000 samples) and its share of training at the default interval\n\n"
                    "| model | training step | evaluation | every (steps) | share of time |\n|---|---|---|---|---|\n");
        timing(28, 1, 2000);
        timing(64, 3, 2000);
        std::printf("\n");

        struct Data {
            std::string name;
            DatasetSpec spec;
        };
        std::vector<Data> sets;
        if (!options.fashion.empty()) {
            DatasetSpec fashion;
            fashion.source = DatasetSpec::Source::Idx;
            fashion.path = options.fashion;
            sets.push_back({"fashion-mnist", fashion});
        }
        sets.push_back({"digits", DatasetSpec()});
        for (const Data& set : sets) {
            std::printf("### %s\n\n", set.name.c_str());
            const Project project = trained(options.work + "/" + set.name, configFor(set.spec, options.steps));
            Check check(project, options);
            const ProjectConfig& c = project.config();
            // Other real images: Fashion-MNIST's test set, or digits rendered after the reference's.
            torch::Tensor others;
            if (set.name == "fashion-mnist") {
                DatasetSpec test = set.spec;
                test.path = QFileInfo(QString::fromStdString(set.spec.path)).dir().filePath("t10k-images-idx3-ubyte.gz").toStdString();
                others = LabelClassifier::imagesOf(DatasetLoader::load(test, c.model.imageSize, c.model.channels, 1))
                             .narrow(0, 0, c.training.evaluationSamples)
                             .clone();
            } else {
                ImageDataset fresh(c.model.imageSize, c.model.channels);
                for (int i = 0; i < c.training.evaluationSamples; ++i)
                    fresh.append(SyntheticDigits::render(std::size_t(c.dataset.syntheticCount + 100000 + i),
                                                         c.model.imageSize, c.model.channels, c.training.seed),
                                 0);
                others = LabelClassifier::imagesOf(fresh).clone();
            }
            std::printf("#### Anchors\n\n");
            check.anchors(others);
            std::printf("#### Over the run's checkpoints\n\n");
            check.overCheckpoints();
            check.againstScipy();
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "latent-eval-check: %s\n", e.what());
        return 1;
    }
    return 0;
}
