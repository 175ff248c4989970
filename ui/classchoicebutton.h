// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QToolButton>

class QMenu;

namespace latent {

// Picks up to `maxChosen` of a data set's classes from a menu of check
// boxes, in the order they were ticked; none chosen means "spread over all
// of them". Names chosen that the data no longer has stay listed (ticked)
// until unticked, so a project.json written by hand shows as itself.
// GUI thread only.
class ClassChoiceButton : public QToolButton {
    Q_OBJECT
public:
    explicit ClassChoiceButton(int maxChosen, QWidget* parent = nullptr);

    // The classes the data has (empty: unlabelled, or not read yet).
    void setClasses(const QStringList& classes);
    QStringList classes() const { return m_classes; }
    void setChosen(const QStringList& chosen);
    QStringList chosen() const { return m_chosen; }

Q_SIGNALS:
    // A tick or untick by the user (not setChosen).
    void chosenChanged(const QStringList& chosen);

private:
    void rebuildMenu();
    void updateStates();
    void toggle(const QString& name, bool on);
    void updateText();

    QMenu* m_menu;
    QAction* m_full = nullptr; // says why the other boxes are greyed
    QStringList m_classes;
    QStringList m_chosen;
    int m_maxChosen;
};

} // namespace latent
