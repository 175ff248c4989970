// SPDX-License-Identifier: MIT
// Internal to latent_core: LibTorch types. Never include from ui/ or app/.
#pragma once

#include "train/distributedspec.h"

#include <torch/torch.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace latent {

// One process's membership of a data-parallel run, on PyTorch's own c10d:
// rendezvous through a TCPStore at MASTER_ADDR:MASTER_PORT (rank 0 hosts it),
// then a Gloo process group (NCCL for CUDA, where LibTorch has it). Every
// call is a collective: all ranks make the same calls in the same order.
// A rank that dies or stays silent past the timeout makes the call throw
// StudioError(Failure) saying so, on every rank still alive. What the ranks
// agree on besides the gradients is in rankagreement.h.
//
// Thread affinity: made, called and destroyed on one thread, the training
// thread of the TrainingSession that owns it (the trainer it is lent to runs
// there too).
class DataParallel {
public:
    // Blocks until every rank has joined, or throws StudioError after the timeout.
    DataParallel(const DistributedSpec& spec, const torch::Device& device);
    ~DataParallel();
    DataParallel(const DataParallel&) = delete;
    DataParallel& operator=(const DataParallel&) = delete;

    const DistributedSpec& spec() const { return m_spec; }
    bool isLeader() const { return m_spec.isLeader(); }
    // Where this rank trains: the tensors of every call live there.
    const torch::Device& device() const { return m_device; }
    // "gloo" or "nccl".
    const std::string& backend() const { return m_backend; }

    // Overwrites `tensors` with rank 0's values.
    void broadcastFromLeader(const std::vector<torch::Tensor>& tensors);
    // Replaces each parameter's gradient by its mean over the ranks: one
    // all-reduce of all the gradients packed together.
    void averageGradients(const std::vector<torch::Tensor>& parameters);
    // Sums `values` (one tensor, on the training device) over the ranks, in place.
    void sum(torch::Tensor& values);
    // Rank 0's bytes on every rank. Rank 0 passes std::nullopt when it has
    // nothing to send (it failed): every rank then gets std::nullopt back.
    std::optional<std::string> shareFromLeader(std::optional<std::string> bytes);

private:
    struct Group;
    // Runs `call`; when it throws, throws StudioError with the sentence `lost`
    // (marked with QT_TRANSLATE_NOOP in context DataParallel) in the user's language.
    template <class Call>
    void collective(const char* lost, Call&& call);

    DistributedSpec m_spec;
    torch::Device m_device;
    std::string m_backend;
    std::unique_ptr<Group> m_group;
};

} // namespace latent
