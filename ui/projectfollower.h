// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QFileSystemWatcher;
class QTimer;

namespace latent {

class Project;

// Follows a project folder, so that what another process (latent-cli, a
// distributed run) writes there can be shown once it has written it. The
// watcher's bursts are coalesced into one changed() a second later. Whether
// metrics.csv and project.json are other than the ones shown is told by
// their size and time, which the window records when it shows them.
// GUI thread only.
class ProjectFollower : public QObject {
    Q_OBJECT
public:
    explicit ProjectFollower(QObject* parent = nullptr);

    // Follows the project's folder and its checkpoints/.
    void follow(const Project& project);
    // The files as shown now: later changes are news.
    void markMetricsShown();
    void markSettingsShown();
    // Whether the file changed since it was marked shown; marks it shown.
    bool takeMetricsChange();
    bool takeSettingsChange();

Q_SIGNALS:
    // Something in the folder changed (a second after the last change).
    void changed();

private:
    void watch();

    QStringList m_folders;
    QString m_metricsPath;
    QString m_settingsPath;
    QFileSystemWatcher* m_watcher;
    QTimer* m_settle;
    QString m_metricsShown;  // fileStamp of the metrics.csv shown
    QString m_settingsShown; // fileStamp of the project.json shown
};

} // namespace latent
