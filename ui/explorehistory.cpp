// SPDX-License-Identifier: MIT
#include "explorehistory.h"

#include "latenteditcommand.h"

#include <QAction>
#include <QUndoStack>
#include <QWidget>

namespace latent {

ExploreHistory::ExploreHistory(QWidget* owner, Capture capture, Apply apply)
    : QObject(owner),
      m_capture(std::move(capture)),
      m_apply(std::move(apply)),
      m_stack(new QUndoStack(this)),
      m_undo(new QAction(tr("Undo"), owner)),
      m_redo(new QAction(tr("Redo"), owner))
{
    m_undo->setObjectName(QStringLiteral("actionUndoLatent"));
    m_redo->setObjectName(QStringLiteral("actionRedoLatent"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo->setShortcut(QKeySequence::Redo);
    for (QAction* action : {m_undo, m_redo}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setEnabled(false);
        owner->addAction(action);
    }
    connect(m_undo, &QAction::triggered, m_stack, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, m_stack, &QUndoStack::redo);
    connect(m_stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(m_stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    // The edit's name is in the tooltip; fixed button texts keep their row
    // from changing width with every edit. The lambdas hold the actions, not
    // `this`: the stack, a child, still signals while ~QObject deletes it.
    connect(m_stack, &QUndoStack::undoTextChanged, m_undo, [undo = m_undo](const QString& text) {
        undo->setToolTip(ExploreHistory::tr("Undo %1 (Ctrl+Z)").arg(text));
    });
    connect(m_stack, &QUndoStack::redoTextChanged, m_redo, [redo = m_redo](const QString& text) {
        redo->setToolTip(ExploreHistory::tr("Redo %1 (Ctrl+Shift+Z)").arg(text));
    });
}

void ExploreHistory::record(const QString& text, int mergeKey)
{
    if (m_applying)
        return;
    ExploreState now = m_capture();
    if (now.sameLatent(m_state) && now.origin == m_state.origin)
        return;
    m_stack->push(new LatentEditCommand(text, m_state, now, [this](const ExploreState& s) { apply(s); }, mergeKey,
                                        m_gesture));
    m_state = std::move(now);
    if (mergeKey < 0)
        ++m_gesture;
}

void ExploreHistory::rebase(bool clear)
{
    if (clear)
        m_stack->clear();
    m_state = m_capture();
}

void ExploreHistory::apply(const ExploreState& state)
{
    m_applying = true;
    m_apply(state);
    m_state = state;
    m_applying = false;
}

} // namespace latent
