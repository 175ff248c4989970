// SPDX-License-Identifier: MIT
// TrainingSession end to end on tiny models: commands between steps, live
// settings, divergence, bad input, a full disk, and destroying a session
// mid-run. Resuming from checkpoints is tst_trainingresume.

#include "io/pngfile.h"
#include "project/project.h"
#include "sessionrecorder.h"
#include "testsupport.h"
#include "train/checkpointstore.h"
#include "train/trainingsession.h"

#include <QFileInfo>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <mutex>

using namespace latent;
using namespace latent::testsupport;

namespace {

std::string dirIn(const QTemporaryDir& tmp, const char* name) { return tmp.filePath(name).toStdString(); }

} // namespace

class TestTrainingSession : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pauseStepResumeStop();
    void liveSettingsApply();
    void gridClassesShowAtOnce();
    void divergencePausesAndReverts();
    void missingDatasetFails();
    void destroyWhileRunning();
    void fullDiskPausesAndKeepsEveryFile_data();
    void fullDiskPausesAndKeepsEveryFile();
    void finalCheckpointWaitsForSpace();
    void discriminatorWinningIsWarned();
    void smallFolderTrains();
};

void TestTrainingSession::pauseStepResumeStop()
{
    QTemporaryDir tmp;
    ProjectConfig config = tinyConfig(ModelSpec::Family::Dcgan);
    config.training.steps = 100000;
    const Project project = Project::create(dirIn(tmp, "p"), config);
    SessionRecorder recorder;
    TrainingSession session(project, &recorder);
    session.start({});
    QVERIFY(waitFor([&] { return session.step() >= 3; }));

    session.pause();
    QVERIFY(waitFor([&] { return session.state() == SessionState::Paused; }));
    const auto pausedAt = session.step();
    QThread::msleep(300);
    QCOMPARE(session.step(), pausedAt);

    session.stepOnce();
    QVERIFY(waitFor([&] { return session.step() == pausedAt + 1; }));
    QThread::msleep(200);
    QCOMPARE(session.step(), pausedAt + 1);
    QCOMPARE(int(session.state()), int(SessionState::Paused));

    session.resume();
    QVERIFY(waitFor([&] { return session.step() >= pausedAt + 5; }));
    QElapsedTimer timer;
    timer.start();
    session.requestStop();
    QVERIFY(session.wait(10000));
    QVERIFY2(timer.elapsed() < 5000, "stop should take effect within a step");
    QCOMPARE(int(session.state()), int(SessionState::Stopped));
    // Stopping writes a checkpoint of the last step.
    QCOMPARE(CheckpointStore(project.checkpointsDir()).latest().step, session.step());
}

void TestTrainingSession::liveSettingsApply()
{
    QTemporaryDir tmp;
    ProjectConfig config = tinyConfig(ModelSpec::Family::Dcgan);
    config.training.steps = 30;
    const Project project = Project::create(dirIn(tmp, "p"), config);
    SessionRecorder recorder;
    TrainingSession session(project, &recorder);
    QVERIFY(startPaused(session));
    session.setDStepsPerGStep(3);
    session.setLearningRates(1e-4, 4e-4);
    session.resume();
    QVERIFY(session.wait(60000));
    QCOMPARE(int(session.state()), int(SessionState::Finished));
    QCOMPARE(recorder.rows.size(), std::size_t(30));
}

// The classes of the grid's rows change while paused: the grid of the step
// is drawn again with them; a name the model lacks is reported once.
void TestTrainingSession::gridClassesShowAtOnce()
{
    QTemporaryDir tmp;
    ProjectConfig config = tinyConfig(ModelSpec::Family::Dcgan);
    config.training.gridClasses = {"7", "3"};
    const Project project = Project::create(dirIn(tmp, "p"), config);
    SessionRecorder recorder;
    TrainingSession session(project, &recorder);
    QVERIFY(startPaused(session));
    const auto rows = [&] {
        std::lock_guard<std::mutex> lock(recorder.mutex);
        return (recorder.lastGridHeight - 2) / (16 + 2); // 16-pixel cells, 2 pixels apart
    };
    for (int i = 0; i < 5; ++i) // to the first grid
        session.stepOnce();
    QVERIFY(waitFor([&] { return recorder.count(recorder.grids) == 1; }));
    QCOMPARE(rows(), 2);

    session.setGridClasses({"9", "no such class", "1", "9", "5"});
    QVERIFY(waitFor([&] { return recorder.count(recorder.grids) == 2; }));
    QCOMPARE(recorder.grids.back(), std::int64_t(5)); // the same step, drawn again
    QCOMPARE(rows(), 3);
    QCOMPARE(recorder.count(recorder.warnings), std::size_t(1));
    QVERIFY(QString::fromStdString(recorder.warnings.front()).contains("no such class"));

    session.setGridClasses({}); // spread over all ten
    QVERIFY(waitFor([&] { return recorder.count(recorder.grids) == 3; }));
    QCOMPARE(rows(), 10);
    session.requestStop();
    QVERIFY(session.wait(20000));
}

