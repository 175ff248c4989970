// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "base/compute.h"
#include "base/studioerror.h"
#include "checkpointpanel.h"
#include "datasetpanel.h"
#include "explorepanel.h"
#include "explorerworker.h"
#include "io/atomicfile.h"
#include "latent/inferenceengine.h"
#include "launchcommanddialog.h"
#include "lossplot.h"
#include "modelpanel.h"
#include "sampleexportdialog.h"
#include "samplehistoryview.h"
#include "timelinepanel.h"
#include "train/checkpointstore.h"
#include "train/progressestimate.h"
#include "trainingpanel.h"

#include <QAction>
#include <QWhatsThis>
#include <QFileSystemWatcher>
#include <QTimer>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

namespace latent {

namespace {
constexpr int kMaxRecent = 8;

// In the user's language: the core's texts go through the installed translators.
QString duration(double seconds) { return QString::fromStdString(ProgressEstimate::formatDuration(seconds)); }

// Size and modification time: tells whether another process rewrote a file.
QString fileStamp(const std::string& path)
{
    const QFileInfo file(QString::fromStdString(path));
    return QString("%1 %2").arg(file.size()).arg(file.lastModified().toMSecsSinceEpoch());
}

QWidget* scrollable(QWidget* content)
{
    auto* area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      m_controller(new SessionController(this)),
      m_datasetPanel(new DatasetPanel),
      m_modelPanel(new ModelPanel),
      m_trainingPanel(new TrainingPanel),
      m_checkpoints(new CheckpointPanel),
      m_settingsTabs(new QTabWidget),
      m_lossPlot(new LossPlot),
      m_samples(new SampleHistoryView),
      m_views(new QTabWidget),
      m_explore(new ExplorePanel),
      m_timeline(new TimelinePanel(m_explore)),
      m_stepLabel(new QLabel),
      m_rateLabel(new QLabel),
      m_timeLabel(new QLabel),
      m_progress(new QProgressBar),
      m_warningLabel(new QLabel)
{
    setWindowTitle(tr("Latent Studio"));
    setAcceptDrops(true);
    createActions();
    createLayout();

    m_folderWatcher = new QFileSystemWatcher(this);
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(1000);
    connect(m_folderWatcher, &QFileSystemWatcher::directoryChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    connect(m_reloadTimer, &QTimer::timeout, this, [this] {
        if (!m_project || m_controller->isActive())
            return; // our own run: its events update the views already
        m_checkpoints->refresh(QString::fromStdString(m_project->dir()));
        followSavedSettings();
        // Curves and samples only when another process logged something:
        // not for our own settings or our run's last files (that would read
        // the whole metrics.csv again and lose the user's zoom).
        if (fileStamp(m_project->metricsPath()) != m_metricsShown) {
            reloadResults();
            showLoggedProgress();
        }
        watchProject(); // checkpoints/ may exist now
    });
    connect(m_controller, &SessionController::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_controller, &SessionController::metricsArrived, this, &MainWindow::onMetrics);
    connect(m_controller, &SessionController::sampleGridArrived, m_samples, &SampleHistoryView::addGrid);
    connect(m_controller, &SessionController::checkpointSaved, this, [this](qint64 step) {
        m_checkpoints->refresh(m_project ? QString::fromStdString(m_project->dir()) : QString());
        m_explore->noteNewCheckpoint(step);
    });
    connect(m_controller, &SessionController::warningRaised, this, &MainWindow::addWarning);
    // Told apart by the session, not by the message's words (they are translated).
    connect(m_controller, &SessionController::writeFailed, this,
            [this](const QString& message) { showError(tr("Training paused"), message); });
    connect(m_controller, &SessionController::ended, this, &MainWindow::onEnded);
    connect(m_lossPlot, &LossPlot::stepClicked, m_samples, &SampleHistoryView::showNearest);
    connect(m_trainingPanel, &TrainingPanel::liveSettingsChanged, this, [this](double lrG, double lrD, int dSteps) {
        m_controller->setLearningRates(lrG, lrD);
        m_controller->setDStepsPerGStep(dSteps);
        setStatus(tr("New learning rates (G %1, D %2) and %3 D step(s) per G step apply from the next step.")
                      .arg(lrG).arg(lrD).arg(dSteps));
    });
    connect(m_modelPanel, &ModelPanel::kindChanged, this, &MainWindow::applyModelDefaults);
    connect(m_modelPanel, &ModelPanel::changed, this, [this] {
        ModelSpec spec;
        m_modelPanel->store(spec);
        m_datasetPanel->setImageFormat(spec.imageSize, spec.channels);
        m_trainingPanel->setModel(spec);
    });
    connect(m_checkpoints, &CheckpointPanel::resumeRequested, this, &MainWindow::train);
    connect(m_checkpoints, &CheckpointPanel::forkRequested, this, &MainWindow::forkFrom);

    QSettings settings;
    restoreGeometry(settings.value("window/geometry").toByteArray());
    restoreState(settings.value("window/state").toByteArray());
    if (!settings.contains("window/geometry"))
        resize(1440, 900);
    rebuildRecentMenu();
    showSettings(ProjectConfig::defaults()); // what Train starts from before any project is open
    setStatus(tr("Press Train to start on the built-in digits (a new project is made in %1), "
                 "or open a project from the File menu.")
                  .arg(QDir::toNativeSeparators(defaultProjectsFolder())));
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction = file->addAction(tr("&New Project…"), this, &MainWindow::newProject);
    newAction->setShortcut(QKeySequence::New);
    QAction* openAction = file->addAction(tr("&Open Project…"), this, &MainWindow::openProjectDialog);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    QAction* exportPlot = file->addAction(tr("&Export Loss Plot…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the loss plot"), QStringLiteral("losses.png"),
                                                          tr("PNG image (*.png);;PDF document (*.pdf)"));
        if (!path.isEmpty() && !m_lossPlot->exportTo(path))
            showError(tr("Export failed"), tr("%1: could not write the plot.").arg(path));
    });
    exportPlot->setObjectName("actionExportPlot");
    QAction* exportGenerator = file->addAction(tr("Export &Generator (TorchScript)…"), this, &MainWindow::exportGenerator);
    exportGenerator->setObjectName("actionExportGenerator");
    exportGenerator->setToolTip(tr("The newest checkpoint's generator for Python: torch.jit.load(file)(z)"));
    QAction* exportSamples = file->addAction(tr("Export &Samples…"), this, &MainWindow::exportSamples);
    exportSamples->setObjectName("actionExportSamples");
    exportSamples->setToolTip(tr("A grid PNG, one PNG per sample, and their latent vectors as JSON"));
    QAction* exportMetrics = file->addAction(tr("Export &Metrics (CSV)…"), this, &MainWindow::exportMetrics);
    exportMetrics->setObjectName("actionExportMetrics");
    file->addSeparator();
    QAction* openGenerator = file->addAction(tr("Explore a TorchScript &Generator…"), this, &MainWindow::openGeneratorDialog);
    openGenerator->setObjectName("actionOpenGenerator");
    openGenerator->setToolTip(tr("Open a generator traced or scripted in Python (z [N, latent] to images in [-1, 1]) "
                                 "in the Explore tab"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* training = menuBar()->addMenu(tr("&Training"));
    m_trainAction = training->addAction(tr("&Train"), this, &MainWindow::train);
    m_trainAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::Key_F5)});
    m_trainAction->setToolTip(tr("Start training, or continue from the newest checkpoint (Ctrl+Enter)"));
    m_pauseAction = training->addAction(tr("&Pause"), this, &MainWindow::togglePause);
    m_pauseAction->setShortcut(QKeySequence(Qt::Key_F6));
    m_pauseAction->setToolTip(tr("Pause or resume (F6)"));
    m_stepAction = training->addAction(tr("S&tep"), this, &MainWindow::stepOnce);
    m_stepAction->setShortcut(QKeySequence(Qt::Key_F10));
    m_stepAction->setToolTip(tr("While paused: one training step (F10)"));
    m_stopAction = training->addAction(tr("St&op"), this, &MainWindow::stop);
    m_stopAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_stopAction->setToolTip(tr("Stop after this step and save a checkpoint (Shift+F5)"));
    training->addSeparator();
    m_launchAction = training->addAction(tr("Copy &Launch Command…"), this, &MainWindow::showLaunchCommand);
    m_launchAction->setToolTip(tr("The command lines that train this project with several processes or machines"));
    m_launchAction->setObjectName("actionLaunchCommand");
    m_trainAction->setObjectName("actionTrain");
    m_pauseAction->setObjectName("actionPause");
    m_stepAction->setObjectName("actionStep");
    m_stopAction->setObjectName("actionStop");

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* whatsThis = QWhatsThis::createAction(this);
    whatsThis->setText(tr("What's &This?"));
    whatsThis->setShortcut(QKeySequence::WhatsThis);
    whatsThis->setToolTip(tr("Then click a setting to read what it does"));
    help->addAction(whatsThis);
    help->addSeparator();
    QAction* about = help->addAction(tr("&About Latent Studio"), this, &MainWindow::showAbout);
    about->setObjectName("actionAbout");
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);

