// SPDX-License-Identifier: MIT
#pragma once

namespace latent {

// A training step frees its activations and allocates the same sizes again
// on the next step. glibc's malloc hands large blocks back to the system as
// they are freed and faults them in again, zero-filled, page by page, on
// the next step: a third of a 28x28 step and half of a 64x64 step went
// there (measured, docs/PERFORMANCE.md). This keeps freed blocks of up to
// 256 MiB in the process for reuse. Call it first thing in main(). Does
// nothing when the user tuned glibc's malloc (GLIBC_TUNABLES glibc.malloc.*,
// MALLOC_*_ environment variables) or set LATENT_ALLOCATOR=system.
void applyAllocatorPolicy();

// Gives the memory kept for reuse back to the system: call when training
// ends, so that an idle studio does not hold a finished run's activations.
void releaseKeptMemory();

} // namespace latent