// An absurd learning rate blows the weights up: the session pauses itself as
// Diverged, writes nothing from the broken weights, and can go back.
void TestTrainingSession::divergencePausesAndReverts()
{
    QTemporaryDir tmp;
    ProjectConfig config = tinyConfig(ModelSpec::Family::Vae);
    config.training.steps = 100000;
    config.training.checkpointEvery = 4;
    const Project project = Project::create(dirIn(tmp, "p"), config);
    SessionRecorder recorder;
    TrainingSession session(project, &recorder);
    session.start({});
    QVERIFY(waitFor([&] { return session.step() >= 6; }));
    session.setLearningRates(1e30, 1e30);
    QVERIFY(waitFor([&] { return session.state() == SessionState::Diverged; }));
    QVERIFY(recorder.lastMessage().find("diverged") != std::string::npos);
    const auto checkpointsAtDivergence = CheckpointStore(project.checkpointsDir()).list().size();
    const auto stepAtDivergence = session.step();
    QThread::msleep(200);
    QCOMPARE(session.step(), stepAtDivergence); // no steps on broken weights

    session.revertToLastCheckpoint();
    QVERIFY(waitFor([&] { return session.state() == SessionState::Paused; }));
    QVERIFY(session.step() < stepAtDivergence);
    QCOMPARE(session.step() % 4, std::int64_t(0));
    QVERIFY(recorder.lastMessage().find("Went back") != std::string::npos);

    session.setLearningRates(1e-3, 1e-3);
    session.requestStop();
    QVERIFY(session.wait(10000));
    QCOMPARE(int(session.state()), int(SessionState::Stopped));
    QVERIFY(CheckpointStore(project.checkpointsDir()).list().size() >= checkpointsAtDivergence);
}

void TestTrainingSession::missingDatasetFails()
{
    QTemporaryDir tmp;
    ProjectConfig config = tinyConfig(ModelSpec::Family::Dcgan);
    config.dataset.source = DatasetSpec::Source::Auto;
    config.dataset.path = tmp.filePath("no-such-folder").toStdString();
    const Project project = Project::create(dirIn(tmp, "p"), config);
    SessionRecorder recorder;
    TrainingSession session(project, &recorder);
    session.start({});
    QVERIFY(session.wait(20000));
    QCOMPARE(int(session.state()), int(SessionState::Failed));
    QCOMPARE(int(session.errorKind()), int(ErrorKind::BadInput));
    QVERIFY(session.errorMessage().find("no-such-folder") != std::string::npos);
    QVERIFY(CheckpointStore(project.checkpointsDir()).list().empty());
}

// Destroying a running session stops it within a step and keeps its work.
void TestTrainingSession::destroyWhileRunning()
{
    QTemporaryDir tmp;
    ProjectConfig config = tinyConfig(ModelSpec::Family::Dcgan);
    config.training.steps = 100000;
    const Project project = Project::create(dirIn(tmp, "p"), config);
    SessionRecorder recorder;
    QElapsedTimer timer;
    {
        TrainingSession session(project, &recorder);
        session.start({});
        QVERIFY(waitFor([&] { return session.step() >= 2; }));
        timer.start();
    }
    QVERIFY2(timer.elapsed() < 5000, "the destructor should stop the run within a step");
    QVERIFY(recorder.saw(SessionState::Stopped));
    QVERIFY(CheckpointStore(project.checkpointsDir()).latest().step >= 2);
}

