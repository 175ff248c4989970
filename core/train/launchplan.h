// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>

namespace latent {

// How to hand a project to data-parallel training (docs/DISTRIBUTED.md): the
// exact shell lines that start its `latent-cli --distributed` processes with
// torchrun's variables, one block per machine. What the studio's "Copy
// launch command" gives the user.
struct LaunchPlan {
    std::string cli = "latent-cli"; // the program, as the machines can run it
    std::string projectDir;         // the same path on every machine
    bool resume = false;            // from the newest checkpoint, else a fresh start
    std::int64_t steps = 0;         // a fresh start: steps in all; a resume: steps more
    int processes = 2;              // WORLD_SIZE
    int processesPerMachine = 2;    // LOCAL_WORLD_SIZE: they share its cores (or take one GPU each)
    std::string masterAddress = "127.0.0.1"; // the first machine's address, where rank 0 listens
    int masterPort = 29500;

    int machines() const { return (processes + processesPerMachine - 1) / processesPerMachine; }
    // One block per machine: a comment naming it, one line per process
    // ending in '&', then `wait`. Paste each block into a shell on its machine.
    std::string script() const;
};

// `text` as one word for a POSIX shell (single quotes where needed).
std::string shellQuote(const std::string& text);

} // namespace latent
