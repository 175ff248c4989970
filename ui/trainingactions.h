// SPDX-License-Identifier: MIT
#pragma once

#include "train/trainingobserver.h"

#include <QObject>

class QAction;
class QMenu;
class QToolBar;

namespace latent {

// The Training menu's actions, Train, Pause (Resume while paused), Step,
// Stop and Copy Launch Command, with their shortcuts, and which of them a
// session's state allows. The window connects their `triggered` signals.
// GUI thread only.
class TrainingActions : public QObject {
    Q_OBJECT
public:
    explicit TrainingActions(QObject* parent);

    QAction* train() const { return m_train; }
    QAction* pause() const { return m_pause; }
    QAction* step() const { return m_step; }
    QAction* stop() const { return m_stop; }
    QAction* launch() const { return m_launch; }

    // All five, the launch command after a separator.
    void addTo(QMenu* menu) const;
    // Train, Pause, Step and Stop.
    void addTo(QToolBar* toolbar) const;
    // `active`: a run holds the project (running, paused or stopping).
    void update(SessionState state, bool active, bool projectOpen);

private:
    QAction* m_train;
    QAction* m_pause;
    QAction* m_step;
    QAction* m_stop;
    QAction* m_launch;
};

} // namespace latent
