// SPDX-License-Identifier: MIT
// The studio window: what the user does with the open project (open, create,
// fork, train, pause, stop, follow another process's run), wiring the views
// that show it.
#include "mainwindow.h"

#include "base/studioerror.h"
#include "checkpointpanel.h"
#include "datasetpanel.h"
#include "divergencequestion.h"
#include "explorepanel.h"
#include "exploresession.h"
#include "helpmenu.h"
#include "launchcommanddialog.h"
#include "lossplot.h"
#include "projectexports.h"
#include "projectfollower.h"
#include "recentprojectsmenu.h"
#include "samplehistoryview.h"
#include "settingstabs.h"
#include "timelinepanel.h"
#include "torchscriptconsent.h"
#include "train/checkpointstore.h"
#include "trainingactions.h"
#include "trainingpanel.h"
#include "trainingstatusbar.h"
#include "trainview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

namespace latent {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      m_controller(new SessionController(this)),
      m_settings(new SettingsTabs),
      m_trainView(new TrainView),
      m_views(new QTabWidget),
      m_exploreSession(new ExploreSession(this)),
      m_explore(new ExplorePanel(m_exploreSession)),
      m_timeline(new TimelinePanel(m_exploreSession)),
      m_statusBar(new TrainingStatusBar(statusBar())),
      m_follower(new ProjectFollower(this)),
      m_exports(new ProjectExports(&m_project, m_trainView->lossPlot(), m_exploreSession, this))
{
    setWindowTitle(tr("Latent Studio"));
    setAcceptDrops(true);
    createActions();
    createLayout();
    connectSession();
    connect(m_follower, &ProjectFollower::changed, this, &MainWindow::followProject);
    connect(m_exports, &ProjectExports::statusChanged, this, &MainWindow::setStatus);
    connect(m_exports, &ProjectExports::failed, this, &MainWindow::showError);
    connect(m_settings->trainingPanel(), &TrainingPanel::liveSettingsChanged, this,
            [this](double lrG, double lrD, int dSteps) {
                m_controller->setLearningRates(lrG, lrD);
                m_controller->setDStepsPerGStep(dSteps);
                setStatus(tr("New learning rates (G %1, D %2) and %3 D step(s) per G step apply from the next step.")
                              .arg(lrG)
                              .arg(lrD)
                              .arg(dSteps));
                saveRunningSettings([=](TrainingConfig& t) {
                    t.lrG = lrG;
                    t.lrD = lrD;
                    t.dStepsPerGStep = dSteps;
                });
            });
    connect(m_settings->trainingPanel(), &TrainingPanel::gridClassesChanged, this, [this](const QStringList& classes) {
        m_controller->setGridClasses(classes);
        saveRunningSettings([&classes](TrainingConfig& t) {
            t.gridClasses.clear();
            for (const QString& name : classes)
                t.gridClasses.push_back(name.toStdString());
        });
        setStatus(classes.isEmpty() ? tr("The sample grid spreads its rows over all the classes.")
                                    //: %1 lists class names
                                    : tr("The sample grid shows %1.").arg(classes.join(QStringLiteral(", "))));
    });
    connect(m_settings, &SettingsTabs::modelKindChanged, this,
            [this] { m_settings->applyModelDefaults(m_project ? m_project->config() : ProjectConfig::defaults()); });
    connect(m_settings->checkpointPanel(), &CheckpointPanel::resumeRequested, this, &MainWindow::train);
    connect(m_settings->checkpointPanel(), &CheckpointPanel::forkRequested, this, &MainWindow::forkFrom);
    connect(m_settings->checkpointPanel(), &CheckpointPanel::exploreRequested, this, [this](const QString& path) {
        m_views->setCurrentWidget(m_explore); // a first visit loads the newest; the chosen one follows
        m_exploreSession->openCheckpoint(path);
    });

    QSettings settings;
    restoreGeometry(settings.value("window/geometry").toByteArray());
    restoreState(settings.value("window/state").toByteArray());
    if (!settings.contains("window/geometry"))
        resize(1440, 900);
    m_settings->showSettings(ProjectConfig::defaults()); // what Train starts from before any project is open
    setStatus(tr("Press Train to start on the built-in digits (a new project is made in %1), "
                 "or open a project from the File menu.")
                  .arg(QDir::toNativeSeparators(defaultProjectsFolder())));
    updateActions();
}

void MainWindow::connectSession()
{
    connect(m_controller, &SessionController::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_controller, &SessionController::metricsArrived, this, &MainWindow::onMetrics);
    connect(m_controller, &SessionController::sampleGridArrived, sampleView(), &SampleHistoryView::addGrid);
    connect(m_controller, &SessionController::checkpointSaved, this, [this](qint64 step) {
        checkpointPanel()->refresh(m_project ? QString::fromStdString(m_project->dir()) : QString());
        m_explore->noteNewCheckpoint(step);
    });
    connect(m_controller, &SessionController::evaluated, this, [this](const EvalResult& result) {
        m_trainView->addScore(result, m_project ? QString::fromStdString(m_project->dir()) : QString());
    });
    connect(m_controller, &SessionController::warningRaised, this, &MainWindow::addWarning);
    // Told apart by the session, not by the message's words (they are translated).
    connect(m_controller, &SessionController::writeFailed, this,
            [this](const QString& message) { showError(tr("Training paused"), message); });
    connect(m_controller, &SessionController::ended, this, &MainWindow::onEnded);
}

MainWindow::~MainWindow() = default;

DatasetPanel* MainWindow::datasetPanel() const { return m_settings->datasetPanel(); }
LossPlot* MainWindow::lossPlot() const { return m_trainView->lossPlot(); }
QualityPlot* MainWindow::qualityPlot() const { return m_trainView->qualityPlot(); }
SampleHistoryView* MainWindow::sampleView() const { return m_trainView->sampleView(); }
CheckpointPanel* MainWindow::checkpointPanel() const { return m_settings->checkpointPanel(); }

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction = file->addAction(tr("&New Project…"), this, &MainWindow::newProject);
    newAction->setShortcut(QKeySequence::New);
    QAction* openAction = file->addAction(tr("&Open Project…"), this, &MainWindow::openProjectDialog);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = new RecentProjectsMenu(tr("Open &Recent"), this);
    connect(m_recentMenu, &RecentProjectsMenu::projectChosen, this, &MainWindow::openOrCreateProject);
    file->addMenu(m_recentMenu);
    file->addSeparator();
    m_exports->addActionsTo(file);
    file->addSeparator();
    QAction* openGenerator =
        file->addAction(tr("Explore a TorchScript &Generator…"), this, &MainWindow::openGeneratorDialog);
    openGenerator->setObjectName("actionOpenGenerator");
    openGenerator->setToolTip(tr("Open a generator traced or scripted in Python (z [N, latent] to images in [-1, 1]) "
                                 "in the Explore tab"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* training = menuBar()->addMenu(tr("&Training"));
    m_trainingActions = new TrainingActions(this);
    m_trainingActions->addTo(training);
    connect(m_trainingActions->train(), &QAction::triggered, this, &MainWindow::train);
    connect(m_trainingActions->pause(), &QAction::triggered, this, &MainWindow::togglePause);
    connect(m_trainingActions->step(), &QAction::triggered, this, &MainWindow::stepOnce);
    connect(m_trainingActions->stop(), &QAction::triggered, this, &MainWindow::stop);
    connect(m_trainingActions->launch(), &QAction::triggered, this, &MainWindow::showLaunchCommand);

    addHelpMenu(this);

    QToolBar* toolbar = addToolBar(tr("Training"));
    toolbar->setObjectName("trainingToolbar");
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_trainingActions->addTo(toolbar);
}

void MainWindow::createLayout()
{
    m_views->setObjectName("views");
    m_views->addTab(m_trainView, tr("Train"));
    m_views->addTab(m_explore, tr("Explore"));
    m_views->addTab(m_timeline, tr("Interpolate"));
    connect(m_views, &QTabWidget::currentChanged, this, [this](int index) {
        // The first visit to a project loads a snapshot of it (both tabs use it).
        const QString dir = m_project ? QString::fromStdString(m_project->dir()) : QString();
        const bool exploring = m_views->widget(index) == m_explore || m_views->widget(index) == m_timeline;
        if (exploring && m_exploreSession->projectDir() != dir)
            m_exploreSession->setProject(dir);
    });

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName("mainSplitter");
    splitter->addWidget(m_settings);
    splitter->addWidget(m_views);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({400, 1040});
    setCentralWidget(splitter);
}

// ---- projects -------------------------------------------------------------

bool MainWindow::openOrCreateProject(const QString& dir)
{
    if (m_controller->isActive()) {
        showError(tr("Training is running"), tr("Stop the training before opening another project."));
        return false;
    }
    try {
        const std::string path = QDir::cleanPath(dir).toStdString();
        if (Project::exists(path))
            m_project = Project::open(path);
        else
            m_project = Project::create(path, ProjectConfig::defaults());
    } catch (const StudioError& e) {
        showError(tr("Cannot open the project"), QString::fromStdString(e.what()));
        return false;
    }
    m_recentMenu->add(QString::fromStdString(m_project->dir()));
    showProject();
    return true;
}

void MainWindow::showProject()
{
    m_settings->showSettings(m_project->config());
    lossPlot()->clearComparisons(); // they compared with the project before
    m_follower->follow(*m_project);
    reloadResults();
    if (m_views->currentWidget() == m_explore || m_views->currentWidget() == m_timeline)
        m_exploreSession->setProject(QString::fromStdString(m_project->dir())); // else when the tab is first shown
    m_statusBar->resetEstimate();
    setWindowTitle(tr("%1 — Latent Studio").arg(QFileInfo(QString::fromStdString(m_project->dir())).fileName()));
    setStatus(tr("Project %1").arg(QString::fromStdString(m_project->dir())));
    updateActions();
}

void MainWindow::followSavedSettings()
{
    // Another process saved the settings (latent-cli resume --steps, say).
    // Take them, unless the panels hold edits of the user's not yet saved.
    if (!m_follower->takeSettingsChange())
        return;
    if (settingsOnTabs().toJson() != m_project->config().toJson())
        return;
    try {
        Project saved = Project::open(m_project->dir());
        if (saved.config().toJson() == m_project->config().toJson())
            return;
        m_project = std::move(saved);
    } catch (const StudioError&) {
        return; // half written, or broken by hand: the next save or open says so
    }
    m_settings->showSettings(m_project->config());
}

QString MainWindow::defaultProjectsFolder() { return QDir::homePath() + "/LatentStudio"; }

bool MainWindow::createProjectFromSettings()
{
    // Train with no project open: the settings on the tabs become a new
    // project in the default folder, as a first save would.
    ProjectConfig config;
    if (!collectSettings(config))
        return false;
    QString name = QFileInfo(QString::fromStdString(config.dataset.path)).completeBaseName(); // the data's name
    if (config.dataset.source == DatasetSpec::Source::SyntheticDigits || name.isEmpty())
        name = config.dataset.source == DatasetSpec::Source::SyntheticDigits
                   ? QStringLiteral("digits")
                   : QString::fromStdString(DatasetSpec::sourceName(config.dataset.source));
    const QString dir = QString("%1/%2-%3-%4")
                            .arg(defaultProjectsFolder(), name,
                                 QString::fromStdString(ModelSpec::familyName(config.model.family)),
                                 QDateTime::currentDateTime().toString("yyyyMMdd-HHmmss"));
    try {
        Project::create(dir.toStdString(), config); // the folder and project.json
    } catch (const StudioError& e) {
        showError(tr("Cannot create the project"), QString::fromStdString(e.what()));
        return false;
    }
    if (!openOrCreateProject(dir))
        return false;
    setStatus(tr("New project %1").arg(QDir::toNativeSeparators(dir)));
    return true;
}

void MainWindow::followProject()
{
    if (!m_project || m_controller->isActive())
        return; // our own run: its events update the views already
    checkpointPanel()->refresh(QString::fromStdString(m_project->dir()));
    followSavedSettings();
    // Curves and samples only when another process logged something: not
    // for our own settings or our run's last files (that would read the
    // whole metrics.csv again and lose the user's zoom).
    if (!m_follower->takeMetricsChange())
        return;
    reloadResults();
    if (const std::optional<StepMetrics> last = lossPlot()->lastLoggedRow()) {
        m_statusBar->showLoggedProgress(*last, m_project->config().training.steps);
        setStatus(tr("Step %1 logged by another process.").arg(last->step));
    }
}

void MainWindow::reloadResults()
{
    m_follower->markMetricsShown();
    m_trainView->loadProject(QString::fromStdString(m_project->dir()), QString::fromStdString(m_project->metricsPath()),
                             QString::fromStdString(m_project->samplesDir()));
    checkpointPanel()->refresh(QString::fromStdString(m_project->dir()));
}

void MainWindow::newProject()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("New project: choose or create an empty folder"));
    if (dir.isEmpty())
        return;
    if (Project::exists(dir.toStdString())) {
        showError(tr("Not a new folder"), tr("%1 already holds a project; use Open Project.").arg(dir));
        return;
    }
    openOrCreateProject(dir);
}

