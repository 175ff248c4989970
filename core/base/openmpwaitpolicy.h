// SPDX-License-Identifier: MIT
#pragma once

#include <cstdlib>

namespace latent {

// OpenMP threads that spin at every barrier while their partner is
// descheduled make training several times slower whenever anything else uses
// a core (measured, docs/PERFORMANCE.md). libgomp reads its spin count only
// when it loads, before main(), so this re-executes the program once with
// GOMP_SPINCOUNT set. Call it first thing in main(). Does nothing when the
// user set OMP_WAIT_POLICY or GOMP_SPINCOUNT, or when re-executing fails.
void applyOpenMpWaitPolicy(char** argv);

// Spin ~1000 times before sleeping: as fast as the default on an idle machine,
// 1.6x faster than it with one core busy (dcgan-28, two threads). The studio's
// launcher (app/studio/launcher.cpp) sets the same.
inline constexpr const char* kOpenMpSpinCount = "1000";

// Sets GOMP_SPINCOUNT for libgomp to read when it next loads, unless the user
// chose a wait policy (OMP_WAIT_POLICY or GOMP_SPINCOUNT). Whether it set it.
inline bool setOpenMpSpinCount()
{
    if (std::getenv("OMP_WAIT_POLICY") || std::getenv("GOMP_SPINCOUNT"))
        return false;
    return setenv("GOMP_SPINCOUNT", kOpenMpSpinCount, 1) == 0;
}

} // namespace latent
