// SPDX-License-Identifier: MIT
#include "io/atomicfile.h"

#include "base/studioerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace latent {

std::string writeErrorText(const QFileDevice& file)
{
    const int code = errno;
    // Qt reports a failed write(2) as "Unknown error" (Qt 6.4); errno still holds it.
    if (file.error() != QFileDevice::NoError && file.errorString() != QLatin1String("Unknown error"))
        return file.errorString().toStdString();
    if (code == ENOSPC || code == EFBIG || code == EDQUOT)
        return std::string(std::strerror(code)) + " (the disk is full, or the file too large for it)";
    return code != 0 ? std::strerror(code) : "the disk may be full";
}

void writeFileAtomically(const std::string& path, const QByteArray& bytes)
{
    QSaveFile file(QString::fromStdString(path));
    // Unbuffered: Qt 6.4's buffered QSaveFile commits a file cut short by a
    // full disk as if whole (the short write at flush goes unreported; seen
    // with RLIMIT_FSIZE, tst_trainingsession). Written directly, the short
    // count comes back from write().
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        throw StudioError::failure(path, "cannot write: " + file.errorString().toStdString());
    errno = 0;
    if (file.write(bytes) != bytes.size() || !file.commit())
        throw StudioError::failure(path, "writing failed, the previous file is untouched: " + writeErrorText(file));
}

std::unique_ptr<QTemporaryFile> temporaryFileFor(const std::string& target)
{
    const QFileInfo info(QString::fromStdString(target));
    auto temporary = std::make_unique<QTemporaryFile>(info.dir().filePath(".latent-XXXXXX." + info.suffix()));
    if (!temporary->open())
        throw StudioError::failure(target, "cannot write in this folder: " + temporary->errorString().toStdString());
    temporary->close();
    return temporary;
}

void publishTemporaryFile(QTemporaryFile& temporary, const std::string& target)
{
    const QString path = QString::fromStdString(target);
    if (QFileInfo(temporary.fileName()).size() == 0)
        throw StudioError::failure(target, "the file came out empty (is the disk full?)");
    // rename(2) replaces the old file in one step: it is never missing.
    if (std::rename(QFile::encodeName(temporary.fileName()).constData(), QFile::encodeName(path).constData()) != 0)
        throw StudioError::failure(target, std::string("cannot move the finished file into place: ")
                                               + std::strerror(errno));
    temporary.setAutoRemove(false);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                    | QFileDevice::ReadOther);
}

QByteArray readWholeFile(const std::string& path)
{
    QFile file(QString::fromStdString(path));
    if (!file.exists())
        throw StudioError::badInput(path, "the file does not exist");
    if (!file.open(QIODevice::ReadOnly))
        throw StudioError::badInput(path, "cannot read: " + file.errorString().toStdString());
    return file.readAll();
}

} // namespace latent