void TestTrainingSession::fullDiskPausesAndKeepsEveryFile_data()
{
    QTest::addColumn<QString>("write"); // the one write due every step
    QTest::newRow("metrics log") << "metrics log";
    QTest::newRow("sample grid") << "sample grid";
    QTest::newRow("checkpoint") << "checkpoint";
}

// The disk fills up in the middle of a run: the failing write pauses training
// with a message naming it, every file is as it was byte for byte (no half
// row, no stray temporary), and once there is room again, resume goes on.
void TestTrainingSession::fullDiskPausesAndKeepsEveryFile()
{
    QFETCH(QString, write);
    QTemporaryDir tmp;
    ProjectConfig config = tinyConfig(ModelSpec::Family::Dcgan);
    config.training.steps = 3;
    const Project project = Project::create(dirIn(tmp, "p"), config);
    SessionRecorder first;
    runToEnd(project, {}, first); // step 3: a log row, a grid and a checkpoint

    ProjectConfig every = project.config();
    every.training.logEvery = write == "metrics log" ? 1 : 100000;
    every.training.sampleEvery = write == "sample grid" ? 1 : 100000;
    every.training.checkpointEvery = write == "checkpoint" ? 1 : 100000;
    Project resumed = Project::open(project.dir());
    resumed.saveConfig(every);
    SessionRecorder recorder;
    TrainingSession session(resumed, &recorder);
    TrainingSession::Options options;
    options.resume = true;
    options.targetSteps = 100000;
    QVERIFY(startPaused(session, options));

    const QString dir = QString::fromStdString(project.dir());
    const auto before = testsupport::fileHashes(dir);
    // Room for part of a metrics row; too little for any grid (even a grey
    // one compresses to a few hundred bytes) or checkpoint.
    const rlim_t room = write == "metrics log" ? rlim_t(QFileInfo(QString::fromStdString(project.metricsPath())).size() + 20)
                                               : rlim_t(64);
    {
        testsupport::FileSizeLimit full(room);
        QVERIFY(full.active());
        session.resume();
        QVERIFY2(waitFor([&] { return recorder.count(recorder.writeFailures) > 0; }),
                 (std::string(stateName(session.state())) + " at step " + std::to_string(session.step()) + ": "
                  + recorder.lastMessage()).c_str());
        QVERIFY(waitFor([&] { return session.state() == SessionState::Paused; }));
        const std::string message = recorder.writeFailures.front();
        QVERIFY2(message.find("Could not write the " + write.toStdString()) != std::string::npos, message.c_str());
        QVERIFY2(message.find("File too large") != std::string::npos || message.find("disk") != std::string::npos,
                 message.c_str());
        const auto stepAtFailure = session.step();
        QThread::msleep(100);
        QCOMPARE(session.step(), stepAtFailure); // paused, not lost
        const QString changed = testsupport::hashDifference(before, testsupport::fileHashes(dir));
        QVERIFY2(changed.isEmpty(), qPrintable(changed));
    }

    // Space again: the same write succeeds at the next step.
    const auto failures = recorder.count(recorder.writeFailures);
    const std::size_t rows = recorder.count(recorder.rows), grids = recorder.count(recorder.grids),
                      checkpoints = recorder.count(recorder.checkpoints);
    session.resume();
    QVERIFY(waitFor([&] {
        return recorder.count(recorder.rows) > rows || recorder.count(recorder.grids) > grids
            || recorder.count(recorder.checkpoints) > checkpoints;
    }));
    session.requestStop();
    QVERIFY(session.wait(20000));
    QCOMPARE(int(session.state()), int(SessionState::Stopped));
    QCOMPARE(recorder.count(recorder.writeFailures), failures);
    // Whole rows only: every line of the log parses.
    const QList<QByteArray> lines = testsupport::readFile(QString::fromStdString(project.metricsPath())).trimmed().split('\n');
    for (const QByteArray& line : lines)
        QCOMPARE(line.count(','), lines.front().count(','));
}