void MainWindow::openProjectDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a project folder"));
    if (!dir.isEmpty())
        openOrCreateProject(dir);
}

void MainWindow::forkFrom(const QString& checkpoint)
{
    if (!m_project)
        return;
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Fork: choose or create an empty folder for the new run"));
    if (dir.isEmpty())
        return;
    try {
        const Project forked = m_project->fork(dir.toStdString(), checkpoint.toStdString());
        openOrCreateProject(QString::fromStdString(forked.dir()));
        setStatus(tr("Forked from %1 into %2; press Train to continue it.").arg(checkpoint, dir));
    } catch (const StudioError& e) {
        showError(tr("Cannot fork"), QString::fromStdString(e.what()));
    }
}

void MainWindow::exportGeneratorTo(const QString& path) { m_exports->exportGeneratorTo(path); }

void MainWindow::openGeneratorDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Explore a TorchScript generator"), QString(),
                                                      tr("TorchScript (*.pt *.pth *.ts);;All files (*)"));
    if (!path.isEmpty())
        openGenerator(path);
}

bool MainWindow::openGenerator(const QString& path)
{
    const QString inside = m_project ? QDir(QString::fromStdString(m_project->dir())).canonicalPath() + "/" : QString();
    const bool fromProject = !inside.isEmpty() && QFileInfo(path).canonicalFilePath().startsWith(inside);
    if (!fromProject && !askToRunTorchScript(this, path))
        return false;
    // The tab first: a first visit loads the project's snapshot, which the
    // generator then replaces.
    m_views->setCurrentWidget(m_explore);
    m_exploreSession->openGenerator(path);
    setStatus(tr("Loading the generator %1…").arg(path));
    return true;
}

