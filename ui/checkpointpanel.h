// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace latent {

// The project's checkpoints, newest first, the best by the quality scores
// named as such: resume from the newest, fork a new run (a new project
// folder) from any one, or explore any one.
class CheckpointPanel : public QWidget {
    Q_OBJECT
public:
    explicit CheckpointPanel(QWidget* parent = nullptr);

    // Lists checkpoints/ of `projectDir` again (empty: no project).
    void refresh(const QString& projectDir);
    void setTraining(bool training);
    int count() const;
    // The step of the checkpoint named best; -1 for none.
    qint64 bestStep() const { return m_bestStep; }

Q_SIGNALS:
    void resumeRequested();
    void forkRequested(const QString& checkpointPath);
    void exploreRequested(const QString& checkpointPath);

private:
    void updateButtons();

    QListWidget* m_list;
    QPushButton* m_resume;
    QPushButton* m_fork;
    QPushButton* m_explore;
    qint64 m_bestStep = -1;
    bool m_training = false;
};

} // namespace latent
