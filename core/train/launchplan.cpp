// SPDX-License-Identifier: MIT
#include "train/launchplan.h"

#include <algorithm>
#include <cctype>

namespace latent {

std::string shellQuote(const std::string& text)
{
    const bool plain = !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || std::string("/._-+:=,@%").find(c) != std::string::npos;
    });
    if (plain)
        return text;
    std::string quoted = "'";
    for (char c : text)
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

std::string LaunchPlan::script() const
{
    const int perMachine = std::max(1, std::min(processesPerMachine, processes));
    const std::string command = shellQuote(cli) + (resume ? " resume" : " train") + " --distributed --project "
        + shellQuote(projectDir) + " --steps " + std::to_string(steps);
    std::string text;
    for (int rank = 0; rank < processes; ++rank) {
        const int machine = rank / perMachine;
        const int local = rank % perMachine;
        const int here = std::min(perMachine, processes - machine * perMachine);
        if (local == 0) {
            const std::string ranks = here == 1
                                          ? "rank " + std::to_string(rank)
                                          : "ranks " + std::to_string(rank) + "-" + std::to_string(rank + here - 1);
            text += machine == 0 ? "# machine 1 (" + masterAddress + "): " + ranks + "\n"
                                 : "\n# machine " + std::to_string(machine + 1) + ": " + ranks + "\n";
        }
        text += "RANK=" + std::to_string(rank) + " LOCAL_RANK=" + std::to_string(local) + " WORLD_SIZE="
            + std::to_string(processes) + " LOCAL_WORLD_SIZE=" + std::to_string(here)
            + " MASTER_ADDR=" + shellQuote(masterAddress) + " MASTER_PORT=" + std::to_string(masterPort) + " "
            + command + " &\n";
        if (local == here - 1)
            text += "wait\n";
    }
    return text;
}

} // namespace latent
