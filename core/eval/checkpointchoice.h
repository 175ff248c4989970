// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace latent {

class Project;

// The checkpoint a person names, as the CLI's --checkpoint takes it:
//  - "" the newest;
//  - "best" the one with the lowest FD in evaluation.csv (kept through
//    pruning while training writes it);
//  - a step ("1500"), a checkpoint of the project;
//  - anything else, a file's path, as given.
// Throws StudioError(BadInput) naming the folder or file: no checkpoint yet,
// no scores to tell the best, a step or best whose checkpoint is gone.
std::string chooseCheckpoint(const Project& project, const std::string& which);

// The step of the best checkpoint by the quality scores, or -1 (no scores).
// Throws StudioError(BadInput) when evaluation.csv is not ours.
std::int64_t bestCheckpointStep(const Project& project);

} // namespace latent