    QToolBar* toolbar = addToolBar(tr("Training"));
    toolbar->setObjectName("trainingToolbar");
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({m_trainAction, m_pauseAction, m_stepAction, m_stopAction});
}

void MainWindow::createLayout()
{
    m_settingsTabs->addTab(scrollable(m_datasetPanel), tr("Dataset"));
    m_settingsTabs->addTab(scrollable(m_modelPanel), tr("Model"));
    m_settingsTabs->addTab(scrollable(m_trainingPanel), tr("Training"));
    m_settingsTabs->addTab(m_checkpoints, tr("Checkpoints"));
    m_settingsTabs->setMinimumWidth(380);

    auto* training = new QSplitter(Qt::Horizontal);
    training->addWidget(m_lossPlot);
    training->addWidget(m_samples);
    training->setStretchFactor(0, 3);
    training->setStretchFactor(1, 2);
    m_views->setObjectName("views");
    m_views->addTab(training, tr("Train"));
    m_views->addTab(m_explore, tr("Explore"));
    m_views->addTab(m_timeline, tr("Interpolate"));
    connect(m_views, &QTabWidget::currentChanged, this, [this](int index) {
        // The first visit to a project loads a snapshot of it (both tabs use it).
        const QString dir = m_project ? QString::fromStdString(m_project->dir()) : QString();
        const bool exploring = m_views->widget(index) == m_explore || m_views->widget(index) == m_timeline;
        if (exploring && m_explore->projectDir() != dir)
            m_explore->setProject(dir);
    });

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName("mainSplitter");
    splitter->addWidget(m_settingsTabs);
    splitter->addWidget(m_views);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({400, 1040});
    setCentralWidget(splitter);

    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_warningLabel->setObjectName("trainingWarnings");
    m_warningLabel->hide();
    statusBar()->addPermanentWidget(m_warningLabel);
    m_stepLabel->setObjectName("stepLabel");
    m_rateLabel->setObjectName("rateLabel");
    for (QLabel* label : {m_stepLabel, m_rateLabel, m_timeLabel})
        statusBar()->addPermanentWidget(label);
    statusBar()->addPermanentWidget(m_progress);
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
    addRecent(QString::fromStdString(m_project->dir()));
    showProject();
    return true;
}

