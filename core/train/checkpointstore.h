// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace latent {

// The checkpoints/ folder of a project: files named step-00001200.ckpt
// (project/stepfile.h). Anything else there (a temporary file of an
// interrupted write) is ignored. Holds only the folder's name: any thread may
// use one, though a listing may race with a training run writing there.
class CheckpointStore {
public:
    explicit CheckpointStore(std::string folder);

    struct Entry {
        std::int64_t step = 0;
        std::string path;
    };
    // All checkpoints, oldest step first.
    std::vector<Entry> list() const;
    // The newest one; step -1 and an empty path when there is none.
    Entry latest() const;
    std::string pathFor(std::int64_t step) const;
    // Deletes all but the newest `keep` (0 keeps all) and the one of step
    // `alsoKeep` (the best by the quality scores; -1 for none). Returns how
    // many went.
    int prune(int keep, std::int64_t alsoKeep = -1) const;

private:
    std::string m_folder;
};

} // namespace latent
