// SPDX-License-Identifier: MIT
// latent-class-check: how often a conditional model draws the class it is
// asked for, judged by a classifier trained on the project's labels apart
// from the studio (tests/bench/labelclassifier.h: wider than the studio's
// feature network, its own seed, three epochs on the training images). The
// judge's own accuracy on the held-out real images is printed beside it, as
// the ceiling to read the model's figure against. The figures behind
// docs/TRAINING-CHOICES.md's conditional table.
//
//   latent-class-check PROJECT... [--samples N]   (N per class, default 500)
//
// Projects on the same data share one judge (trained for the first).

#include "data/datasetloader.h"
#include "eval/referenceset.h"
#include "labelclassifier.h"
#include "latent/inferenceengine.h"
#include "models/networks.h"
#include "project/project.h"
#include "train/checkpointstore.h"

#include <QCoreApplication>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

using namespace latent;

namespace {

double shareOf(const torch::Tensor& shown, const torch::Tensor& asked)
{
    return shown.eq(asked).to(torch::kFloat64).mean().item<double>();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int perClass = 500;
    std::vector<std::string> projects;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--samples") == 0 && i + 1 < argc)
            perClass = std::max(10, std::atoi(argv[++i]));
        else
            projects.emplace_back(argv[i]);
    }
    if (projects.empty()) {
        std::fprintf(stderr, "usage: latent-class-check PROJECT... [--samples N]\n");
        return 2;
    }
    try {
        std::unique_ptr<LabelClassifier> judge;
        std::string judgedData;
        for (const std::string& dir : projects) {
            const Project project = Project::open(dir);
            const ProjectConfig& c = project.config();
            const std::string data = c.dataset.describe() + " " + std::to_string(c.model.imageSize);
            if (!judge || data != judgedData) {
                ImageDataset training = DatasetLoader::load(c.dataset, c.model.imageSize, c.model.channels, 1);
                const ReferenceSet reference =
                    ReferenceSet::take(training, c.dataset, std::size_t(c.training.evaluationSamples));
                if (!training.labelled()) {
                    std::fprintf(stderr, "%s: the data has no labels\n", dir.c_str());
                    return 2;
                }
                const auto started = std::chrono::steady_clock::now();
                judge = std::make_unique<LabelClassifier>(c.model.channels, training.classCount(), /*seed=*/7);
                const double trained = judge->train(training, 3);
                const double seconds =
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
                std::printf("Judge: trained on %zu labelled images of %s in %.0f s (%.1f%% right on them); "
                            "%.1f%% right on the %zu held-out real images\n\n",
                            training.count(), c.dataset.describe().c_str(), seconds, 100 * trained,
                            100 * judge->accuracy(reference.images), reference.images.count());
                judgedData = data;
            }
            const auto checkpoint = CheckpointStore(project.checkpointsDir()).latest();
            auto engine = InferenceEngine::load(checkpoint.path, &c.model);
            const ModelSpec& spec = engine->spec();
            if (!spec.conditional()) {
                std::printf("%s: unconditional, nothing to ask\n", dir.c_str());
                continue;
            }
            std::printf("%s (step %lld), %d samples per class:\n\n| class | asked and shown |\n|---|---|\n",
                        dir.c_str(), static_cast<long long>(engine->step()), perClass);
            const auto latents = engine->sampleLatents(perClass, /*seed=*/1000);
            double sum = 0.0;
            for (int k = 0; k < spec.classCount(); ++k) {
                const torch::Tensor images = imagesToTensor(engine->decode(latents, {engine->classWeights(k)}));
                const double share = shareOf(judge->logits(images).argmax(1), torch::full({perClass}, k, torch::kLong));
                sum += share;
                std::printf("| %s | %.1f%% |\n", spec.classNames[std::size_t(k)].c_str(), 100 * share);
            }
            const double overall = sum / spec.classCount();
            const double n = double(perClass) * spec.classCount();
            std::printf("| all | **%.1f%% ± %.1f%%** |\n\n", 100 * overall, 100 * std::sqrt(overall * (1 - overall) / n));
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 1;
    }
    return 0;
}
