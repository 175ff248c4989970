// SPDX-License-Identifier: MIT
#pragma once

#include <QMenu>

namespace latent {

// File > Open Recent: the last eight projects opened, newest first, kept in
// the user's settings (QSettings "recentProjects"). GUI thread only.
class RecentProjectsMenu : public QMenu {
    Q_OBJECT
public:
    explicit RecentProjectsMenu(const QString& title, QWidget* parent = nullptr);

    // Puts `dir` first.
    void add(const QString& dir);
    // The newest, or empty.
    static QString newest();

Q_SIGNALS:
    void projectChosen(const QString& dir);

private:
    void rebuild();
};

} // namespace latent
