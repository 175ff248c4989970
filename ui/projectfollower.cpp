// SPDX-License-Identifier: MIT
#include "projectfollower.h"

#include "project/project.h"

#include <QDateTime>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

namespace latent {

namespace {
// Size and modification time: tells whether another process rewrote a file.
QString fileStamp(const QString& path)
{
    const QFileInfo file(path);
    return QString("%1 %2").arg(file.size()).arg(file.lastModified().toMSecsSinceEpoch());
}
} // namespace

ProjectFollower::ProjectFollower(QObject* parent)
    : QObject(parent), m_watcher(new QFileSystemWatcher(this)), m_settle(new QTimer(this))
{
    m_settle->setSingleShot(true);
    m_settle->setInterval(1000);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_settle, qOverload<>(&QTimer::start));
    connect(m_settle, &QTimer::timeout, this, [this] {
        watch(); // checkpoints/ may exist now
        Q_EMIT changed();
    });
}

void ProjectFollower::follow(const Project& project)
{
    m_folders = {QString::fromStdString(project.dir()), QString::fromStdString(project.checkpointsDir())};
    m_metricsPath = QString::fromStdString(project.metricsPath());
    m_settingsPath = QString::fromStdString(project.configPath());
    markMetricsShown();
    markSettingsShown();
    watch();
}

void ProjectFollower::markMetricsShown() { m_metricsShown = fileStamp(m_metricsPath); }
void ProjectFollower::markSettingsShown() { m_settingsShown = fileStamp(m_settingsPath); }

bool ProjectFollower::takeMetricsChange()
{
    const QString stamp = fileStamp(m_metricsPath);
    return std::exchange(m_metricsShown, stamp) != stamp;
}

bool ProjectFollower::takeSettingsChange()
{
    const QString stamp = fileStamp(m_settingsPath);
    return std::exchange(m_settingsShown, stamp) != stamp;
}

void ProjectFollower::watch()
{
    const QStringList watched = m_watcher->directories();
    for (const QString& dir : watched)
        if (!m_folders.contains(dir))
            m_watcher->removePath(dir);
    for (const QString& dir : m_folders)
        if (!watched.contains(dir) && QFileInfo(dir).isDir())
            m_watcher->addPath(dir);
}

} // namespace latent
