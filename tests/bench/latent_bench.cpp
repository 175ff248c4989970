// SPDX-License-Identifier: MIT
// latent-bench: how fast this machine trains the studio's models, and the
// matrix-product ceiling to compare against. Prints a report; never fails on
// slowness. Run through `./studio.sh bench`.
//
//   latent-bench [--threads 1,2] [--models dcgan-28,vae-28,dcgan-64]
//                [--steps N] [--blas-threads N]
//   (a GAN's name may add the training aids: dcgan-28+ema+augment+sn)
//   latent-bench --explorer | --data | --memory | --profile [--models ...] [--threads T] [--steps N]
//   latent-bench --compare-python SCRIPT [--python PYTHON] [--rounds R]
//                [--threads T] [--models ...] [--steps N]
//   latent-bench --overhead BEFORE/AFTER,... [--rounds R] [--threads T] [--steps N]
//   latent-bench --ceiling [--threads T]   (the matrix-product ceiling alone)
//
// --compare-python alternates our step and the Python reference's (SCRIPT,
// tests/bench/python_reference.py: the same networks in PyTorch) for R rounds
// per model, in one process tree, on the same BLAS and thread settings, and
// prints a Markdown table: seconds per step, the speed-up, useful FLOP/s and
// their share of the matrix-product ceiling. --explorer times decoding for
// the Explore tab, --data the data pipeline, --memory resident memory while
// training dcgan-64, --profile each model's step by operator (self time).
// --overhead times each pair of models back to back, R rounds, the order
// swapped every round, and prints what AFTER costs over
// BEFORE: the ratio of each round's adjacent medians (wall clock and the
// process's CPU time), so drift in a shared machine's speed cancels.

#include "base/allocatorpolicy.h"
#include "base/compute.h"
#include "base/openmpwaitpolicy.h"
#include "data/datasetloader.h"
#include "data/syntheticdigits.h"
#include "io/pngfile.h"
#include "opprofile.h"
#include "train/trainer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstring>
#include <dlfcn.h>
#include <fstream>
#include <numeric>
#include <sstream>
#include <string>
#include <vector>

using namespace latent;
using Clock = std::chrono::steady_clock;

