// SPDX-License-Identifier: MIT
#include "project/projectlock.h"

#include "base/studioerror.h"
#include "base/usertext.h"

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
    if (m_file->error() == QLockFile::LockFailedError && m_file->getLockInfo(&pid, &host, &program)) {
        if (program.isEmpty())
            //: %1 is a process id, %2 a host name
            throw StudioError::badInput(projectDir,
                                        translate("ProjectLock", "is being trained by another program (process %1 on "
                                                                 "%2); stop that run first, or wait for it to finish")
                                            .arg(pid)
                                            .arg(host));
        //: %1 is a program name, %2 a process id, %3 a host name
        throw StudioError::badInput(projectDir,
                                    translate("ProjectLock", "is being trained by %1 (process %2 on %3); stop that run "
                                                             "first, or wait for it to finish")
                                        .arg(program)
                                        .arg(pid)
                                        .arg(host));
    }
    throw StudioError::failure(pathFor(projectDir), translate("ProjectLock", "cannot create the training lock here "
                                                                             "(is the folder writable?)"));
}

ProjectLock::~ProjectLock() = default; // QLockFile removes the file it holds

} // namespace latent
