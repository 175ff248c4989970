// SPDX-License-Identifier: MIT
#include "base/compute.h"

#include "base/studioerror.h"

#include <torch/torch.h>

#include <dlfcn.h>

#include <fstream>
#include <thread>

namespace latent::compute {

std::string resolveDevice(const std::string& requested)
{
    const bool cuda = torch::cuda::is_available();
    if (requested.empty() || requested == "auto")
        return cuda ? "cuda" : "cpu";
    if (requested == "cpu")
        return "cpu";
    if (requested == "cuda") {
        if (!cuda)
            throw StudioError::badInput({}, "--device cuda was asked for, but this LibTorch build or machine has no CUDA device; use --device cpu or auto");
        return "cuda";
    }
    throw StudioError::badInput({}, "unknown device '" + requested + "' (expected auto, cpu or cuda)");
}

int defaultThreadCount()
{
    const unsigned cores = std::thread::hardware_concurrency();
    return cores == 0 ? 1 : int(cores);
}

int useThreads(int requested)
{
    const int threads = requested > 0 ? requested : defaultThreadCount();
    limitBlasThreads(1);
    at::set_num_threads(threads);
    return at::get_num_threads();
}

std::string blasThreading()
{
    using GetParallel = int (*)();
    const auto getParallel = reinterpret_cast<GetParallel>(dlsym(RTLD_DEFAULT, "openblas_get_parallel"));
    if (!getParallel)
        return "not OpenBLAS";
    switch (getParallel()) {
    case 0: return "sequential";
    case 1: return "pthread";
    case 2: return "openmp";
    }
    return "unknown";
}

void limitBlasThreads(int threads)
{
    if (blasThreading() != "pthread")
        return;
    using SetThreads = void (*)(int);
    if (const auto set = reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads")))
        set(threads);
}

std::string loadedBlasLibrary()
{
    std::ifstream maps("/proc/self/maps");
    std::string line;
    std::string found;
    while (std::getline(maps, line)) {
        const auto slash = line.find('/');
        if (slash == std::string::npos)
            continue;
        const std::string path = line.substr(slash);
        if (path.find("libblas.so") != std::string::npos || path.find("libopenblas") != std::string::npos
            || path.find("libmkl") != std::string::npos) {
            // The libblas wrapper is the most telling name; keep the first one seen.
            if (found.empty() || path.find("libblas.so") != std::string::npos)
                found = path;
            if (path.find("libblas.so") != std::string::npos)
                break;
        }
    }
    return found.empty() ? std::string("none found") : found;
}

std::string describeRuntime(const std::string& device, int threads)
{
    return "LibTorch " + std::string(TORCH_VERSION) + ", device " + device + ", " + std::to_string(threads)
        + " thread(s), BLAS " + loadedBlasLibrary() + " (" + blasThreading() + ")";
}

} // namespace latent::compute
