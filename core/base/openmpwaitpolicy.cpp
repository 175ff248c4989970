// SPDX-License-Identifier: MIT
#include "base/openmpwaitpolicy.h"

#include <cstdlib>
#include <unistd.h>

namespace latent {

namespace {
// Spin ~1000 times before sleeping: as fast as the default on an idle machine,
// 1.6x faster than it with one core busy (dcgan-28, two threads).
constexpr const char* kSpinCount = "1000";
} // namespace

void applyOpenMpWaitPolicy(char** argv)
{
    if (std::getenv("OMP_WAIT_POLICY") || std::getenv("GOMP_SPINCOUNT"))
        return;
    setenv("GOMP_SPINCOUNT", kSpinCount, 1);
    execv("/proc/self/exe", argv);
    // Still here: exec failed; run on with libgomp's default.
}

} // namespace latent