void MainWindow::showProject()
{
    showSettings(m_project->config());
    m_lossPlot->clearComparisons(); // they compared with the project before
    m_settingsShown = fileStamp(m_project->configPath());
    reloadResults();
    watchProject();
    if (m_views->currentWidget() == m_explore || m_views->currentWidget() == m_timeline)
        m_explore->setProject(QString::fromStdString(m_project->dir())); // else when the tab is first shown
    m_estimate.reset();
    setWindowTitle(tr("%1 — Latent Studio").arg(QFileInfo(QString::fromStdString(m_project->dir())).fileName()));
    setStatus(tr("Project %1").arg(QString::fromStdString(m_project->dir())));
    updateActions();
}

void MainWindow::followSavedSettings()
{
    // Another process saved the settings (latent-cli resume --steps, say).
    // Take them, unless the panels hold edits of the user's not yet saved.
    const QString stamp = fileStamp(m_project->configPath());
    if (stamp == m_settingsShown)
        return;
    m_settingsShown = stamp;
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
    showSettings(m_project->config());
}

void MainWindow::showSettings(const ProjectConfig& config)
{
    m_datasetPanel->load(config.dataset);
    m_modelPanel->load(config.model);
    m_trainingPanel->load(config.training);
    m_datasetPanel->setImageFormat(config.model.imageSize, config.model.channels);
    m_trainingPanel->setModel(config.model);
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

void MainWindow::showLoggedProgress()
{
    // What another process logged, in the status bar our own runs use.
    const std::optional<StepMetrics> last = m_lossPlot->lastLoggedRow();
    if (!last)
        return;
    const qint64 target = m_project->config().training.steps;
    m_stepLabel->setText(target >= last->step ? tr("step %1 / %2").arg(last->step).arg(target)
                                              : tr("step %1").arg(last->step));
    m_rateLabel->setText(tr("%1 img/s").arg(last->samplesPerSecond, 0, 'f', 0));
    m_timeLabel->setText(tr("elapsed %1").arg(duration(last->elapsedSeconds)));
    m_progress->setValue(target > 0 ? int(std::min<qint64>(1000, 1000 * last->step / target)) : 0);
    //: The progress bar's text: the share of the run's steps done, in percent.
    m_progress->setFormat(tr("%1%").arg(target > 0 ? std::min(100.0, 100.0 * double(last->step) / double(target)) : 0.0,
                                        0, 'f', 1));
    setStatus(tr("Step %1 logged by another process.").arg(last->step));
}

void MainWindow::reloadResults()
{
    m_metricsShown = fileStamp(m_project->metricsPath());
    m_lossPlot->clear();
    m_lossPlot->loadCsv(QString::fromStdString(m_project->metricsPath()));
    m_samples->clear();
    m_samples->loadFolder(QString::fromStdString(m_project->samplesDir()));
    m_checkpoints->refresh(QString::fromStdString(m_project->dir()));
}

void MainWindow::watchProject()
{
    const QStringList watched = m_folderWatcher->directories();
    const QStringList wanted = {QString::fromStdString(m_project->dir()),
                                QString::fromStdString(m_project->checkpointsDir())};
    for (const QString& dir : watched)
        if (!wanted.contains(dir))
            m_folderWatcher->removePath(dir);
    for (const QString& dir : wanted)
        if (!watched.contains(dir) && QFileInfo(dir).isDir())
            m_folderWatcher->addPath(dir);
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
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Fork: choose or create an empty folder for the new run"));
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

void MainWindow::exportGenerator()
{
    if (!m_project)
        return;
    const auto latest = CheckpointStore(m_project->checkpointsDir()).latest();
    if (latest.step < 0) {
        showError(tr("Nothing to export"), tr("The project has no checkpoint yet: train it first."));
        return;
    }
    // The file dialog asks before replacing an existing file.
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the generator as TorchScript"),
                                                      QString::fromStdString(m_project->exportsDir() + "/generator.pt"),
                                                      tr("TorchScript (*.pt)"));
    if (path.isEmpty())
        return;
    exportGeneratorTo(path);
}

void MainWindow::exportGeneratorTo(const QString& path)
{
    const std::string checkpoint = CheckpointStore(m_project->checkpointsDir()).latest().path;
    setStatus(tr("Exporting the generator to %1…").arg(path));
    // Loading and writing the weights takes a moment: off the GUI thread.
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (error.isEmpty())
            setStatus(tr("Exported %1: in Python, torch.jit.load(\"%1\")(z)").arg(path));
        else
            showError(tr("Export failed"), error);
    });
    watcher->setFuture(QtConcurrent::run([checkpoint, path]() -> QString {
        try {
            InferenceEngine::load(checkpoint)->exportTorchScript(path.toStdString());
            return {};
        } catch (const std::exception& e) {
            return QString::fromUtf8(e.what());
        }
    }));
}

