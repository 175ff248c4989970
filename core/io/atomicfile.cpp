// SPDX-License-Identifier: MIT
#include "io/atomicfile.h"

#include "base/studioerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace latent {

void writeFileAtomically(const std::string& path, const QByteArray& bytes)
{
    QSaveFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly))
        throw StudioError::failure(path, "cannot write: " + file.errorString().toStdString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        throw StudioError::failure(path, "writing failed, the previous file is untouched: "
                                             + file.errorString().toStdString());
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
    QFile::remove(path);
    if (!QFile::rename(temporary.fileName(), path))
        throw StudioError::failure(target, "cannot move the finished file into place");
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
