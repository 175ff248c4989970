// SPDX-License-Identifier: MIT
// The studio window driven as a user drives it, offscreen, with the real
// training core on a tiny model.

#include "checkpointpanel.h"
#include "launchcommanddialog.h"
#include "lossplot.h"
#include "mainwindow.h"
#include "qualityplot.h"
#include "base/translations.h"
#include "samplehistoryview.h"
#include "settingstabs.h"
#include "testsupport.h"
#include "train/checkpointstore.h"
#include "trainingpanel.h"

#include "datasetpanel.h"
#include "latent/inferenceengine.h"

#include <QAbstractButton>
#include <algorithm>
#include <QApplication>
#include <QMimeData>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>
#include <QTranslator>
#include <QClipboard>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace latent;
using latent::testsupport::writeFile;

namespace {

// The tiny model, running until stopped.
ProjectConfig tinyConfig()
{
    ProjectConfig c = testsupport::tinyConfig();
    c.training.steps = 100000;
    return c;
}

QString makeProject(const QTemporaryDir& tmp, const ProjectConfig& config)
{
    const QString dir = tmp.filePath("project");
    Project::create(dir.toStdString(), config);
    return dir;
}

// Clicks the toolbar button of an action, as a user would.
void clickAction(MainWindow& window, const char* name)
{
    auto* action = window.findChild<QAction*>(name);
    QVERIFY2(action, name);
    QVERIFY2(action->isEnabled(), name);
    auto* toolbar = window.findChild<QToolBar*>("trainingToolbar");
    QVERIFY(toolbar);
    QWidget* button = toolbar->widgetForAction(action);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

// Shows the window, opens the project and presses Train.
void openAndTrain(MainWindow& window, const QString& projectDir)
{
    window.show();
    QVERIFY(window.openOrCreateProject(projectDir));
    clickAction(window, "actionTrain");
}

QMessageBox* dialogNamed(MainWindow& window, const char* name)
{
    for (QMessageBox* box : window.findChildren<QMessageBox*>())
        if (box->objectName() == name && box->isVisible())
            return box;
    return nullptr;
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QCoreApplication::setOrganizationName("LatentStudioTests"); }
    void trainShowsCurvesAndSamples();
    void qualityScoresShowWhileTraining();
    void adaptiveAugmentationShowsItsStrength();
    void pauseHoldsTheStepCount();
    void liveRatesAreSavedWithTheProject();
    void trainWithoutAProjectMakesOne();
    void stopEndsTheRun();
    void closingWhileTrainingAsksThenStops();
    void badDatasetShowsAnError();
    void newProjectGetsTheDefaults();
    void settingsFitWithoutScrollingSideways();
    void droppingAFolderUsesItsImages();
    void divergenceOffersToGoBack();
    void writeErrorPausesAndSays();
    void ganWarningsStayInTheStatusBar();
    void exportsTheGeneratorInTheBackground();
    void launchCommandTrainsTheProjectInTwoProcesses();
    void followsARunOfAnotherProcess();
    void aboutNamesTheVersionAndTheLibraries();
    void speaksChineseWhenTheSystemDoes();
};

void TestMainWindow::trainShowsCurvesAndSamples()
{
    QTemporaryDir tmp;
    MainWindow window;
    ProjectConfig config = tinyConfig();
    config.training.augment = "off"; // 256 images would get adaptive augmentation under auto
    openAndTrain(window, makeProject(tmp, config));
    QTRY_VERIFY_WITH_TIMEOUT(window.lossPlot()->pointCount() >= 10, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(window.sampleView()->gridCount() >= 2, 30000);
    QCOMPARE(window.lossPlot()->seriesCount(), 4); // loss_d, loss_g, d_real, d_fake
    QVERIFY(!window.sampleView()->shownGrid().isNull());
    QVERIFY(!window.findChild<QLabel*>("augmentStrengthLabel")->isVisible()); // no adaptive augmentation
    // Clicking a step on the plot shows the grid nearest it.
    QVERIFY(window.sampleView()->showNearest(5));
    QCOMPARE(window.sampleView()->shownStep(), qint64(5));
    clickAction(window, "actionStop");
    QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isActive(), 10000);
}

// With adaptive augmentation the status bar shows its strength as it moves.
void TestMainWindow::adaptiveAugmentationShowsItsStrength()
{
    QTemporaryDir tmp;
    ProjectConfig config = tinyConfig();
    config.training.augment = "adaptive";
    MainWindow window;
    openAndTrain(window, makeProject(tmp, config));
    auto* label = window.findChild<QLabel*>("augmentStrengthLabel");
    QTRY_VERIFY_WITH_TIMEOUT(label->isVisible(), 30000);
    QVERIFY2(label->text().startsWith("augment 0."), qPrintable(label->text()));
    QTRY_VERIFY_WITH_TIMEOUT(label->text() != "augment 0.00", 30000); // it rises from 0
    clickAction(window, "actionStop");
    QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isActive(), 10000);
}