void MainWindow::exportSamples()
{
    // The snapshot the Explore tab shows, else the project's newest checkpoint.
    ExplorerWorker::Source source = m_explore->worker()->source();
    QString folder = QDir::homePath();
    if (m_project) {
        folder = QString::fromStdString(m_project->exportsDir());
        if (source.path.isEmpty())
            source.path = QString::fromStdString(CheckpointStore(m_project->checkpointsDir()).latest().path);
    }
    if (source.path.isEmpty()) {
        showError(tr("Nothing to export"), tr("Open a trained project (or a TorchScript generator) first."));
        return;
    }
    const ExploreState shown = m_explore->captureState();
    auto* dialog = new SampleExportDialog(source, folder, shown.seed, shown.truncation, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName("sampleExportDialog");
    dialog->open();
}

void MainWindow::exportMetrics()
{
    if (!m_project || !QFileInfo::exists(QString::fromStdString(m_project->metricsPath()))) {
        showError(tr("Nothing to export"), tr("The project has no metrics yet: train it first."));
        return;
    }
    // The file dialog asks before replacing an existing file.
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the metrics"),
                                                      QString::fromStdString(m_project->exportsDir() + "/metrics.csv"),
                                                      tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    try {
        writeFileAtomically(path.toStdString(), readWholeFile(m_project->metricsPath()));
        setStatus(tr("Wrote %1").arg(path));
    } catch (const StudioError& e) {
        showError(tr("Export failed"), QString::fromStdString(e.what()));
    }
}

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
    if (!fromProject) {
        QMessageBox ask(QMessageBox::Warning, tr("Run this file?"),
                        tr("TorchScript files are programs: loading %1 runs the code inside it with your "
                           "permissions, and it can read or change your files.\n\nOpen it only if it comes from "
                           "someone you trust.").arg(QFileInfo(path).fileName()),
                        QMessageBox::Cancel, this);
        ask.setObjectName("generatorConsentDialog");
        QPushButton* load = ask.addButton(tr("Load and Run"), QMessageBox::AcceptRole);
        ask.setDefaultButton(QMessageBox::Cancel);
        ask.exec();
        if (ask.clickedButton() != load)
            return false;
    }
    // The tab first: a first visit loads the project's snapshot, which the
    // generator then replaces.
    m_views->setCurrentWidget(m_explore);
    m_explore->openGenerator(path);
    setStatus(tr("Loading the generator %1…").arg(path));
    return true;
}

