// SPDX-License-Identifier: MIT
#pragma once

#include "project/project.h"
#include "sessioncontroller.h"

#include <QMainWindow>

#include <functional>
#include <optional>

class QTabWidget;

namespace latent {

class CheckpointPanel;
class DatasetPanel;
class ExplorePanel;
class ExploreSession;
class LossPlot;
class ProjectExports;
class QualityPlot;
class ProjectFollower;
class RecentProjectsMenu;
class SampleHistoryView;
class SettingsTabs;
class TimelinePanel;
class TrainingActions;
class TrainingStatusBar;
class TrainView;

// The studio window: the open project and what the user does with it.
// Settings on the left (SettingsTabs), the run's curves, scores and sample
// grids in the middle (TrainView), the Explore and Interpolate tabs over one
// ExploreSession, and progress in the status bar (TrainingStatusBar). Training runs in a
// SessionController; the window only shows what it reports and sends it
// commands, never waiting for it. While it does not train itself it follows
// the project folder (ProjectFollower) to show what another process writes.
// Exports are ProjectExports'. GUI thread only.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens an existing project, or creates one with the defaults (built-in
    // digits, a 28x28 DCGAN) when `dir` does not exist or is empty. Errors are
    // shown to the user; returns false on one.
    bool openOrCreateProject(const QString& dir);
    const std::optional<Project>& project() const { return m_project; }

    SessionController* controller() const { return m_controller; }
    LossPlot* lossPlot() const;
    QualityPlot* qualityPlot() const;
    SampleHistoryView* sampleView() const;
    DatasetPanel* datasetPanel() const;
    CheckpointPanel* checkpointPanel() const;
    ExploreSession* exploreSession() const { return m_exploreSession; }
    ExplorePanel* explorePanel() const { return m_explore; }
    TimelinePanel* timelinePanel() const { return m_timeline; }
    // Explores a TorchScript generator; asks first when it is from outside
    // the project (TorchScript files are programs). False when refused.
    bool openGenerator(const QString& path);
    // Shows the Train (0), Explore (1) or Interpolate (2) view.
    void showView(int index);
    // The last message shown in the status bar or an error dialog.
    QString lastMessage() const { return m_lastMessage; }

    // Writes the newest checkpoint's generator as TorchScript, in the background.
    void exportGeneratorTo(const QString& path);

public Q_SLOTS:
    void train();
    void togglePause();
    void stepOnce();
    void stop();
    // Training > Copy Launch Command: the project as a data-parallel CLI run.
    void showLaunchCommand();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createLayout();
    void connectSession();
    // The loss curves, samples and checkpoints read again from the project
    // folder; the settings panels are left as the user has them.
    void reloadResults();
    // What another process wrote in the project folder, shown.
    void followProject();
    // The project's settings as the tabs show them.
    ProjectConfig settingsOnTabs() const;
    bool createProjectFromSettings();
    static QString defaultProjectsFolder();
    void followSavedSettings();
    void newProject();
    void openProjectDialog();
    void forkFrom(const QString& checkpoint);
    void openGeneratorDialog();
    void showProject();
    // Writes project.json; a dialog says why when it cannot. False then.
    bool saveSettings(const ProjectConfig& config);
    // Saves what `change` sets, on top of the saved settings, while a run is
    // active (the settings a run takes as it goes: rates, D steps, grid).
    void saveRunningSettings(const std::function<void(TrainingConfig&)>& change);
    bool collectSettings(ProjectConfig& config);
    void updateActions();
    void showError(const QString& title, const QString& message);
    void setStatus(const QString& message);
    // A warning of this run (a GAN failing, skipped images): the status line
    // and the status bar's lasting mark.
    void addWarning(const QString& message);

    void onStateChanged(SessionState state, const QString& message);
    void onMetrics(const QVector<StepMetrics>& rows);
    void onEnded(SessionState state, const QString& error);

    std::optional<Project> m_project;
    SessionController* m_controller;
    SettingsTabs* m_settings;
    TrainView* m_trainView;
    QTabWidget* m_views; // Train, Explore and Interpolate
    ExploreSession* m_exploreSession;
    ExplorePanel* m_explore;
    TimelinePanel* m_timeline;
    TrainingStatusBar* m_statusBar;
    ProjectFollower* m_follower;
    ProjectExports* m_exports;
    RecentProjectsMenu* m_recentMenu = nullptr;

    TrainingActions* m_trainingActions = nullptr;

    QString m_lastMessage;
    bool m_closeWhenStopped = false;
};

} // namespace latent
