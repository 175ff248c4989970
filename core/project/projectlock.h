// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <string>

class QLockFile;

namespace latent {

// Only one process trains a project at a time: PROJECT/.training.lock, held
// while a TrainingSession runs (the studio or latent-cli, on any machine that
// shares the folder). The file names its owner (process id, host, program),
// so a second one is refused with a message saying who trains it. A lock
// left by a process that no longer runs (a crash, kill -9) is recognised as
// stale and taken over.
class ProjectLock {
public:
    // Takes the lock, or throws StudioError(BadInput) naming the project and
    // the owner when another live process holds it.
    explicit ProjectLock(const std::string& projectDir);
    ~ProjectLock(); // releases it

    ProjectLock(const ProjectLock&) = delete;
    ProjectLock& operator=(const ProjectLock&) = delete;

    static std::string pathFor(const std::string& projectDir);

private:
    std::unique_ptr<QLockFile> m_file;
};

} // namespace latent