ProjectConfig MainWindow::settingsOnTabs() const
{
    return m_settings->settings(m_project ? m_project->config() : ProjectConfig::defaults());
}

bool MainWindow::collectSettings(ProjectConfig& config)
{
    config = settingsOnTabs();
    try {
        config.validate();
    } catch (const StudioError& e) {
        showError(tr("Check the settings"), QString::fromStdString(e.what()));
        return false;
    }
    return true;
}

bool MainWindow::saveSettings(const ProjectConfig& config)
{
    try {
        m_project->saveConfig(config);
        return true;
    } catch (const StudioError& e) {
        showError(tr("Cannot save the settings"), QString::fromStdString(e.what()));
        return false;
    }
}

// ---- training ---------------------------------------------------------------

void MainWindow::saveRunningSettings(const std::function<void(TrainingConfig&)>& change)
{
    // The running session took these: project.json says so too, for a
    // resume in the CLI or after the studio is closed. The other tabs'
    // edits wait for the next Train.
    if (!m_project || !m_controller->isActive())
        return;
    ProjectConfig saved = m_project->config();
    change(saved.training);
    saveSettings(saved);
}

void MainWindow::showLaunchCommand()
{
    if (!m_project || m_controller->isActive())
        return;
    ProjectConfig config;
    if (!collectSettings(config) || !saveSettings(config)) // the processes read them from project.json
        return;
    auto* dialog = LaunchCommandDialog::forProject(*m_project, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::train()
{
    if (m_controller->isActive() || (!m_project && !createProjectFromSettings()))
        return;
    ProjectConfig config;
    if (!collectSettings(config))
        return;
    const auto latest = CheckpointStore(m_project->checkpointsDir()).latest();
    TrainingSession::Options options;
    if (latest.step >= 0) {
        if (config.training.steps <= latest.step) {
            showError(tr("Already trained"),
                      tr("The newest checkpoint is at step %1. Raise Steps on the Training tab to train further.")
                          .arg(latest.step));
            return;
        }
        options.resume = true;
    }
    if (!saveSettings(config))
        return;
    if (!options.resume) {
        m_trainView->clearRun();
    }
    m_statusBar->resetEstimate();
    m_statusBar->clearWarnings();
    m_controller->start(*m_project, options);
    setStatus(options.resume ? tr("Resuming from step %1…").arg(latest.step) : tr("Starting…"));
    updateActions();
}

void MainWindow::togglePause()
{
    if (m_controller->state() == SessionState::Paused)
        m_controller->resume();
    else if (m_controller->state() == SessionState::Running)
        m_controller->pause();
}

void MainWindow::stepOnce() { m_controller->stepOnce(); }

void MainWindow::stop()
{
    if (m_controller->isActive()) {
        m_controller->stop();
        setStatus(tr("Stopping after this step…"));
    }
}

void MainWindow::onStateChanged(SessionState state, const QString& message)
{
    if (!message.isEmpty())
        setStatus(message);
    else if (state == SessionState::Running)
        setStatus(tr("Training…"));
    else if (state == SessionState::Paused)
        setStatus(tr("Paused. Resume (F6), one step (F10) or stop (Shift+F5)."));
    if (state == SessionState::Diverged)
        askAboutDivergence(this, message, [this](bool goBack) {
            if (goBack)
                m_controller->revertToLastCheckpoint();
            else
                m_controller->stop();
        });
    updateActions();
}

void MainWindow::onMetrics(const QVector<StepMetrics>& rows)
{
    m_trainView->appendRows(rows);
    m_statusBar->showRunProgress(rows.last());
}

void MainWindow::onEnded(SessionState state, const QString& error)
{
    checkpointPanel()->refresh(m_project ? QString::fromStdString(m_project->dir()) : QString());
    if (m_project)
        m_follower->markMetricsShown(); // our run's rows are on the plot already
    if (state == SessionState::Failed)
        showError(tr("Training failed"), error);
    else if (!m_closeWhenStopped)
        setStatus(state == SessionState::Finished ? tr("Finished.") : tr("Stopped; the checkpoint is saved."));
    updateActions();
    if (m_closeWhenStopped)
        close();
}

void MainWindow::showView(int index) { m_views->setCurrentIndex(index); }

void MainWindow::updateActions()
{
    const SessionState state = m_controller->state();
    const bool active = m_controller->isActive();
    m_trainingActions->update(state, active, m_project.has_value());
    const bool trained = m_project && !CheckpointStore(m_project->checkpointsDir()).list().empty();
    m_settings->setLocked(active || trained);
    m_settings->setTraining(active);
}

// ---- window -------------------------------------------------------------------

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_controller->isActive()) {
        event->ignore();
        if (m_closeWhenStopped)
            return; // already stopping; the window closes when it has
        auto* box = new QMessageBox(QMessageBox::Question, tr("Training is running"),
                                    tr("Stop training and close? The current step finishes and a checkpoint is saved."),
                                    QMessageBox::Yes | QMessageBox::Cancel, this);
        box->setObjectName("closeDialog");
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this](int result) {
            if (result != QMessageBox::Yes)
                return;
            m_closeWhenStopped = true;
            m_controller->stop();
            setStatus(tr("Stopping, then closing…"));
        });
        box->open();
        return;
    }
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/state", saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && QFileInfo(urls.first().toLocalFile()).isDir())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = event->mimeData()->urls().first().toLocalFile();
    if (Project::exists(path.toStdString())) {
        openOrCreateProject(path);
    } else if (m_controller->isActive()
               || (m_project && CheckpointStore(m_project->checkpointsDir()).latest().step >= 0)) {
        setStatus(tr("The dataset of a project that has trained cannot change; fork or start a new project."));
    } else {
        datasetPanel()->useFolder(path);
        m_settings->setCurrentIndex(0);
    }
    event->acceptProposedAction();
}

void MainWindow::showError(const QString& title, const QString& message)
{
    m_lastMessage = message;
    statusBar()->showMessage(message);
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName("errorDialog");
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // window-modal, no nested event loop
}

void MainWindow::addWarning(const QString& message)
{
    setStatus(message);
    m_statusBar->addWarning(message);
}

void MainWindow::setStatus(const QString& message)
{
    m_lastMessage = message;
    statusBar()->showMessage(message);
}

} // namespace latent
