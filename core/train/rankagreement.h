// SPDX-License-Identifier: MIT
// Internal to latent_core: LibTorch types. Never include from ui/ or app/.
#pragma once

#include "project/projectconfig.h"
#include "train/checkpointfile.h"

#include <torch/torch.h>

#include <cstddef>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace latent {

class DataParallel;

// What the ranks of a data-parallel run agree on besides the gradients (which
// DataParallel averages): the settings they were given, the checkpoint they
// resume from, and each step's logged numbers, stop requests and BatchNorm
// running statistics (docs/DISTRIBUTED.md). Every function is a collective
// over `group`: each rank calls it at the same point, on its training thread.

// Throws StudioError(BadInput) naming `configPath` on every rank when some
// rank was given other model, data or optimiser settings than rank 0: on rank
// 0 saying how many, on the others which sections differ. Paths, step counts,
// logging, threads and device may differ.
void requireSameSettings(DataParallel& group, const ProjectConfig& config, const std::string& configPath);

// A checkpoint to resume from: where it was read, and what it holds.
using SharedCheckpoint = std::pair<std::string, CheckpointFile::Contents>;
// Rank 0 calls `read` (which throws StudioError when it finds none) and hands
// the checkpoint's payload to every rank. Returns on rank 0 what `read`
// returned; on the others the payload, with `model` as its spec (rank 0 has
// checked it, and the settings agree) and a name for messages, not a path.
// When rank 0 fails, it rethrows and the others throw StudioError(Failure).
SharedCheckpoint shareCheckpoint(DataParallel& group, const std::function<SharedCheckpoint()>& read,
                                 const ModelSpec& model);

// One all-reduce per step for everything but the gradients: the first `count`
// values of `numbers` (the step's logged numbers, float64 on the training
// device) become their mean over the ranks (the losses of the global batch);
// `stopHere` says whether this rank was asked to stop; `statistics` (the
// networks' BatchNorm running statistics) become their mean, in place, so that
// every rank keeps the same ones. `numbers` may come back longer than `count`.
// Returns true when some rank was asked to stop.
bool shareStep(DataParallel& group, torch::Tensor& numbers, std::size_t count,
               const std::vector<torch::Tensor>& statistics, bool stopHere);

} // namespace latent
