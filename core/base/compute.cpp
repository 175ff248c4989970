// SPDX-License-Identifier: MIT
#include "base/compute.h"

#include "base/studioerror.h"
#include "base/usertext.h"

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
            throw StudioError::badInput({}, translate("Compute", "--device cuda was asked for, but this LibTorch "
                                                                 "build or machine has no CUDA device; use --device "
                                                                 "cpu or auto"));
        return "cuda";
    }
    throw StudioError::badInput(
        {}, translate("Compute", "unknown device '%1' (expected auto, cpu or cuda)").arg(requested));
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

namespace {

// What openblas_get_parallel() says (0 sequential, 1 pthread, 2 openmp), or -1 without OpenBLAS.
int openBlasParallel()
{
    using GetParallel = int (*)();
    const auto getParallel = reinterpret_cast<GetParallel>(dlsym(RTLD_DEFAULT, "openblas_get_parallel"));
    return getParallel ? getParallel() : -1;
}

// The BLAS library file, or empty when none is loaded.
std::string findBlasLibrary()
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
    return found;
}

} // namespace

std::string blasThreading()
{
    switch (openBlasParallel()) {
    case -1: return "not OpenBLAS";
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
    const std::string found = findBlasLibrary();
    return found.empty() ? std::string("none found") : found;
}

std::string describeRuntime(const std::string& device, int threads)
{
    // blasThreading() and loadedBlasLibrary() stay English for logs and
    // comparisons; here the words among them are translated.
    const std::string found = findBlasLibrary();
    //: in place of the BLAS library file, when no BLAS library is loaded
    const std::string library = found.empty() ? translate("Compute", "none found").str() : found;
    std::string threading;
    switch (openBlasParallel()) {
    //: the loaded BLAS library is not OpenBLAS
    case -1: threading = translate("Compute", "not OpenBLAS").str(); break;
    //: OpenBLAS built to run on one thread
    case 0: threading = translate("Compute", "sequential").str(); break;
    case 1: threading = "pthread"; break;
    case 2: threading = "openmp"; break;
    //: OpenBLAS reports a threading mode this build does not know
    default: threading = translate("Compute", "unknown").str(); break;
    }
    //: %1 is the LibTorch version, %2 the device (cpu or cuda), %3 the number of threads,
    //: %4 the BLAS library file, %5 how that BLAS runs its own threads
    return translate("Compute", "LibTorch %1, device %2, %3 thread(s), BLAS %4 (%5)")
        .arg(TORCH_VERSION)
        .arg(device)
        .arg(threads)
        .arg(library)
        .arg(threading);
}

} // namespace latent::compute
