// SPDX-License-Identifier: MIT
// How the generator's weight average should treat BatchNorm, measured: the
// newest checkpoint of a project trained with an average is scored four ways
// in the project's own feature space (docs/TRAINING-CHOICES.md):
//  - the trained generator itself (eval mode, its running statistics);
//  - the average in eval mode with averaged running statistics (what the
//    studio ships: GeneratorAverage lerps the buffers with the weights);
//  - the average in train mode (each batch of 64 normalised by its own
//    statistics);
//  - the average with its statistics recomputed: reset, then a cumulative
//    mean over 40 batches of 64 fresh latents in train mode, then eval mode.
//
//     latent-average-check PROJECT

#include "base/studioerror.h"
#include "eval/evaluator.h"
#include "eval/referencefeatures.h"
#include "models/networks.h"
#include "project/project.h"
#include "train/checkpointfile.h"
#include "train/checkpointstore.h"

#include <ATen/CPUGeneratorImpl.h>

#include <QCoreApplication>

#include <cstdio>
#include <sstream>

using namespace latent;

namespace {
std::vector<torch::nn::BatchNorm2dImpl*> batchNorms(torch::nn::Module& module)
{
    std::vector<torch::nn::BatchNorm2dImpl*> found;
    for (const auto& child : module.modules(/*include_self=*/false))
        if (auto* norm = child->as<torch::nn::BatchNorm2dImpl>())
            found.push_back(norm);
    return found;
}

void recomputeStatistics(DcganGenerator& generator, int latentDim)
{
    torch::NoGradGuard noGrad;
    for (auto* norm : batchNorms(*generator)) {
        norm->reset_running_stats();
        norm->options.momentum(c10::nullopt); // a cumulative mean
    }
    generator->train();
    at::Generator noise = at::make_generator<at::CPUGeneratorImpl>(12345);
    for (int b = 0; b < 40; ++b)
        generator->forward(torch::randn({64, latentDim}, noise, torch::kFloat32));
    generator->eval();
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: latent-average-check PROJECT\n");
        return 2;
    }
    try {
        const Project project = Project::open(argv[1]);
        const ProjectConfig& config = project.config();
        const std::string path = CheckpointStore(project.checkpointsDir()).latest().path;
        const CheckpointFile::Contents contents = CheckpointFile::read(path);
        Networks networks(config.model, torch::kCPU);
        torch::serialize::InputArchive archive;
        archive.load_from(contents.payload.constData(), std::size_t(contents.payload.size()));
        networks.load(archive);
        if (!networks.average)
            throw StudioError::badInput(path, "has no weight average (train with --ema-kimg above 0)");
        const ReferenceFeatures reference = ReferenceFeatures::ofProject(project.dir(), config);
        const Evaluator evaluator(reference.network, reference.features, config.training.evaluationSamples,
                                  Evaluator::latentSeed(config.training.seed));
        const int dim = config.model.latentDim;
        auto row = [&](const char* what, const std::function<torch::Tensor(const torch::Tensor&)>& draw) {
            const EvalResult r = evaluator.evaluate(draw, dim, contents.step);
            std::printf("| %s | %.4g ± %.2g | %.3f | %.3f |\n", what, r.fd, r.fdError, r.precision, r.coverage);
            std::fflush(stdout);
        };
        std::printf("Step %lld of %s (%s).\n\n| generator | FD | precision | coverage |\n|---|---|---|---|\n",
                    static_cast<long long>(contents.step), project.dir().c_str(), reference.description.c_str());
        networks.setUseAverage(false);
        row("trained generator", [&](const torch::Tensor& z) { return networks.generate(z); });
        networks.setUseAverage(true);
        row("average, averaged statistics (shipped)", [&](const torch::Tensor& z) { return networks.generate(z); });
        row("average, batch statistics (train mode, 64 a batch)", [&](const torch::Tensor& z) {
            torch::NoGradGuard noGrad;
            networks.average->train();
            std::vector<torch::Tensor> parts;
            for (std::int64_t at = 0; at < z.size(0); at += 64)
                parts.push_back(networks.average->forward(z.narrow(0, at, std::min<std::int64_t>(64, z.size(0) - at))));
            networks.average->eval();
            return torch::cat(parts);
        });
        recomputeStatistics(networks.average, dim);
        row("average, recomputed statistics", [&](const torch::Tensor& z) { return networks.generate(z); });
    } catch (const std::exception& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 1;
    }
    return 0;
}