// The run scores itself as it trains: points arrive on the quality plot, the
// read-out says what they are, and the best checkpoint is named.
void TestMainWindow::qualityScoresShowWhileTraining()
{
    QTemporaryDir tmp;
    ProjectConfig config = tinyConfig();
    config.training.steps = 12;
    config.training.evaluateEvery = 4; // steps 4, 8 and 12
    MainWindow window;
    openAndTrain(window, makeProject(tmp, config));
    QTRY_COMPARE_WITH_TIMEOUT(int(window.qualityPlot()->results().size()), 3, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isActive(), 20000);
    QCOMPARE(window.qualityPlot()->results().back().step, qint64(12));
    QVERIFY(window.qualityPlot()->best().has_value());
    const QString readout = window.qualityPlot()->readoutText();
    QVERIFY2(readout.contains("freshly rendered digits") && readout.contains("not comparable"), qPrintable(readout));
    QVERIFY(window.checkpointPanel()->bestStep() == window.qualityPlot()->best()->step);
    // Opening the project again reads the same scores from evaluation.csv.
    MainWindow again;
    QVERIFY(again.openOrCreateProject(tmp.filePath("project")));
    QCOMPARE(again.qualityPlot()->results().size(), window.qualityPlot()->results().size());
}

void TestMainWindow::pauseHoldsTheStepCount()
{
    QTemporaryDir tmp;
    MainWindow window;
    openAndTrain(window, makeProject(tmp, tinyConfig()));
    QTRY_VERIFY_WITH_TIMEOUT(window.lossPlot()->pointCount() >= 3, 30000);
    clickAction(window, "actionPause");
    QTRY_COMPARE_WITH_TIMEOUT(int(window.controller()->state()), int(SessionState::Paused), 10000);
    QTest::qWait(100); // rows already on their way arrive
    const auto pausedAt = window.lossPlot()->pointCount();
    QTest::qWait(600);
    QCOMPARE(window.lossPlot()->pointCount(), pausedAt);

    clickAction(window, "actionStep"); // one step while paused
    QTRY_COMPARE_WITH_TIMEOUT(window.lossPlot()->pointCount(), pausedAt + 1, 10000);

    clickAction(window, "actionPause"); // now "Resume"
    QTRY_VERIFY_WITH_TIMEOUT(window.lossPlot()->pointCount() > pausedAt + 3, 30000);
    clickAction(window, "actionStop");
    QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isActive(), 10000);
}

// Rates and grid classes changed while training reach the run and
// project.json (a resume in the CLI uses them); the other tabs' edits wait
// for the next Train.
void TestMainWindow::liveRatesAreSavedWithTheProject()
{
    QTemporaryDir tmp;
    ProjectConfig config = tinyConfig();
    config.training.steps = 100000;
    MainWindow window;
    openAndTrain(window, makeProject(tmp, config));
    QTRY_VERIFY_WITH_TIMEOUT(window.lossPlot()->pointCount() >= 2, 30000);
    auto* panel = window.findChild<TrainingPanel*>();
    QVERIFY(panel);
    Q_EMIT panel->liveSettingsChanged(5e-4, 3e-4, 2);
    const ProjectConfig saved = Project::open(window.project()->dir()).config();
    QCOMPARE(saved.training.lrG, 5e-4);
    QCOMPARE(saved.training.lrD, 3e-4);
    QCOMPARE(saved.training.dStepsPerGStep, 2);
    QCOMPARE(saved.training.steps, config.training.steps);
    Q_EMIT panel->gridClassesChanged({"7", "3"});
    QCOMPARE(Project::open(window.project()->dir()).config().training.gridClasses,
             (std::vector<std::string>{"7", "3"}));
    clickAction(window, "actionStop");
    QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isActive(), 10000);
}

