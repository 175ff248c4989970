// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace latent {

// The project's checkpoints, newest first: resume from the newest, or fork a
// new run (a new project folder) from any one.
class CheckpointPanel : public QWidget {
    Q_OBJECT
public:
    explicit CheckpointPanel(QWidget* parent = nullptr);

    // Lists checkpoints/ of `projectDir` again (empty: no project).
    void refresh(const QString& projectDir);
    void setTraining(bool training);
    int count() const;

Q_SIGNALS:
    void resumeRequested();
    void forkRequested(const QString& checkpointPath);

private:
    void updateButtons();

    QListWidget* m_list;
    QPushButton* m_resume;
    QPushButton* m_fork;
    bool m_training = false;
};

} // namespace latent
