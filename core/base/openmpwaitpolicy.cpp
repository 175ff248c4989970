// SPDX-License-Identifier: MIT
#include "base/openmpwaitpolicy.h"

#include <cstdlib>
#include <unistd.h>

namespace latent {

void applyOpenMpWaitPolicy(char** argv)
{
    if (std::getenv("OMP_WAIT_POLICY") || std::getenv("GOMP_SPINCOUNT"))
        return;
    setenv("GOMP_SPINCOUNT", kOpenMpSpinCount, 1);
    execv("/proc/self/exe", argv);
    // Still here: exec failed; run on with libgomp's default.
}

} // namespace latent