// Opened from the desktop menu for the first time: the tabs show the
// defaults, and Train makes a project of them in ~/LatentStudio and trains.
void TestMainWindow::trainWithoutAProjectMakesOne()
{
    QTemporaryDir home;
    const QByteArray oldHome = qgetenv("HOME");
    qputenv("HOME", home.path().toUtf8());
    {
        MainWindow window;
        window.show();
        QVERIFY(!window.project());
        QVERIFY(window.statusBar()->currentMessage().contains("Press Train"));
        QSignalSpy ended(window.controller(), &SessionController::ended);
        clickAction(window, "actionTrain");
        QVERIFY(window.project());
        const QString dir = QString::fromStdString(window.project()->dir());
        QVERIFY2(dir.startsWith(home.path() + "/LatentStudio/digits-dcgan-"), qPrintable(dir));
        QCOMPARE(window.project()->config().training.steps, ProjectConfig::defaults().training.steps);
        QVERIFY(QFileInfo::exists(dir + "/project.json"));
        QTRY_VERIFY_WITH_TIMEOUT(window.lossPlot()->pointCount() >= 1, 60000);
        clickAction(window, "actionStop");
        QVERIFY(ended.wait(20000));
    }
    qputenv("HOME", oldHome);
}

void TestMainWindow::stopEndsTheRun()
{
    QTemporaryDir tmp;
    MainWindow window;
    window.show();
    const QString dir = makeProject(tmp, tinyConfig());
    QVERIFY(window.openOrCreateProject(dir));
    QSignalSpy ended(window.controller(), &SessionController::ended);
    clickAction(window, "actionTrain");
    QTRY_VERIFY_WITH_TIMEOUT(window.lossPlot()->pointCount() >= 3, 30000);
    QElapsedTimer timer;
    timer.start();
    clickAction(window, "actionStop");
    QVERIFY(ended.wait(10000));
    QVERIFY2(timer.elapsed() < 2000, "stop takes effect within a step");
    QCOMPARE(ended.first().first().value<SessionState>(), SessionState::Stopped);
    QVERIFY(window.checkpointPanel()->count() >= 1); // the stop's checkpoint, listed
    // Train again continues from it.
    QVERIFY(window.findChild<QAction*>("actionTrain")->isEnabled());
}

void TestMainWindow::closingWhileTrainingAsksThenStops()
{
    QTemporaryDir tmp;
    auto* window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    window->show();
    const QString dir = makeProject(tmp, tinyConfig());
    QVERIFY(window->openOrCreateProject(dir));
    clickAction(*window, "actionTrain");
    QTRY_VERIFY_WITH_TIMEOUT(window->lossPlot()->pointCount() >= 3, 30000);

    window->close();
    QVERIFY(window->isVisible()); // it asks first
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = dialogNamed(*window, "closeDialog")) != nullptr);
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QElapsedTimer timer;
    timer.start();
    QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), 10000);
    QVERIFY2(timer.elapsed() < 2000, "closes within a step or two");
    QVERIFY(!window->controller()->isActive());
    QVERIFY(CheckpointStore((dir + "/checkpoints").toStdString()).latest().step >= 3);
    delete window;
}

void TestMainWindow::badDatasetShowsAnError()
{
    QTemporaryDir tmp;
    ProjectConfig config = tinyConfig();
    config.dataset.source = DatasetSpec::Source::ImageFolder;
    config.dataset.path = tmp.filePath("no-such-folder").toStdString();
    MainWindow window;
    openAndTrain(window, makeProject(tmp, config));
    QMessageBox* box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = dialogNamed(window, "errorDialog")) != nullptr, 20000);
    QVERIFY2(box->text().contains("no-such-folder"), qPrintable(box->text()));
    QVERIFY(!window.controller()->isActive());
    box->accept();
}

