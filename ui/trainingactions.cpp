// SPDX-License-Identifier: MIT
#include "trainingactions.h"

#include <QAction>
#include <QMenu>
#include <QToolBar>

namespace latent {

namespace {
QAction* makeAction(QObject* parent, const char* name, const QString& text, const QString& toolTip)
{
    auto* action = new QAction(text, parent);
    action->setObjectName(QString::fromLatin1(name));
    action->setToolTip(toolTip);
    return action;
}
} // namespace

TrainingActions::TrainingActions(QObject* parent)
    : QObject(parent),
      m_train(makeAction(this, "actionTrain", tr("&Train"),
                         tr("Start training, or continue from the newest checkpoint (Ctrl+Enter)"))),
      m_pause(makeAction(this, "actionPause", tr("&Pause"), tr("Pause or resume (F6)"))),
      m_step(makeAction(this, "actionStep", tr("S&tep"), tr("While paused: one training step (F10)"))),
      m_stop(makeAction(this, "actionStop", tr("St&op"), tr("Stop after this step and save a checkpoint (Shift+F5)"))),
      m_launch(makeAction(this, "actionLaunchCommand", tr("Copy &Launch Command…"),
                          tr("The command lines that train this project with several processes or machines")))
{
    m_train->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::Key_F5)});
    m_pause->setShortcut(QKeySequence(Qt::Key_F6));
    m_step->setShortcut(QKeySequence(Qt::Key_F10));
    m_stop->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
}

void TrainingActions::addTo(QMenu* menu) const
{
    menu->addActions({m_train, m_pause, m_step, m_stop});
    menu->addSeparator();
    menu->addAction(m_launch);
}

void TrainingActions::addTo(QToolBar* toolbar) const { toolbar->addActions({m_train, m_pause, m_step, m_stop}); }

void TrainingActions::update(SessionState state, bool active, bool projectOpen)
{
    m_train->setEnabled(!active); // with no project open, Train makes one
    m_pause->setEnabled(state == SessionState::Running || state == SessionState::Paused);
    m_pause->setText(state == SessionState::Paused ? tr("&Resume") : tr("&Pause"));
    m_step->setEnabled(state == SessionState::Paused);
    m_stop->setEnabled(active);
    m_launch->setEnabled(projectOpen && !active); // the CLI would find the project locked
}

} // namespace latent
