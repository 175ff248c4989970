// SPDX-License-Identifier: MIT
#include "recentprojectsmenu.h"

#include <QSettings>

namespace latent {

namespace {
constexpr int kMaxRecent = 8;
const char* const kKey = "recentProjects";
} // namespace

RecentProjectsMenu::RecentProjectsMenu(const QString& title, QWidget* parent) : QMenu(title, parent) { rebuild(); }

void RecentProjectsMenu::add(const QString& dir)
{
    QSettings settings;
    QStringList recent = settings.value(kKey).toStringList();
    recent.removeAll(dir);
    recent.prepend(dir);
    settings.setValue(kKey, recent.mid(0, kMaxRecent));
    rebuild();
}

QString RecentProjectsMenu::newest() { return QSettings().value(kKey).toStringList().value(0); }

void RecentProjectsMenu::rebuild()
{
    clear();
    const QStringList recent = QSettings().value(kKey).toStringList();
    for (const QString& dir : recent)
        addAction(dir, this, [this, dir] { Q_EMIT projectChosen(dir); });
    setEnabled(!recent.isEmpty());
}

} // namespace latent
