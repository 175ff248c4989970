// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace latent {

// Where one process stands in a data-parallel run (docs/DISTRIBUTED.md):
// torchrun's conventions, so that torchrun, a job scheduler or a hand-written
// loop can start the processes. Plain data; the process group lives in
// train/dataparallel.h.
struct DistributedSpec {
    int rank = 0;            // RANK: 0 writes every file
    int worldSize = 1;       // WORLD_SIZE: processes in the run
    int localRank = 0;       // LOCAL_RANK: this process's index on its machine (its GPU)
    int localWorldSize = 1;  // LOCAL_WORLD_SIZE: processes on this machine (shares its cores)
    std::string masterAddress; // MASTER_ADDR: where rank 0 listens
    int masterPort = 0;        // MASTER_PORT
    int timeoutSeconds = 300;  // how long a collective waits for a silent rank

    bool isLeader() const { return rank == 0; }
    // "rank 1 of 2".
    std::string describe() const;

    // Reads RANK, WORLD_SIZE, MASTER_ADDR, MASTER_PORT and, when set,
    // LOCAL_RANK and LOCAL_WORLD_SIZE. Throws StudioError(BadInput) naming
    // the variable that is missing or wrong.
    static DistributedSpec fromEnvironment(int timeoutSeconds);
};

} // namespace latent