void TestMainWindow::newProjectGetsTheDefaults()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath("fresh");
    MainWindow window;
    QVERIFY(window.openOrCreateProject(dir));
    QVERIFY(window.project().has_value());
    QCOMPARE(window.project()->config().model.imageSize, 28);
    QCOMPARE(int(window.project()->config().dataset.source), int(DatasetSpec::Source::SyntheticDigits));
    QVERIFY(QFileInfo::exists(dir + "/project.json"));
    // A folder with someone else's files is refused, with a message naming it.
    const QString foreign = tmp.filePath("foreign");
    QDir().mkpath(foreign);
    QFile notes(foreign + "/notes.txt");
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("mine");
    notes.close();
    QVERIFY(!window.openOrCreateProject(foreign));
    QVERIFY(window.lastMessage().contains("foreign"));
}

// Each settings tab fits the panel's width at the window's first size: the
// dataset's strips of example images and the longest drop-down entry
// ("Spread over all the classes" once did not).
void TestMainWindow::settingsFitWithoutScrollingSideways()
{
    QTemporaryDir tmp;
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openOrCreateProject(tmp.filePath("fresh")));
    auto* tabs = window.findChild<SettingsTabs*>();
    QVERIFY(tabs);
    // The strips arrive once the data set is read in the background.
    const auto stripShown = [tabs] {
        const QList<QLabel*> labels = tabs->datasetPanel()->findChildren<QLabel*>();
        return std::any_of(labels.cbegin(), labels.cend(), [](const QLabel* l) { return !l->pixmap().isNull(); });
    };
    QTRY_VERIFY_WITH_TIMEOUT(stripShown(), 10000);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QCoreApplication::processEvents();
        if (auto* area = qobject_cast<QScrollArea*>(tabs->widget(i)))
            QVERIFY2(area->horizontalScrollBar()->maximum() == 0,
                     qPrintable(QString("%1: %2 pixels too wide").arg(tabs->tabText(i)).arg(area->horizontalScrollBar()->maximum())));
    }
}

void TestMainWindow::droppingAFolderUsesItsImages()
{
    QTemporaryDir tmp;
    const QString images = tmp.filePath("images");
    QDir().mkpath(images);
    for (int i = 0; i < 3; ++i) {
        QImage image(40, 30, QImage::Format_RGB888);
        image.fill(QColor(40 * i, 90, 200));
        QVERIFY(image.save(QStringLiteral("%1/%2.png").arg(images).arg(i)));
    }
    MainWindow window;
    window.show();
    QVERIFY(window.openOrCreateProject(tmp.filePath("project")));

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(images)});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QTRY_COMPARE_WITH_TIMEOUT(window.datasetPanel()->imageCount(), std::size_t(3), 10000);

    // Train saves the choice into project.json.
    ProjectConfig stored;
    clickAction(window, "actionTrain");
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->isActive() || !window.lastMessage().isEmpty(), 10000);
    stored = Project::open(window.project()->dir()).config();
    QCOMPARE(int(stored.dataset.source), int(DatasetSpec::Source::ImageFolder));
    QCOMPARE(QString::fromStdString(stored.dataset.path), images);
    window.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isActive(), 20000);
}

// A run whose weights blow up pauses itself; the dialog's "Go back" reloads
// the last good checkpoint and leaves it paused, ready to resume.
void TestMainWindow::divergenceOffersToGoBack()
{
    QTemporaryDir tmp;
    ProjectConfig config = tinyConfig();
    config.training.checkpointEvery = 4;
    MainWindow window;
    openAndTrain(window, makeProject(tmp, config));
    QTRY_VERIFY_WITH_TIMEOUT(window.lossPlot()->pointCount() >= 6, 30000);
    window.controller()->setLearningRates(1e30, 1e30);
    QMessageBox* box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = dialogNamed(window, "divergedDialog")) != nullptr, 20000);
    QVERIFY2(box->text().contains("diverged"), qPrintable(box->text()));
    QCOMPARE(int(window.controller()->state()), int(SessionState::Diverged));
    QAbstractButton* goBack = nullptr;
    for (QAbstractButton* button : box->buttons())
        if (button->text() == QStringLiteral("Go back"))
            goBack = button;
    QVERIFY(goBack);
    QTest::mouseClick(goBack, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(int(window.controller()->state()), int(SessionState::Paused), 20000);
    QVERIFY2(window.lastMessage().contains("Went back"), qPrintable(window.lastMessage()));
    window.controller()->setLearningRates(2e-4, 2e-4);
    clickAction(window, "actionStop");
    QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isActive(), 20000);
}

