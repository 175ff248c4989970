// SPDX-License-Identifier: MIT
#pragma once

#include "explorestate.h"

#include <QObject>

#include <functional>

class QAction;
class QUndoStack;
class QWidget;

namespace latent {

// The Explore tab's undo history: every edit of the latent vector is one
// command holding the state before and after it; moves of one control in one
// gesture (a slider drag) merge into one. Its Undo and Redo actions work
// with Ctrl+Z and Ctrl+Shift+Z while `owner` has focus. GUI thread only.
class ExploreHistory : public QObject {
    Q_OBJECT
public:
    using Capture = std::function<ExploreState()>;
    using Apply = std::function<void(const ExploreState&)>;
    // `capture` reads the state shown, `apply` shows a state again.
    ExploreHistory(QWidget* owner, Capture capture, Apply apply);

    QUndoStack* stack() const { return m_stack; }
    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }

    // After the vector changed: one edit named `text`, merged with the last
    // when `mergeKey` and the gesture match (-1 never merges, and ends the
    // gesture). Nothing while a state is being applied, or when nothing changed.
    void record(const QString& text, int mergeKey = -1);
    // A drag ended: the next move of the same control is a new edit.
    void endGesture() { ++m_gesture; }
    // The state shown now is where the next edit starts; `clear` forgets
    // every edit (a new snapshot, or directions replaced).
    void rebase(bool clear);
    // Shows `state` through `apply` without recording anything.
    void apply(const ExploreState& state);

private:
    Capture m_capture;
    Apply m_apply;
    QUndoStack* m_stack;
    QAction* m_undo;
    QAction* m_redo;
    ExploreState m_state;  // as last recorded
    quint64 m_gesture = 0; // slider drags merge within one gesture
    bool m_applying = false;
};

} // namespace latent