// The last step's checkpoint cannot be written: the session waits, paused,
// rather than ending without it; after space is freed, Resume writes it. A
// second stop while it waits gives up and says what is lost.
void TestTrainingSession::finalCheckpointWaitsForSpace()
{
    QTemporaryDir tmp;
    ProjectConfig config = tinyConfig(ModelSpec::Family::Vae);
    config.training.steps = 2;
    config.training.sampleEvery = 1000; // only the last step writes
    const Project project = Project::create(dirIn(tmp, "p"), config);
    SessionRecorder first;
    runToEnd(project, {}, first);

    for (const bool giveUp : {false, true}) {
        SessionRecorder recorder;
        TrainingSession session(project, &recorder);
        const std::int64_t target = CheckpointStore(project.checkpointsDir()).latest().step + 2;
        TrainingSession::Options options;
        options.resume = true;
        options.targetSteps = target;
        QVERIFY(startPaused(session, options));
        {
            testsupport::FileSizeLimit full(4096);
            session.resume();
            QVERIFY2(waitFor([&] { return session.step() == target && session.state() == SessionState::Paused; }),
                     (std::string(stateName(session.state())) + " at step " + std::to_string(session.step()) + ": "
                      + recorder.lastMessage()).c_str());
            QVERIFY(waitFor([&] { return recorder.count(recorder.writeFailures) >= 2; }));
            QVERIFY(!session.wait(200)); // still there, holding the weights
            if (giveUp) {
                session.requestStop();
                QVERIFY(session.wait(20000));
                QCOMPARE(int(session.state()), int(SessionState::Failed));
                QVERIFY2(session.errorMessage().find("are lost") != std::string::npos, session.errorMessage().c_str());
                continue;
            }
        }
        session.resume();
        QVERIFY(session.wait(20000));
        QCOMPARE(int(session.state()), int(SessionState::Finished));
        QCOMPARE(CheckpointStore(project.checkpointsDir()).latest().step, target);
    }
}

// D wins outright on BCE when the generator barely learns (learning rate 1e-8):
// one warning, training goes on.
void TestTrainingSession::discriminatorWinningIsWarned()
{
    QTemporaryDir tmp;
    ProjectConfig config = tinyConfig(ModelSpec::Family::Dcgan);
    config.training.steps = 400;
    config.training.logEvery = 100;
    config.training.sampleEvery = 1000;
    config.training.lrG = 1e-8;
    config.training.lrD = 2e-3;
    config.training.augment = "off"; // augmentation is there to keep D from winning
    const Project project = Project::create(dirIn(tmp, "p"), config);
    SessionRecorder recorder;
    runToEnd(project, {}, recorder);
    std::size_t winning = 0;
    for (const auto& warning : recorder.warnings)
        winning += warning.find("discriminator is winning") != std::string::npos ? 1 : 0;
    QCOMPARE(winning, std::size_t(1));
}

QTEST_GUILESS_MAIN(TestTrainingSession)
#include "tst_trainingsession.moc"

// A folder of ten photos trains, with batches of ten, and says so once; the
// cutout asked for is warned about, once, since on sets this small it leaks.
void TestTrainingSession::smallFolderTrains()
{
    QTemporaryDir tmp;
    QVERIFY(QDir().mkpath(tmp.filePath("photos")));
    for (int i = 0; i < 10; ++i) {
        Image image(20, 20, 3);
        for (std::size_t p = 0; p < image.pixels.size(); ++p)
            image.pixels[p] = std::uint8_t((p * (i + 1)) % 251);
        writePng(tmp.filePath(QString("photos/photo-%1.png").arg(i)).toStdString(), image);
    }
    ProjectConfig config = tinyConfig(ModelSpec::Family::Dcgan);
    config.dataset.source = DatasetSpec::Source::ImageFolder;
    config.dataset.path = tmp.filePath("photos").toStdString();
    config.dataset.heldOut = 0;
    config.model.channels = 3;
    config.training.batchSize = 64;
    config.training.steps = 4;
    config.training.augment = "color,translation,cutout";
    SessionRecorder recorder;
    runToEnd(Project::create(dirIn(tmp, "small"), config), {}, recorder);
    QCOMPARE(recorder.rows.size(), std::size_t(4));
    const auto saidOnce = [&](const std::string& text) {
        return std::count_if(recorder.warnings.begin(), recorder.warnings.end(),
                             [&](const std::string& w) { return w.find(text) != std::string::npos; }) == 1;
    };
    QVERIFY(saidOnce("Only 10 usable images: each batch holds 10 instead of 64"));
    QVERIFY(saidOnce("Cutout on a small data set (10 images) can leak into the samples"));
}
