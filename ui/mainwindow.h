// SPDX-License-Identifier: MIT
#pragma once

#include "project/project.h"
#include "train/progressestimate.h"
#include "sessioncontroller.h"

#include <QMainWindow>

#include <optional>

class QAction;
class QFileSystemWatcher;
class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;
class QTimer;

namespace latent {

class CheckpointPanel;
class DatasetPanel;
class ExplorePanel;
class LossPlot;
class ModelPanel;
class SampleHistoryView;
class TimelinePanel;
class TrainingPanel;

// The studio window: settings on the left (dataset, model, training,
// checkpoints), live loss curves and sample grids in the middle, progress at
// the bottom. Training runs in a SessionController; this class only shows
// what it reports and sends it commands, never waiting for it.
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
    LossPlot* lossPlot() const { return m_lossPlot; }
    SampleHistoryView* sampleView() const { return m_samples; }
    DatasetPanel* datasetPanel() const { return m_datasetPanel; }
    CheckpointPanel* checkpointPanel() const { return m_checkpoints; }
    ExplorePanel* explorePanel() const { return m_explore; }
    TimelinePanel* timelinePanel() const { return m_timeline; }
    // Explores a TorchScript generator; asks first when it is from outside
    // the project (TorchScript files are programs). False when refused.
    bool openGenerator(const QString& path);
    // Shows the Train (0) or Explore (1) view.
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
    // The loss curves, samples and checkpoints read again from the project
    // folder; the settings panels are left as the user has them.
    void reloadResults();
    // metrics.csv's size and time, to tell another process's rows from ours.
    ProjectConfig settingsOnTabs() const; // the project's settings as the tabs show them
    void showSettings(const ProjectConfig& config);
    bool createProjectFromSettings();
    static QString defaultProjectsFolder();
    void followSavedSettings();
    void showLoggedProgress();
    // Follows the project folder, so that what another process (latent-cli,
    // a distributed run) writes shows here once it has written it.
    void watchProject();
    void newProject();
    void openProjectDialog();
    void forkFrom(const QString& checkpoint);
    void exportGenerator();
    void exportSamples();
    void exportMetrics();
    void openGeneratorDialog();
    void showProject();
    // Help > About Latent Studio: the version, the libraries and the machine it runs on.
    void showAbout();
    // Writes project.json; a dialog says why when it cannot. False then.
    bool saveSettings(const ProjectConfig& config);
    bool collectSettings(ProjectConfig& config);
    void applyModelDefaults();
    void updateActions();
    void addRecent(const QString& dir);
    void rebuildRecentMenu();
    void showError(const QString& title, const QString& message);
    void setStatus(const QString& message);
    // Warnings of this run (a GAN failing, skipped images): the status line,
    // and a lasting mark in the status bar whose tooltip lists them.
    void addWarning(const QString& message);
    void clearWarnings();

    void onStateChanged(SessionState state, const QString& message);
    void onMetrics(const QVector<StepMetrics>& rows);
    void onEnded(SessionState state, const QString& error);

    std::optional<Project> m_project;
    SessionController* m_controller;
    DatasetPanel* m_datasetPanel;
    ModelPanel* m_modelPanel;
    TrainingPanel* m_trainingPanel;
    CheckpointPanel* m_checkpoints;
    QTabWidget* m_settingsTabs;
    LossPlot* m_lossPlot;
    SampleHistoryView* m_samples;
    QTabWidget* m_views;       // Train and Explore
    ExplorePanel* m_explore;
    TimelinePanel* m_timeline;
    QLabel* m_stepLabel;
    QLabel* m_rateLabel;
    QLabel* m_timeLabel;
    QProgressBar* m_progress;
    QLabel* m_warningLabel;
    QStringList m_warnings;
    QMenu* m_recentMenu = nullptr;

    QAction* m_trainAction = nullptr;
    QAction* m_pauseAction = nullptr;
    QAction* m_stepAction = nullptr;
    QAction* m_stopAction = nullptr;
    QAction* m_launchAction = nullptr;
    QFileSystemWatcher* m_folderWatcher = nullptr;
    QTimer* m_reloadTimer = nullptr; // coalesces the watcher's bursts
    QString m_metricsShown; // fileStamp of the metrics.csv the plot shows
    QString m_settingsShown; // fileStamp of the project.json the tabs show

    QString m_lastMessage;
    bool m_closeWhenStopped = false;
    ProgressEstimate m_estimate; // time left, from the recent pace
};

} // namespace latent