namespace {

std::vector<std::string> split(const std::string& text, char separator = ',')
{
    std::vector<std::string> parts;
    std::stringstream stream(text);
    for (std::string part; std::getline(stream, part, separator);)
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

// OpenBLAS's own threads while training (1 in the studio; --blas-threads).
int g_trainingBlasThreads = 1;

double seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

// The kernel set OpenBLAS chose for this CPU ("Haswell", "SkylakeX"; the
// environment's OPENBLAS_CORETYPE overrides it), or "not OpenBLAS".
std::string openBlasCore()
{
    using GetCoreName = char* (*)();
    const auto coreName = reinterpret_cast<GetCoreName>(dlsym(RTLD_DEFAULT, "openblas_get_corename"));
    return coreName ? std::string(coreName()) : std::string("not OpenBLAS");
}

// Single-precision matrix product, 2048 x 2048: the practical FLOP ceiling,
// with OpenBLAS given `threads` threads of its own for the measurement (the
// studio caps it at one while training; LibTorch's pool does the rest). The
// best of seven: a ceiling is what the machine can do, and a shared vCPU
// loses some runs to its neighbours.
double matmulGflops(int threads)
{
    compute::limitBlasThreads(threads);
    const auto a = torch::randn({2048, 2048}), b = torch::randn({2048, 2048});
    // Into one result, made and touched before timing: with the system
    // allocator each fresh 16 MB result was a new mapping to fault in, and
    // the ceiling read 125 GFLOP/s where the product runs at 208.
    auto c = torch::mm(a, b); // warm-up
    std::vector<double> rates;
    for (int i = 0; i < 7; ++i) {
        const auto start = Clock::now();
        torch::mm_out(c, a, b);
        rates.push_back(2.0 * 2048 * 2048 * 2048 / seconds(start) / 1e9);
    }
    compute::limitBlasThreads(g_trainingBlasThreads);
    return *std::max_element(rates.begin(), rates.end());
}

// Whether the CPU has the AVX-512 subsets OpenBLAS's SkylakeX kernels use.
bool hasAvx512()
{
    return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512cd")
        && __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512dq")
        && __builtin_cpu_supports("avx512vl");
}

// The same ceiling with OpenBLAS's AVX-512 (SkylakeX) kernels, measured in a
// child process since OpenBLAS picks its kernels as it loads; 0 when the CPU
// lacks AVX-512 or the child fails. OpenBLAS 0.3.21 does not know AMD's Zen 5
// and picks its AVX2 (Haswell) kernels there, while oneDNN, which runs the
// convolutions, uses AVX-512: against the AVX2 ceiling their share passed 100%.
double avx512MatmulGflops(int threads)
{
    if (!hasAvx512())
        return 0.0;
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("OPENBLAS_CORETYPE", "SkylakeX");
    child.setProcessEnvironment(environment);
    child.start("/proc/self/exe", {"--ceiling", "--threads", QString::number(threads)});
    if (!child.waitForFinished(120000) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
        return 0.0;
    bool ok = false;
    const double rate = QString::fromUtf8(child.readAllStandardOutput()).trimmed().toDouble(&ok);
    return ok ? rate : 0.0;
}

struct ModelCase {
    std::string name;
    ModelSpec spec;
    TrainingConfig config;
};

ModelCase modelCase(const std::string& fullName)
{
    ModelCase c{fullName, {}, {}};
    // "+ema", "+augment", "+sn", "+seek" (mode seeking), "+cond" (conditional on
    // the digits' ten classes), "+guide" (the class guide, with +cond): the GAN
    // training aids, to time what they cost; "+wgangp" the WGAN-GP loss with
    // its five critic steps (the digits-wgan-gp preset).
    std::vector<std::string> parts = split(fullName, '+');
    const std::string name = parts.front();
    for (std::size_t i = 1; i < parts.size(); ++i) {
        if (parts[i] == "ema")
            c.config.emaKimg = 10;
        else if (parts[i] == "augment")
            c.config.augment = "color,translation,cutout";
        else if (parts[i] == "sn") {
            c.spec.spectralNorm = true;
            c.spec.dNorm = ModelSpec::DiscriminatorNorm::None;
        } else if (parts[i] == "seek")
            c.config.modeSeeking = 1;
        else if (parts[i] == "cond")
            c.spec.classNames = SyntheticDigits::classNames();
        else if (parts[i] == "guide")
            c.config.classGuide = 1;
        else if (parts[i] == "wgangp") {
            c.spec.loss = ModelSpec::GanLoss::WganGp;
            c.config.dStepsPerGStep = 5;
        }
        else
            throw std::runtime_error("unknown training aid " + parts[i]);
    }
    const auto dash = name.find('-');
    const std::string family = name.substr(0, dash);
    c.spec.family = ModelSpec::familyFromName(family);
    c.spec.imageSize = std::stoi(name.substr(dash + 1));
    // dcgan-64 is PyTorch's DCGAN example: 3 channels, z 100, width 64; 32
    // stands for CIFAR-10 (colour), 28 for the gray digits.
    c.spec.channels = c.spec.imageSize == 28 ? 1 : 3;
    c.spec.latentDim = c.spec.family == ModelSpec::Family::Vae ? 16 : 100;
    return c;
}

// Seconds of each of `steps` training steps at batch 64, after warm-up steps,
// and the networks' parameter counts.
struct StepTimes {
    std::vector<double> seconds;
    std::vector<double> cpuSeconds; // the process's CPU time: what a busy neighbour does not add
    std::vector<std::int64_t> parameters; // G and D, or the VAE
};

double processCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + 1e-9 * double(now.tv_nsec);
}

// One model's training, ready to step: the built-in digits at its size.
struct TrainingRig {
    explicit TrainingRig(const ModelCase& model)
        // Seeded first: the same data and initial weights in every round.
        : data((torch::manual_seed(1), SyntheticDigits::generate(512, model.spec.imageSize, model.spec.channels, 1))),
          trainer(Trainer::create(model.spec, model.config, torch::kCPU)),
          batches(data, 64, 1, false, torch::kCPU, model.spec.classCount()),
          noise(at::make_generator<at::CPUGeneratorImpl>(1))
    {
    }
    void step() { trainer->step(batches, noise).metrics.sum().item<double>(); } // item(): wait for the step

    const ImageDataset data;
    std::unique_ptr<Trainer> trainer;
    BatchSource batches;
    at::Generator noise;
};

StepTimes timeSteps(const ModelCase& model, int steps)
{
    TrainingRig rig(model);
    StepTimes result;
    const auto count = [](torch::nn::Module& module) {
        std::int64_t n = 0;
        for (const auto& p : module.parameters())
            n += p.numel();
        return n;
    };
    Networks& networks = rig.trainer->networks();
    if (networks.isGan())
        result.parameters = {count(*networks.generator), count(*networks.discriminator)};
    else
        result.parameters = {count(*networks.vae)};
    for (int i = 0; i < 3; ++i)
        rig.step();
    for (int i = 0; i < steps; ++i) {
        const auto start = Clock::now();
        const double cpuStart = processCpuSeconds();
        rig.step();
        result.seconds.push_back(seconds(start));
        result.cpuSeconds.push_back(processCpuSeconds() - cpuStart);
    }
    return result;
}

// Where each model's training step spends its time, operator by operator.
int benchProfile(const std::vector<std::string>& models, int threads, int steps)
{
    compute::useThreads(threads);
    for (const auto& name : models) {
        const ModelCase model = modelCase(name);
        TrainingRig rig(model);
        for (int i = 0; i < 3; ++i)
            rig.step();
        const int n = steps > 0 ? steps : 10;
        std::printf("#### %s: %d steps, %d thread(s)\n%s\n", name.c_str(), n, threads,
                    profileOperators(
                        [&] {
                            for (int i = 0; i < n; ++i)
                                rig.step();
                        },
                        25)
                        .c_str());
        std::fflush(stdout);
    }
    return 0;
}

double stepSeconds(const ModelCase& model, int steps) { return median(timeSteps(model, steps).seconds); }

// One run of the Python reference: its step times, parameter counts and
// model FLOPs per step; empty seconds when it could not run.
struct PythonRun {
    std::vector<double> seconds;
    std::vector<std::int64_t> parameters;
    double flopsPerStep = 0.0;
    std::string error;
};

PythonRun runPython(const std::string& python, const std::string& script, const std::string& model, int steps,
                    int threads)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("OPENBLAS_NUM_THREADS", "1"); // as compute::useThreads caps ours
    process.setProcessEnvironment(env);      // GOMP_SPINCOUNT is inherited from this process
    process.start(QString::fromStdString(python),
                  {QString::fromStdString(script), "--model", QString::fromStdString(model), "--steps",
                   QString::number(steps), "--threads", QString::number(threads)});
    PythonRun run;
    if (!process.waitForFinished(30 * 60 * 1000) || process.exitCode() != 0) {
        run.error = process.readAllStandardError().toStdString();
        return run;
    }
    const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    for (const QJsonValue& v : json.value("step_seconds").toArray())
        run.seconds.push_back(v.toDouble());
    for (const char* key : {"params_g", "params_d", "params_vae"})
        if (json.contains(key))
            run.parameters.push_back(std::int64_t(json.value(key).toDouble()));
    run.flopsPerStep = json.value("flops_per_step").toDouble();
    return run;
}

// min / median / max of `values`, formatted with `digits` decimals.
std::string spread(std::vector<double> values, int digits)
{
    std::sort(values.begin(), values.end());
    char text[96];
    std::snprintf(text, sizeof text, "%.*f / %.*f / %.*f", digits, values.front(), digits, median(values), digits,
                  values.back());
    return text;
}

int comparePython(const std::string& python, const std::string& script, const std::vector<std::string>& models,
                  int threads, int rounds, int steps)
{
    compute::useThreads(threads);
    const double asLoaded = matmulGflops(threads);
    const double avx512 = openBlasCore() == "SkylakeX" ? 0.0 : avx512MatmulGflops(threads);
    const double ceiling = std::max(asLoaded, avx512);
    std::printf("Matrix-product ceiling (2048^2 sgemm, %d thread(s), best of 7): %.1f GFLOP/s with OpenBLAS's %s "
                "kernels", threads, asLoaded, openBlasCore().c_str());
    if (avx512 > 0)
        std::printf(", %.1f with its SkylakeX (AVX-512) kernels", avx512);
    std::printf("; shares are of %.1f\n\n", ceiling);
    std::printf("| model (batch 64) | ours s/step (min / med / max) | Python s/step | ours img/s | Python img/s "
                "| speed-up ours vs Python | useful GFLOP/step | ours GFLOP/s | share of the sgemm ceiling |\n"
                "|---|---|---|---|---|---|---|---|---|\n");
    for (const auto& name : models) {
        const ModelCase model = modelCase(name);
        const int n = steps > 0 ? steps : (model.spec.imageSize >= 64 ? 5 : 15);
        std::vector<double> ours, theirs, speedups;
        PythonRun reference;
        std::vector<std::int64_t> ourParameters;
        for (int r = 0; r < rounds; ++r) {
            // Alternate, so drift in the machine's speed touches both alike.
            const StepTimes mine = timeSteps(model, n);
            ourParameters = mine.parameters;
            reference = runPython(python, script, name, n, threads);
            if (reference.seconds.empty()) {
                std::printf("| %s | Python reference failed: %s |\n", name.c_str(), reference.error.c_str());
                break;
            }
            ours.push_back(median(mine.seconds));
            theirs.push_back(median(reference.seconds));
            speedups.push_back(theirs.back() / ours.back());
        }
        if (ours.empty())
            continue;
        if (ourParameters != reference.parameters)
            std::printf("| %s | the Python networks differ from ours (parameter counts) |\n", name.c_str());
        const double gflop = reference.flopsPerStep / 1e9;
        const double rate = gflop / median(ours);
        std::printf("| %s | %s | %s | %.0f | %.0f | %s x | %.1f | %.1f | %.0f%% |\n", name.c_str(),
                    spread(ours, 3).c_str(), spread(theirs, 3).c_str(), 64.0 / median(ours), 64.0 / median(theirs),
                    spread(speedups, 2).c_str(), gflop, rate, 100.0 * rate / ceiling);
        std::fflush(stdout);
    }
    return 0;
}

// What each training aid costs per step: every BEFORE/AFTER pair timed back
// to back for `rounds` rounds, AFTER first in odd rounds, so a machine
// whose speed drifts touches both alike. Three ratios per round: of the
// median wall-clock steps, of the fastest steps (on a shared vCPU the
// fastest of many steps is the work itself, the median also the
// neighbours' share), and of the median CPU time per step (the work
// alone, steadiest at one thread: CPU time does not count the time a
// neighbour held the core).
int benchOverhead(const std::vector<std::string>& pairs, int threads, int rounds, int steps)
{
    compute::useThreads(threads);
    std::printf("| before | after | before s/step, median (fastest) [CPU] | after s/step, median (fastest) [CPU] "
                "| after / before per round (min / med / max): medians | fastest steps | CPU time |\n"
                "|---|---|---|---|---|---|---|\n");
    const auto fastest = [](const std::vector<double>& v) { return *std::min_element(v.begin(), v.end()); };
    for (const auto& pair : pairs) {
        const auto slash = pair.find('/');
        if (slash == std::string::npos)
            throw std::runtime_error("--overhead expects BEFORE/AFTER pairs, not " + pair);
        const ModelCase before = modelCase(pair.substr(0, slash)), after = modelCase(pair.substr(slash + 1));
        const int n = steps > 0 ? steps : (before.spec.imageSize >= 64 ? 10 : 40);
        // Per round: [0] medians, [1] fastest, [2] CPU medians; of before, after, and their ratio.
        std::vector<double> b[3], a[3], ratio[3];
        for (int r = 0; r < rounds; ++r) {
            const bool afterFirst = r % 2 == 1;
            const StepTimes first = timeSteps(afterFirst ? after : before, n);
            const StepTimes second = timeSteps(afterFirst ? before : after, n);
            const StepTimes& tb = afterFirst ? second : first;
            const StepTimes& ta = afterFirst ? first : second;
            const double vb[3] = {median(tb.seconds), fastest(tb.seconds), median(tb.cpuSeconds)};
            const double va[3] = {median(ta.seconds), fastest(ta.seconds), median(ta.cpuSeconds)};
            for (int k = 0; k < 3; ++k) {
                b[k].push_back(vb[k]);
                a[k].push_back(va[k]);
                ratio[k].push_back(va[k] / vb[k]);
            }
        }
        std::printf("| %s | %s | %.3f (%.3f) [%.3f] | %.3f (%.3f) [%.3f] | %s | %s | %s |\n", before.name.c_str(),
                    after.name.c_str(), median(b[0]), median(b[1]), median(b[2]), median(a[0]), median(a[1]),
                    median(a[2]), spread(ratio[0], 3).c_str(), spread(ratio[1], 3).c_str(),
                    spread(ratio[2], 3).c_str());
        std::fflush(stdout);
    }
    return 0;
}

// Percentiles of `values` (0-100), nearest rank.
double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const std::size_t index = std::min(values.size() - 1, std::size_t(p / 100.0 * double(values.size())));
    return values[index];
}

