// SPDX-License-Identifier: MIT
#include "project/projectlock.h"

#include "base/studioerror.h"

#include <QLockFile>

namespace latent {

std::string ProjectLock::pathFor(const std::string& projectDir) { return projectDir + "/.training.lock"; }

ProjectLock::ProjectLock(const std::string& projectDir)
    : m_file(std::make_unique<QLockFile>(QString::fromStdString(pathFor(projectDir))))
{
    // No age limit: a lock is stale only when its process is gone (QLockFile
    // checks the process id on this host), never because a run is long.
    m_file->setStaleLockTime(0);
    if (m_file->tryLock(0))
        return;
    qint64 pid = 0;
    QString host, program;
    if (m_file->error() == QLockFile::LockFailedError && m_file->getLockInfo(&pid, &host, &program))
        throw StudioError::badInput(projectDir, "is being trained by " + (program.isEmpty() ? QStringLiteral("another program") : program).toStdString()
                                                    + " (process " + std::to_string(pid) + " on " + host.toStdString()
                                                    + "); stop that run first, or wait for it to finish");
    throw StudioError::failure(pathFor(projectDir), "cannot create the training lock here (is the folder writable?)");
}

ProjectLock::~ProjectLock() = default; // QLockFile removes the file it holds

} // namespace latent
