// SPDX-License-Identifier: MIT
#include "base/allocatorpolicy.h"

#include <cstdlib>
#include <cstring>
#include <initializer_list>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace latent {

namespace {
// Blocks below this come from malloc's own heap, not from fresh mappings:
// above a 64x64 DCGAN's largest activation at batch 64 (32 MiB).
constexpr int kMapThreshold = 256 << 20;
// Free memory at the top of the heap is handed back only beyond this: more
// than a step of dcgan-64 frees (about 200 MiB).
constexpr int kTrimThreshold = 1 << 30;

bool userTunedMalloc()
{
    const char* tunables = std::getenv("GLIBC_TUNABLES");
    if (tunables && std::strstr(tunables, "glibc.malloc."))
        return true;
    for (const char* name : {"MALLOC_MMAP_THRESHOLD_", "MALLOC_TRIM_THRESHOLD_", "MALLOC_TOP_PAD_", "MALLOC_MMAP_MAX_"})
        if (std::getenv(name))
            return true;
    const char* choice = std::getenv("LATENT_ALLOCATOR");
    return choice && std::strcmp(choice, "system") == 0;
}
} // namespace

void applyAllocatorPolicy()
{
#if defined(__GLIBC__)
    if (userTunedMalloc())
        return;
    mallopt(M_MMAP_THRESHOLD, kMapThreshold);
    mallopt(M_TRIM_THRESHOLD, kTrimThreshold);
#endif
}

void releaseKeptMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace latent