// A checkpoint that cannot be written (here its folder has become a file; a
// full disk behaves the same) pauses training with a dialog that says so;
// once the folder is back, Resume goes on and the next checkpoint lands.
void TestMainWindow::writeErrorPausesAndSays()
{
    QTemporaryDir tmp;
    ProjectConfig config = tinyConfig();
    config.training.checkpointEvery = 40;
    const QString dir = makeProject(tmp, config);
    MainWindow window;
    window.show();
    QVERIFY(window.openOrCreateProject(dir));
    clickAction(window, "actionTrain");
    QTRY_VERIFY_WITH_TIMEOUT(window.lossPlot()->pointCount() >= 1, 30000);
    const QString checkpoints = dir + "/checkpoints";
    QVERIFY(QDir(checkpoints).removeRecursively());
    QVERIFY(writeFile(checkpoints, "not a folder"));

    QMessageBox* box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = dialogNamed(window, "errorDialog")) != nullptr, 30000);
    QVERIFY2(box->text().contains("Could not write the checkpoint") && box->text().contains("checkpoints"),
             qPrintable(box->text()));
    QCOMPARE(int(window.controller()->state()), int(SessionState::Paused));
    box->accept();

    QVERIFY(QFile::remove(checkpoints));
    QVERIFY(QDir().mkpath(checkpoints));
    clickAction(window, "actionPause"); // "Resume"
    QTRY_VERIFY_WITH_TIMEOUT(CheckpointStore(checkpoints.toStdString()).latest().step >= 80, 30000);
    clickAction(window, "actionStop");
    QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isActive(), 20000);
}

void TestMainWindow::exportsTheGeneratorInTheBackground()
{
    QTemporaryDir tmp;
    ProjectConfig config = tinyConfig();
    config.training.steps = 3;
    const QString dir = makeProject(tmp, config);
    MainWindow window;
    window.show();
    QVERIFY(window.openOrCreateProject(dir));
    clickAction(window, "actionTrain");
    QTRY_VERIFY_WITH_TIMEOUT(window.checkpointPanel()->count() == 1 && !window.controller()->isActive(), 30000);
    const QString out = tmp.filePath("g.pt");
    window.exportGeneratorTo(out);
    QTRY_VERIFY_WITH_TIMEOUT(window.lastMessage().startsWith("Exported"), 30000);
    QVERIFY(QFileInfo(out).size() > 1000);
    // The studio loads its own export back.
    QCOMPARE(InferenceEngine::loadTorchScript(out.toStdString())->spec().latentDim, 8);
}

// Training > Copy Launch Command, copied and pasted into a shell: two
// latent-cli processes train the open project, and the studio shows the result.
void TestMainWindow::launchCommandTrainsTheProjectInTwoProcesses()
{
    QTemporaryDir tmp;
    ProjectConfig config = tinyConfig();
    config.training.steps = 6;
    const QString dir = makeProject(tmp, config);
    MainWindow window;
    window.show();
    QVERIFY(window.openOrCreateProject(dir));
    auto* action = window.findChild<QAction*>("actionLaunchCommand");
    QVERIFY(action && action->isEnabled());
    action->trigger();
    auto* dialog = window.findChild<LaunchCommandDialog*>();
    QVERIFY(dialog && dialog->isVisible());
    dialog->setMaster("127.0.0.1", 20000 + int(QCoreApplication::applicationPid() % 20000));
    QTest::mouseClick(dialog->findChild<QPushButton*>("copyLaunchScript"), Qt::LeftButton);
    const QString script = QApplication::clipboard()->text();
    QCOMPARE(script.count(" train --distributed --project "), 2);
    QVERIFY2(script.contains("--steps 6 &"), qPrintable(script));

    // The test runs in build/tests, as the studio in build/libexec: both find
    // latent-cli in build/bin and name it by its path.
    QVERIFY2(script.contains(QFileInfo(QStringLiteral(LATENT_CLI_PATH)).absoluteFilePath() + " train"),
             qPrintable(script));

    QProcess shell;
    shell.start("bash", {"-c", script});
    QVERIFY(shell.waitForFinished(120000));
    const QString err = QString::fromUtf8(shell.readAllStandardError());
    QCOMPARE(err.count("Finished at step 6."), 2);
    QTRY_COMPARE_WITH_TIMEOUT(window.checkpointPanel()->count(), 1, 10000);
}

