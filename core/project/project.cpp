// SPDX-License-Identifier: MIT
#include "project/project.h"

#include "base/studioerror.h"
#include "base/usertext.h"
#include "io/atomicfile.h"
#include "project/stepfile.h"
#include "train/checkpointfile.h"
#include "train/checkpointstore.h"
#include "train/metricslog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace latent {

Project::Project(std::string dir, ProjectConfig config) : m_dir(std::move(dir)), m_config(std::move(config)) {}

bool Project::exists(const std::string& dir)
{
    return QFileInfo(QString::fromStdString(dir + "/project.json")).isFile();
}

void Project::ensureFolders() const
{
    QDir root(QString::fromStdString(m_dir));
    for (const char* sub : {"checkpoints", "samples", "exports"})
        if (!root.mkpath(sub))
            throw StudioError::failure(m_dir + "/" + sub, translate("Project", "cannot create the folder"));
}

Project Project::create(const std::string& dir, const ProjectConfig& config)
{
    const QFileInfo info(QString::fromStdString(dir));
    if (info.exists() && !info.isDir())
        throw StudioError::badInput(dir, translate("Project", "exists and is not a folder"));
    if (info.isDir() && !QDir(info.filePath()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        throw StudioError::badInput(dir, exists(dir)
                                             ? translate("Project", "already holds a project; use 'resume' to "
                                                                    "continue it or choose a new folder")
                                             : translate("Project", "is not empty; choose a new or empty folder "
                                                                    "for the project"));
    try {
        config.validate();
    } catch (const StudioError& e) {
        throw StudioError::badInput({}, e.what());
    }
    if (!QDir().mkpath(info.filePath()))
        throw StudioError::failure(dir, translate("Project", "cannot create the project folder"));
    Project project(QFileInfo(info.filePath()).absoluteFilePath().toStdString(), config);
    project.ensureFolders();
    project.saveConfig(config);
    return project;
}

Project Project::unsaved(const std::string& dir, const ProjectConfig& config)
{
    config.validate();
    return Project(dir, config);
}

Project Project::open(const std::string& dir)
{
    const std::string path = dir + "/project.json";
    if (!QFileInfo(QString::fromStdString(dir)).isDir())
        throw StudioError::badInput(dir, translate("Project", "the project folder does not exist"));
    if (!exists(dir))
        throw StudioError::badInput(
            path, translate("Project", "the folder is not a Latent Studio project (project.json is missing)"));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(readWholeFile(path), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        //: %1 is the JSON parser's message, %2 a byte offset in the file
        throw StudioError::badInput(path, translate("Project", "is not valid JSON (%1 at byte %2)")
                                              .arg(parseError.errorString())
                                              .arg(parseError.offset));
    if (!doc.isObject())
        throw StudioError::badInput(path, translate("Project", "does not hold a JSON object"));
    Project project(QFileInfo(QString::fromStdString(dir)).absoluteFilePath().toStdString(),
                    ProjectConfig::fromJson(doc.object(), path));
    return project;
}

Project Project::fork(const std::string& dir, const std::string& checkpoint) const
{
    const CheckpointFile::Contents header = CheckpointFile::read(checkpoint, /*headerOnly=*/true);
    CheckpointFile::requireSameModel(checkpoint, m_config.model, header.spec);
    Project forked = create(dir, m_config);
    const std::string target = CheckpointStore(forked.checkpointsDir()).pathFor(header.step);
    if (!QFile::copy(QString::fromStdString(checkpoint), QString::fromStdString(target)))
        throw StudioError::failure(target, translate("Project", "cannot copy the checkpoint here"));

    // Metrics rows and sample grids up to the checkpoint's step.
    if (QFileInfo::exists(QString::fromStdString(metricsPath()))) {
        writeFileAtomically(forked.metricsPath(), MetricsLog::rowsUpTo(readWholeFile(metricsPath()), header.step));
    }
    const QDir samples(QString::fromStdString(samplesDir()));
    for (const QString& name : samples.entryList({QString::fromStdString(stepFileFilter("png"))}, QDir::Files)) {
        const auto step = stepOfFileName(name.toStdString(), "png");
        if (step && *step <= header.step)
            QFile::copy(samples.filePath(name), QDir(QString::fromStdString(forked.samplesDir())).filePath(name));
    }
    // Bookmarks are the user's finds: they keep their meaning in the fork.
    if (QFileInfo::exists(QString::fromStdString(bookmarksPath())))
        writeFileAtomically(forked.bookmarksPath(), readWholeFile(bookmarksPath()));
    return forked;
}

void Project::saveConfig(const ProjectConfig& config)
{
    writeFileAtomically(configPath(), QJsonDocument(config.toJson()).toJson(QJsonDocument::Indented));
    m_config = config;
}

} // namespace latent
