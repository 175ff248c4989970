// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace latent {

class Project;

// Training > Copy Launch Command: the shell lines that train the open
// project as a data-parallel run of N latent-cli processes on one or more
// machines (LaunchPlan), updated as the user types, and a button that copies
// them. A fresh project starts from scratch; a trained one resumes for
// `steps` more steps.
class LaunchCommandDialog : public QDialog {
    Q_OBJECT
public:
    LaunchCommandDialog(const QString& projectDir, bool resume, qint64 steps, int batchSize, QWidget* parent = nullptr);
    // For `project` as saved: a resume from its newest checkpoint up to its
    // step count (or as far again once there), else a fresh run.
    static LaunchCommandDialog* forProject(const Project& project, QWidget* parent);

    void setMaster(const QString& address, int port);
    QString script() const;

private:
    void update();

    QString m_projectDir;
    bool m_resume;
    int m_batchSize;
    QSpinBox* m_processes;
    QSpinBox* m_perMachine;
    QLineEdit* m_address;
    QSpinBox* m_port;
    QSpinBox* m_steps;
    QLabel* m_summary;
    QPlainTextEdit* m_script;
};

} // namespace latent