void MainWindow::applyModelDefaults()
{
    ProjectConfig config = m_project ? m_project->config() : ProjectConfig::defaults();
    m_modelPanel->store(config.model);
    m_trainingPanel->store(config.training);
    const int width = config.model.width, size = config.model.imageSize, channels = config.model.channels;
    config.applyModelDefaults();
    config.model.width = width;
    config.model.imageSize = size;
    config.model.channels = channels;
    m_modelPanel->load(config.model);
    m_trainingPanel->load(config.training);
    m_trainingPanel->setModel(config.model);
}

ProjectConfig MainWindow::settingsOnTabs() const
{
    ProjectConfig config = m_project ? m_project->config() : ProjectConfig::defaults();
    m_datasetPanel->store(config.dataset);
    m_modelPanel->store(config.model);
    m_trainingPanel->store(config.training);
    return config;
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

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setObjectName("aboutBox");
    box.setWindowTitle(tr("About Latent Studio"));
    box.setIconPixmap(windowIcon().pixmap(96, 96));
    box.setText(tr("<h3>Latent Studio %1</h3>"
                   "<p>Train generative image models (GANs and VAEs) on your own images, watch them learn, "
                   "explore what they learned and export the results.</p>")
                    .arg(QApplication::applicationVersion().toHtmlEscaped()));
    const std::string runtime = compute::describeRuntime(compute::resolveDevice("auto"), compute::defaultThreadCount());
    box.setInformativeText(tr("<p>Built with Qt %1, LibTorch, OpenCV and QCustomPlot.<br>%2</p>"
                              "<p>Free software under the MIT licence.</p>")
                               .arg(QString::fromLatin1(qVersion()), QString::fromStdString(runtime).toHtmlEscaped()));
    box.setStandardButtons(QMessageBox::Close);
    box.exec();
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

void MainWindow::showLaunchCommand()
{
    if (!m_project || m_controller->isActive())
        return;
    ProjectConfig config;
    if (!collectSettings(config) || !saveSettings(config)) // the processes read them from project.json
        return;
    const auto latest = CheckpointStore(m_project->checkpointsDir()).latest();
    const bool resume = latest.step >= 0;
    // A resume trains up to the project's step count, or as far again once there.
    const qint64 left = config.training.steps - latest.step;
    const qint64 steps = resume && left > 0 ? left : config.training.steps;
    auto* dialog = new LaunchCommandDialog(QString::fromStdString(m_project->dir()), resume, steps,
                                           config.training.batchSize, this);
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
        m_lossPlot->clear();
        m_samples->clear();
    }
    m_estimate.reset();
    clearWarnings();
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
    if (state == SessionState::Diverged) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Training diverged"),
                                    message + tr("\n\nGo back to the last good checkpoint? You can lower the learning "
                                                 "rates on the Training tab before resuming."),
                                    QMessageBox::NoButton, this);
        QPushButton* back = box->addButton(tr("Go back"), QMessageBox::AcceptRole);
        box->addButton(tr("Stop training"), QMessageBox::RejectRole);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setObjectName("divergedDialog");
        connect(box, &QMessageBox::finished, this, [this, box, back] {
            if (box->clickedButton() == back)
                m_controller->revertToLastCheckpoint();
            else
                m_controller->stop();
        });
        box->open();
    }
    updateActions();
}

