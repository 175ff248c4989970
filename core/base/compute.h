// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace latent {

// Process-wide compute facts and per-thread settings. LibTorch stays in the .cpp.
namespace compute {

// "auto" picks CUDA when this LibTorch build and the machine have it, else "cpu".
// Throws StudioError(BadInput) for an unknown name or "cuda" without CUDA.
std::string resolveDevice(const std::string& requested);

// The intra-op thread count used when the user leaves it at 0 (automatic):
// all cores, measured best with one thread pool (docs/PERFORMANCE.md).
int defaultThreadCount();

// Sets LibTorch's intra-op threads for the calling thread (OpenMP keeps the
// setting per thread, so call it inside each worker). 0 means automatic.
// Also caps a pthread OpenBLAS at one thread of its own. Returns the count in force.
int useThreads(int requested);

// How the loaded OpenBLAS runs its own threads: "openmp", "pthread",
// "sequential", or "not OpenBLAS".
std::string blasThreading();

// Caps the threads a pthread OpenBLAS starts for itself. LibTorch already
// splits work over its OpenMP pool; a second pool on top fights it for the
// cores (docs/PERFORMANCE.md). No effect on other BLAS builds.
void limitBlasThreads(int threads);

// Which BLAS library this process really loaded, read from /proc/self/maps
// (for example "/usr/lib/x86_64-linux-gnu/openblas-openmp/libblas.so.3").
std::string loadedBlasLibrary();

// One line for logs: LibTorch version, device, threads, BLAS.
std::string describeRuntime(const std::string& device, int threads);

} // namespace compute
} // namespace latent