// The Explore tab's decode on its worker (one intra-op thread): G(z) to 8-bit
// images for one vector and for a 16-image grid, 64x64 DCGAN.
int benchExplorer()
{
    compute::useThreads(1);
    const ModelCase model = modelCase("dcgan-64");
    Networks networks(model.spec, torch::kCPU);
    std::printf("| decode (64x64 DCGAN, 1 thread) | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|\n");
    for (int batch : {1, 16}) {
        std::vector<double> times;
        for (int i = 0; i < 110; ++i) {
            const torch::Tensor z = torch::randn({batch, model.spec.latentDim});
            const auto start = Clock::now();
            const std::vector<Image> images = tensorToImages(networks.generate(z));
            if (i >= 10) // after warm-up
                times.push_back(seconds(start) * 1000.0);
        }
        std::printf("| %d image%s | %.1f | %.1f | %.1f |\n", batch, batch == 1 ? "" : "s (grid)", percentile(times, 50),
                    percentile(times, 95), percentile(times, 99));
    }
    return 0;
}

// The data pipeline: assembling a batch from the decoded cache against a
// training step, and decoding a folder of 10,000 64x64 PNGs into the cache.
int benchData(int threads)
{
    compute::useThreads(threads);
    const ModelCase model = modelCase("dcgan-64");
    const ImageDataset digits = SyntheticDigits::generate(2048, 64, 3, 1);
    BatchSource batches(digits, 64, 1, /*flips=*/true, torch::kCPU);
    std::vector<double> assemble;
    for (int i = 0; i < 200; ++i) {
        const auto start = Clock::now();
        const torch::Tensor batch = batches.next().images;
        assemble.push_back(seconds(start));
    }
    const double step = median(timeSteps(model, 4).seconds);
    std::printf("| data pipeline | figure |\n|---|---|\n");
    std::printf("| batch of 64 from the cache (64x64 RGB, random flips) | %.2f ms, %.2f%% of a dcgan-64 step (%.2f s) |\n",
                median(assemble) * 1000.0, 100.0 * median(assemble) / step, step);

    QTemporaryDir dir;
    const int count = 10000;
    for (int i = 0; i < count; ++i) {
        writePng(dir.filePath(QString("img-%1.png").arg(i, 5, 10, QChar('0'))).toStdString(),
                 digits.image(std::size_t(i) % digits.count()));
    }
    DatasetSpec spec;
    spec.source = DatasetSpec::Source::ImageFolder;
    spec.path = dir.path().toStdString();
    const auto start = Clock::now();
    const ImageDataset loaded = DatasetLoader::load(spec, 64, 3, 1);
    const double elapsed = seconds(start);
    std::printf("| decode a folder of %d 64x64 PNGs into the cache | %.1f s, %.0f images/s |\n", count, elapsed,
                double(loaded.count()) / elapsed);
    std::printf("| cache memory for them | %.1f MB (%zu bytes per image, uint8) |\n",
                double(loaded.count() * loaded.bytesPerImage()) / 1e6, loaded.bytesPerImage());
    return 0;
}