// latent-cli trains the open project with more steps: the studio shows the
// curves, the new step target in its settings and the step in the status bar.
void TestMainWindow::followsARunOfAnotherProcess()
{
    QTemporaryDir tmp;
    ProjectConfig config = tinyConfig();
    config.training.steps = 6;
    const QString dir = makeProject(tmp, config);
    MainWindow window;
    window.show();
    QVERIFY(window.openOrCreateProject(dir));
    QProcess cli;
    cli.start(LATENT_CLI_PATH, {"train", "--project", dir, "--steps", "9"});
    QVERIFY(cli.waitForFinished(120000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    QTRY_COMPARE_WITH_TIMEOUT(window.project()->config().training.steps, std::int64_t(9), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QLabel*>("stepLabel")->text().startsWith("step 9 / 9"), 10000);
    QVERIFY(window.statusBar()->currentMessage().contains("another process"));
    const QString rate = window.findChild<QLabel*>("rateLabel")->text(); // the CLI's logged rate
    QVERIFY2(rate.endsWith(" img/s") && !rate.startsWith("0 "), qPrintable(rate));
}

void TestMainWindow::aboutNamesTheVersionAndTheLibraries()
{
    QCoreApplication::setApplicationVersion("9.8.7");
    MainWindow window;
    window.show();
    QString text;
    QTimer::singleShot(0, &window, [&] {
        auto* box = window.findChild<QMessageBox*>("aboutBox");
        if (!box)
            return;
        text = box->text() + box->informativeText();
        box->close();
    });
    window.findChild<QAction*>("actionAbout")->trigger(); // modal until the timer closes it
    QVERIFY2(text.contains("9.8.7") && text.contains("Qt 6.") && text.contains("LibTorch 1.13"), qPrintable(text));
}

// LANG=zh_CN: the translation compiled into the studio is used, menus,
// tabs and tooltips included; English needs none.
void TestMainWindow::speaksChineseWhenTheSystemDoes()
{
    QVERIFY(!installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates)));
    QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)));
    {
        MainWindow window;
        window.show();
        QStringList menus;
        for (QAction* action : window.menuBar()->actions())
            menus << action->text();
        QCOMPARE(menus, (QStringList{"文件(&F)", "训练(&T)", "帮助(&H)"}));
        QCOMPARE(window.findChild<QAction*>("actionLaunchCommand")->text(), QString("复制启动命令(&L)…"));
        QVERIFY(!window.findChild<QAction*>("actionStop")->toolTip().contains("Stop after"));
    }
    for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

// A generator that cannot learn lets D win: the warning stays visible in the
// status bar (its tooltip says what and what to do) while training goes on.
void TestMainWindow::ganWarningsStayInTheStatusBar()
{
    QTemporaryDir tmp;
    ProjectConfig config = tinyConfig();
    config.training.steps = 400;
    config.training.logEvery = 50;
    config.training.sampleEvery = 1000;
    config.training.lrG = 1e-6; // the smallest the Training tab shows
    config.training.lrD = 2e-3;
    config.training.augment = "off"; // augmentation is there to keep D from winning
    MainWindow window;
    window.show();
    QVERIFY(window.openOrCreateProject(makeProject(tmp, config)));
    auto* mark = window.findChild<QLabel*>("trainingWarnings");
    QVERIFY(mark && !mark->isVisible());
    clickAction(window, "actionTrain");
    QTRY_VERIFY_WITH_TIMEOUT(mark->isVisible(), 60000);
    QVERIFY2(mark->toolTip().contains("discriminator is winning"), qPrintable(mark->toolTip()));
    QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isActive(), 60000);
    QCOMPARE(int(window.controller()->state()), int(SessionState::Finished));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
