// SPDX-License-Identifier: MIT
// latent-bench: how fast this machine trains the studio's models, and the
// matrix-product ceiling to compare against. Prints a report; never fails on
// slowness. Run through `./studio.sh bench`.
//
//   latent-bench [--threads 1,2] [--models dcgan-28,vae-28,dcgan-64]
//                [--steps N] [--blas-threads N]

#include "base/compute.h"
#include "base/openmpwaitpolicy.h"
#include "data/syntheticdigits.h"
#include "train/trainer.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <sstream>
#include <string>
#include <vector>

using namespace latent;
using Clock = std::chrono::steady_clock;

namespace {

std::vector<std::string> split(const std::string& text)
{
    std::vector<std::string> parts;
    std::stringstream stream(text);
    for (std::string part; std::getline(stream, part, ',');)
        if (!part.empty())
            parts.push_back(part);
    return parts;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n == 0 ? 0.0 : (n % 2 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]));
}

double seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

// Single-precision matrix product, 2048 x 2048: the practical FLOP ceiling.
double matmulGflops()
{
    const auto a = torch::randn({2048, 2048}), b = torch::randn({2048, 2048});
    torch::mm(a, b); // warm-up
    std::vector<double> rates;
    for (int i = 0; i < 5; ++i) {
        const auto start = Clock::now();
        const auto c = torch::mm(a, b);
        rates.push_back(2.0 * 2048 * 2048 * 2048 / seconds(start) / 1e9);
    }
    return median(rates);
}

struct ModelCase {
    std::string name;
    ModelSpec spec;
};

ModelCase modelCase(const std::string& name)
{
    ModelCase c{name, {}};
    const auto dash = name.find('-');
    const std::string family = name.substr(0, dash);
    c.spec.family = ModelSpec::familyFromName(family);
    c.spec.imageSize = std::stoi(name.substr(dash + 1));
    // dcgan-64 is PyTorch's DCGAN example: 3 channels, z 100, width 64.
    c.spec.channels = c.spec.imageSize == 64 ? 3 : 1;
    c.spec.latentDim = c.spec.family == ModelSpec::Family::Vae ? 16 : 100;
    return c;
}

// Median seconds per training step at batch 64, after warm-up steps.
double stepSeconds(const ModelCase& model, int steps)
{
    TrainingConfig config;
    torch::manual_seed(1);
    const ImageDataset data = SyntheticDigits::generate(512, model.spec.imageSize, model.spec.channels, 1);
    auto trainer = Trainer::create(model.spec, config, torch::kCPU);
    BatchSource batches(data, 64, 1, false, torch::kCPU);
    at::Generator noise = at::make_generator<at::CPUGeneratorImpl>(1);
    for (int i = 0; i < 3; ++i)
        trainer->step(batches, noise).sum().item<double>();
    std::vector<double> times;
    for (int i = 0; i < steps; ++i) {
        const auto start = Clock::now();
        trainer->step(batches, noise).sum().item<double>(); // item(): wait for the step
        times.push_back(seconds(start));
    }
    return median(times);
}

} // namespace

int main(int argc, char** argv)
{
    applyOpenMpWaitPolicy(argv); // measure what the studio runs with

    std::vector<int> threadCounts = {1, 2};
    std::vector<std::string> models = {"dcgan-28", "vae-28", "dcgan-64"};
    int steps = 0;
    int blasThreads = 1;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i], value = argv[i + 1];
        if (flag == "--threads") {
            threadCounts.clear();
            for (const auto& t : split(value))
                threadCounts.push_back(std::stoi(t));
        } else if (flag == "--models") {
            models = split(value);
        } else if (flag == "--steps") {
            steps = std::stoi(value);
        } else if (flag == "--blas-threads") {
            blasThreads = std::stoi(value);
        } else {
            std::fprintf(stderr, "unknown option %s\n", flag.c_str());
            return 2;
        }
    }
    compute::limitBlasThreads(blasThreads);
    std::printf("BLAS: %s (%s), OpenBLAS's own threads capped at %d when pthread\n",
                compute::loadedBlasLibrary().c_str(), compute::blasThreading().c_str(), blasThreads);
    std::printf("LibTorch %s, GOMP_SPINCOUNT=%s, OMP_WAIT_POLICY=%s\n\n", TORCH_VERSION,
                std::getenv("GOMP_SPINCOUNT") ? std::getenv("GOMP_SPINCOUNT") : "(default)",
                std::getenv("OMP_WAIT_POLICY") ? std::getenv("OMP_WAIT_POLICY") : "(default)");

    for (int threads : threadCounts) {
        compute::useThreads(threads);
        std::printf("== %d thread(s)\n", threads);
        std::printf("matmul 2048^2            %7.1f GFLOP/s\n", matmulGflops());
        for (const auto& name : models) {
            const ModelCase model = modelCase(name);
            const int n = steps > 0 ? steps : (model.spec.imageSize >= 64 ? 6 : 20);
            const double s = stepSeconds(model, n);
            std::printf("train %-18s %7.3f s/step  %7.1f img/s  (batch 64, median of %d)\n", name.c_str(), s, 64.0 / s, n);
            std::fflush(stdout);
        }
        std::printf("\n");
    }
    return 0;
}
