// SPDX-License-Identifier: MIT
#include "base/openmpwaitpolicy.h"

#include <cstdlib>
#include <unistd.h>

namespace latent {

void applyOpenMpWaitPolicy(char** argv)
{
    if (!setOpenMpSpinCount())
        return;
    execv("/proc/self/exe", argv);
    // Still here: exec failed; run on with libgomp's default.
}

} // namespace latent