// Resident and peak memory of this process from /proc, in MB.
std::pair<double, double> residentMegabytes()
{
    std::ifstream status("/proc/self/status");
    double rss = 0.0, peak = 0.0;
    for (std::string line; std::getline(status, line);) {
        if (line.rfind("VmRSS:", 0) == 0)
            rss = std::stod(line.substr(6)) / 1024.0;
        else if (line.rfind("VmHWM:", 0) == 0)
            peak = std::stod(line.substr(6)) / 1024.0;
    }
    return {rss, peak};
}

// Resident memory while training at batch 64 (dcgan-64 unless --models names
// one): the peak, and the change after warm-up.
int benchMemory(const std::string& name, int threads, int steps)
{
    compute::useThreads(threads);
    const ModelCase model = modelCase(name);
    const ImageDataset data = SyntheticDigits::generate(2048, model.spec.imageSize, model.spec.channels, 1);
    TrainingConfig config;
    auto trainer = Trainer::create(model.spec, config, torch::kCPU);
    BatchSource batches(data, 64, 1, false, torch::kCPU, model.spec.classCount());
    at::Generator noise = at::make_generator<at::CPUGeneratorImpl>(1);
    const int warmUp = 10;
    std::vector<double> xs, ys;
    double atWarmUp = 0.0, halfway = 0.0;
    for (int i = 1; i <= steps; ++i) {
        trainer->step(batches, noise).metrics.sum().item<double>();
        const double rss = residentMegabytes().first;
        if (i == warmUp)
            atWarmUp = rss;
        if (i == (warmUp + steps) / 2)
            halfway = rss;
        if (i >= warmUp) {
            xs.push_back(i);
            ys.push_back(rss);
        }
    }
    const double mx = std::accumulate(xs.begin(), xs.end(), 0.0) / double(xs.size());
    const double my = std::accumulate(ys.begin(), ys.end(), 0.0) / double(ys.size());
    double sxy = 0.0, sxx = 0.0;
    for (std::size_t i = 0; i < xs.size(); ++i) {
        sxy += (xs[i] - mx) * (ys[i] - my);
        sxx += (xs[i] - mx) * (xs[i] - mx);
    }
    const double slope = sxx > 0 ? sxy / sxx : 0.0;
    const auto [rss, peak] = residentMegabytes();
    std::printf("| %s, batch 64, %d steps (this process: cache of 2048 images included) | MB |\n|---|---|\n", name.c_str(),
                steps);
    std::printf("| peak resident (VmHWM) | %.0f |\n", peak);
    std::printf("| resident after %d / %d / %d steps | %.0f / %.0f / %.0f |\n", warmUp, (warmUp + steps) / 2, steps,
                atWarmUp, halfway, rss);
    std::printf("| change from step %d to step %d (least-squares slope over them: %+.2f MB per 100 steps) | %+.0f |\n",
                warmUp, steps, slope * 100.0, rss - atWarmUp);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    applyOpenMpWaitPolicy(argv); // measure what the studio runs with
    applyAllocatorPolicy();

    std::vector<int> threadCounts = {1, 2};
    std::vector<std::string> models = {"dcgan-28", "vae-28", "dcgan-64"};
    int steps = 0;
    int blasThreads = 1;
    int rounds = 3;
    std::string pythonScript, python = "/usr/bin/python3";
    std::vector<std::string> overheadPairs;
    std::string mode;
    int first = 1;
    if (argc > 1 && (std::strcmp(argv[1], "--explorer") == 0 || std::strcmp(argv[1], "--data") == 0
                     || std::strcmp(argv[1], "--memory") == 0 || std::strcmp(argv[1], "--profile") == 0
                     || std::strcmp(argv[1], "--ceiling") == 0)) {
        mode = argv[1];
        first = 2;
    }
    for (int i = first; i + 1 < argc; i += 2) {
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
        } else if (flag == "--compare-python") {
            pythonScript = value;
        } else if (flag == "--python") {
            python = value;
        } else if (flag == "--overhead") {
            overheadPairs = split(value);
        } else if (flag == "--rounds") {
            rounds = std::max(1, std::stoi(value));
        } else {
            std::fprintf(stderr, "unknown option %s\n", flag.c_str());
            return 2;
        }
    }
    g_trainingBlasThreads = blasThreads;
    compute::limitBlasThreads(blasThreads);
    if (mode == "--explorer")
        return benchExplorer();
    if (mode == "--data")
        return benchData(threadCounts.back());
    if (mode == "--memory")
        return benchMemory(models.size() == 1 ? models.front() : "dcgan-64", threadCounts.back(), steps > 0 ? steps : 60);
    if (mode == "--profile")
        return benchProfile(models, threadCounts.back(), steps);
    if (mode == "--ceiling") {
        std::printf("%.1f\n", matmulGflops(threadCounts.back()));
        return 0;
    }
    std::printf("BLAS: %s (%s, %s kernels), OpenBLAS's own threads capped at %d when pthread\n",
                compute::loadedBlasLibrary().c_str(), compute::blasThreading().c_str(), openBlasCore().c_str(),
                blasThreads);
    std::printf("LibTorch %s, GOMP_SPINCOUNT=%s, OMP_WAIT_POLICY=%s\n\n", TORCH_VERSION,
                std::getenv("GOMP_SPINCOUNT") ? std::getenv("GOMP_SPINCOUNT") : "(default)",
                std::getenv("OMP_WAIT_POLICY") ? std::getenv("OMP_WAIT_POLICY") : "(default)");

    if (!overheadPairs.empty())
        return benchOverhead(overheadPairs, threadCounts.back(), rounds, steps);
    if (!pythonScript.empty())
        return comparePython(python, pythonScript, models, threadCounts.back(), rounds, steps);

    for (int threads : threadCounts) {
        compute::useThreads(threads);
        std::printf("== %d thread(s)\n", threads);
        std::printf("matmul 2048^2            %7.1f GFLOP/s\n", matmulGflops(threads));
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
