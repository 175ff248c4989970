// SPDX-License-Identifier: MIT
#include "io/atomicfile.h"

#include "base/studioerror.h"
#include "base/usertext.h"

#include <QCoreApplication>
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
    // Qt reports a failed write(2) as "Unknown error" (Qt 6.4), in the user's
    // language when Qt's translations are installed; errno still holds it.
    // (The context is a variable so that lupdate leaves Qt's text to Qt.)
    static const char* const qtContext = "QIODevice";
    const QString unknown = QCoreApplication::translate(qtContext, "Unknown error");
    if (file.error() != QFileDevice::NoError && file.errorString() != QLatin1String("Unknown error")
        && file.errorString() != unknown)
        return file.errorString().toStdString();
    if (code == ENOSPC || code == EFBIG || code == EDQUOT)
        //: %1 is the system's error message
        return translate("AtomicFile", "%1 (the disk is full, or the file too large for it)").arg(std::strerror(code));
    return code != 0 ? std::string(std::strerror(code)) : translate("AtomicFile", "the disk may be full").str();
}

void writeFileAtomically(const std::string& path, const QByteArray& bytes)
{
    QSaveFile file(QString::fromStdString(path));
    // Unbuffered: Qt 6.4's buffered QSaveFile commits a file cut short by a
    // full disk as if whole (the short write at flush goes unreported; seen
    // with RLIMIT_FSIZE, tst_trainingsession). Written directly, the short
    // count comes back from write().
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        throw StudioError::failure(path, translate("AtomicFile", "cannot write: %1").arg(file.errorString()));
    errno = 0;
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        const std::string reason = writeErrorText(file); // before anything else can change errno
        throw StudioError::failure(
            path, translate("AtomicFile", "writing failed, the previous file is untouched: %1").arg(reason));
    }
}

std::unique_ptr<QTemporaryFile> temporaryFileFor(const std::string& target)
{
    const QFileInfo info(QString::fromStdString(target));
    auto temporary = std::make_unique<QTemporaryFile>(info.dir().filePath(".latent-XXXXXX." + info.suffix()));
    if (!temporary->open())
        throw StudioError::failure(
            target, translate("AtomicFile", "cannot write in this folder: %1").arg(temporary->errorString()));
    temporary->close();
    return temporary;
}

void publishTemporaryFile(QTemporaryFile& temporary, const std::string& target)
{
    const QString path = QString::fromStdString(target);
    if (QFileInfo(temporary.fileName()).size() == 0)
        throw StudioError::failure(target, translate("AtomicFile", "the file came out empty (is the disk full?)"));
    // rename(2) replaces the old file in one step: it is never missing.
    if (std::rename(QFile::encodeName(temporary.fileName()).constData(), QFile::encodeName(path).constData()) != 0) {
        const std::string reason = std::strerror(errno);
        throw StudioError::failure(target,
                                   translate("AtomicFile", "cannot move the finished file into place: %1").arg(reason));
    }
    temporary.setAutoRemove(false);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                    | QFileDevice::ReadOther);
}

QByteArray readWholeFile(const std::string& path)
{
    QFile file(QString::fromStdString(path));
    if (!file.exists())
        throw StudioError::badInput(path, translate("AtomicFile", "the file does not exist"));
    if (!file.open(QIODevice::ReadOnly))
        throw StudioError::badInput(path, translate("AtomicFile", "cannot read: %1").arg(file.errorString()));
    return file.readAll();
}

} // namespace latent