void MainWindow::onMetrics(const QVector<StepMetrics>& rows)
{
    m_lossPlot->appendRows(rows);
    const StepMetrics& m = rows.last();
    m_estimate.update(m);
    m_stepLabel->setText(tr("step %1 / %2").arg(m.step).arg(m.totalSteps));
    m_rateLabel->setText(tr("%1 img/s").arg(m.samplesPerSecond, 0, 'f', 0));
    m_timeLabel->setText(tr("elapsed %1, left %2")
                             .arg(duration(m.elapsedSeconds), duration(m_estimate.secondsLeft())));
    m_progress->setValue(m.totalSteps > 0 ? int(1000 * m.step / m.totalSteps) : 0);
    //: The progress bar's text: the share of the run's steps done, in percent.
    m_progress->setFormat(tr("%1%").arg(m.totalSteps > 0 ? 100.0 * double(m.step) / double(m.totalSteps) : 0.0, 0, 'f', 1));
}

void MainWindow::onEnded(SessionState state, const QString& error)
{
    m_checkpoints->refresh(m_project ? QString::fromStdString(m_project->dir()) : QString());
    if (m_project)
        m_metricsShown = fileStamp(m_project->metricsPath()); // our run's rows are on the plot already
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
    m_trainAction->setEnabled(!active); // with no project open, Train makes one
    m_pauseAction->setEnabled(state == SessionState::Running || state == SessionState::Paused);
    m_pauseAction->setText(state == SessionState::Paused ? tr("&Resume") : tr("&Pause"));
    m_stepAction->setEnabled(state == SessionState::Paused);
    m_stopAction->setEnabled(active);
    m_launchAction->setEnabled(m_project.has_value() && !active); // the CLI would find the project locked
    const bool trained = m_project && !CheckpointStore(m_project->checkpointsDir()).list().empty();
    m_datasetPanel->setLocked(active || trained);
    m_modelPanel->setLocked(active || trained);
    m_trainingPanel->setTraining(active);
    m_checkpoints->setTraining(active);
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
    } else if (m_controller->isActive() || (m_project && CheckpointStore(m_project->checkpointsDir()).latest().step >= 0)) {
        setStatus(tr("The dataset of a project that has trained cannot change; fork or start a new project."));
    } else {
        m_datasetPanel->useFolder(path);
        m_settingsTabs->setCurrentIndex(0);
    }
    event->acceptProposedAction();
}

void MainWindow::addRecent(const QString& dir)
{
    QSettings settings;
    QStringList recent = settings.value("recentProjects").toStringList();
    recent.removeAll(dir);
    recent.prepend(dir);
    settings.setValue("recentProjects", recent.mid(0, kMaxRecent));
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value("recentProjects").toStringList();
    for (const QString& dir : recent)
        m_recentMenu->addAction(dir, this, [this, dir] { openOrCreateProject(dir); });
    m_recentMenu->setEnabled(!recent.isEmpty());
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
    m_warnings << message;
    constexpr int kListed = 20; // the newest; a folder of bad images can give thousands
    const QStringList listed = m_warnings.mid(std::max<qsizetype>(0, m_warnings.size() - kListed));
    m_warningLabel->setText(m_warnings.size() == 1 ? tr("⚠ 1 warning") : tr("⚠ %1 warnings").arg(m_warnings.size()));
    m_warningLabel->setToolTip(listed.join("\n\n"));
    m_warningLabel->show();
}

void MainWindow::clearWarnings()
{
    m_warnings.clear();
    m_warningLabel->clear();
    m_warningLabel->setToolTip({});
    m_warningLabel->hide();
}

void MainWindow::setStatus(const QString& message)
{
    m_lastMessage = message;
    statusBar()->showMessage(message);
}

} // namespace latent
