// SPDX-License-Identifier: MIT
#include "io/atomicfile.h"

#include "base/studioerror.h"

#include <QFile>
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
