// SPDX-License-Identifier: MIT
#include "classchoicebutton.h"

#include <QMenu>
#include <QMouseEvent>

namespace latent {

namespace {
// A menu that stays open while boxes are ticked, so that several classes
// are picked in one go (Escape or a click outside closes it).
class StayOpenMenu : public QMenu {
public:
    using QMenu::QMenu;

protected:
    void mouseReleaseEvent(QMouseEvent* event) override
    {
        QAction* action = activeAction();
        if (action && action->isEnabled() && action->isCheckable() && action->property("class").isValid()) {
            action->trigger();
            return;
        }
        QMenu::mouseReleaseEvent(event);
    }
};
} // namespace

ClassChoiceButton::ClassChoiceButton(int maxChosen, QWidget* parent)
    : QToolButton(parent), m_menu(new StayOpenMenu(this)), m_maxChosen(maxChosen)
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMenu(m_menu);
    rebuildMenu();
    updateText();
}

void ClassChoiceButton::setClasses(const QStringList& classes)
{
    m_classes = classes;
    rebuildMenu();
    updateText();
}

void ClassChoiceButton::setChosen(const QStringList& chosen)
{
    m_chosen = chosen.mid(0, m_maxChosen);
    rebuildMenu();
    updateText();
}

void ClassChoiceButton::toggle(const QString& name, bool on)
{
    if (on && !m_chosen.contains(name) && m_chosen.size() < m_maxChosen)
        m_chosen << name;
    else if (!on)
        m_chosen.removeAll(name);
    updateStates();
    updateText();
    Q_EMIT chosenChanged(m_chosen);
}

void ClassChoiceButton::updateStates()
{
    // The actions stay (one is emitting): only their ticks and states change.
    const bool full = m_chosen.size() >= m_maxChosen;
    for (QAction* action : m_menu->actions()) {
        const QVariant name = action->property("class");
        if (name.isValid()) {
            const QSignalBlocker blocker(action);
            action->setChecked(m_chosen.contains(name.toString()));
            action->setEnabled(action->isChecked() || !full);
        } else if (action->property("spread").isValid()) {
            action->setChecked(m_chosen.isEmpty());
        }
    }
    m_full->setVisible(full);
}

void ClassChoiceButton::rebuildMenu()
{
    m_menu->clear();
    QAction* spread = m_menu->addAction(tr("Spread over all the classes"));
    spread->setCheckable(true);
    spread->setProperty("spread", true);
    connect(spread, &QAction::triggered, this, [this] {
        m_chosen.clear();
        updateStates();
        updateText();
        Q_EMIT chosenChanged(m_chosen);
    });
    m_menu->addSeparator();
    QStringList names = m_classes;
    for (const QString& name : m_chosen) // chosen, but not a class of the data as read now
        if (!names.contains(name))
            names << name;
    if (names.isEmpty())
        m_menu->addAction(tr("No classes: the data has no labels"))->setEnabled(false);
    for (const QString& name : names) {
        QAction* action = m_menu->addAction(name);
        action->setCheckable(true);
        action->setProperty("class", name);
        connect(action, &QAction::toggled, this, [this, name](bool on) { toggle(name, on); });
    }
    //: %1 is the most classes the sample grid shows
    m_full = m_menu->addAction(tr("(at most %1: untick one to pick another)").arg(m_maxChosen));
    m_full->setEnabled(false);
    updateStates();
}

void ClassChoiceButton::updateText()
{
    setText(m_chosen.isEmpty() ? tr("Spread over all the classes") : m_chosen.join(QStringLiteral(", ")));
}

} // namespace latent
