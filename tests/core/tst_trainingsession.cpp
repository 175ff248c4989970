// SPDX-License-Identifier: MIT
// TrainingSession end to end on tiny models: exact resume, commands between
// steps, divergence, bad input, and destroying a session mid-run.

#include "io/pngfile.h"
#include "project/project.h"
#include "testsupport.h"
#include "train/checkpointfile.h"
#include "train/checkpointstore.h"
#include "train/trainingsession.h"

#include <QDir>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <map>
#include <mutex>

using namespace latent;

namespace {

// Records what the training thread reports.
class Recorder : public TrainingObserver {
public:
    void onStateChanged(SessionState state, const std::string& message) override
    {
        std::lock_guard<std::mutex> lock(mutex);
        states.push_back(state);
        messages.push_back(message);
    }
    void onMetrics(const StepMetrics& m) override
    {
        std::lock_guard<std::mutex> lock(mutex);
        rows[m.step] = m.values;
        if (m.augmentStrength)
            strengths[m.step] = *m.augmentStrength;
    }
    void onWarning(const std::string& message) override
    {
        std::lock_guard<std::mutex> lock(mutex);
        warnings.push_back(message);
    }
    void onCheckpointSaved(std::int64_t step, const std::string&) override
    {
        std::lock_guard<std::mutex> lock(mutex);
        checkpoints.push_back(step);
    }
    void onSampleGrid(std::int64_t step, const Image& grid, const std::string&) override
    {
        std::lock_guard<std::mutex> lock(mutex);
        grids.push_back(step);
        lastGridHeight = grid.height;
    }
    void onWriteFailed(const std::string& message) override
    {
        std::lock_guard<std::mutex> lock(mutex);
        writeFailures.push_back(message);
    }
    template <typename List>
    std::size_t count(const List& list)
    {
        std::lock_guard<std::mutex> lock(mutex);
        return list.size();
    }
    bool saw(SessionState s)
    {
        std::lock_guard<std::mutex> lock(mutex);
        return std::find(states.begin(), states.end(), s) != states.end();
    }
    std::string lastMessage()
    {
        std::lock_guard<std::mutex> lock(mutex);
        return messages.empty() ? std::string() : messages.back();
    }

    std::mutex mutex;
    std::vector<SessionState> states;
    std::vector<std::string> messages;
    std::map<std::int64_t, std::vector<double>> rows;
    std::map<std::int64_t, double> strengths; // adaptive augmentation's, where on
    std::vector<std::int64_t> checkpoints;
    std::vector<std::string> warnings;
    std::vector<std::int64_t> grids;
    int lastGridHeight = 0;
    std::vector<std::string> writeFailures;
};

// The tiny model, with flips on so resume must restore them too.
ProjectConfig tinyConfig(ModelSpec::Family family, ModelSpec::GanLoss loss = ModelSpec::GanLoss::Bce)
{
    ProjectConfig c = testsupport::tinyConfig(family, loss);
    c.dataset.horizontalFlip = true;
    return c;
}

std::string dirIn(const QTemporaryDir& tmp, const char* name) { return tmp.filePath(name).toStdString(); }

// Runs to the end and returns what was recorded.
void runToEnd(const Project& project, const TrainingSession::Options& options, Recorder& recorder)
{
    TrainingSession session(project, &recorder);
    session.start(options);
    QVERIFY(session.wait(120000));
    QCOMPARE(int(session.state()), int(SessionState::Finished));
}

bool waitFor(const std::function<bool()>& condition, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QThread::msleep(5);
    }
    return true;
}


// Starts `session` paused (with `options`) and waits until it is.
bool startPaused(TrainingSession& session, TrainingSession::Options options = {})
{
    options.startPaused = true;
    session.start(options);
    return waitFor([&] { return session.state() == SessionState::Paused; });
}

} // namespace

class TestTrainingSession : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void resumeMatchesOneRun_data();
    void resumeMatchesOneRun();
    void forkContinuesTheRun();
    void damagedNewestCheckpointFallsBack();
    void pauseStepResumeStop();
    void liveSettingsApply();
    void gridClassesShowAtOnce();
    void divergencePausesAndReverts();
    void missingDatasetFails();
    void otherModelsCheckpointIsRefused();
    void destroyWhileRunning();
    void fullDiskPausesAndKeepsEveryFile_data();
    void fullDiskPausesAndKeepsEveryFile();
    void finalCheckpointWaitsForSpace();
    void discriminatorWinningIsWarned();
    void smallFolderTrains();
};

void TestTrainingSession::resumeMatchesOneRun_data()
{
    QTest::addColumn<int>("family");
    QTest::addColumn<int>("loss");
    QTest::addColumn<bool>("stabilisers"); // spectral norm without BatchNorm in D; EMA and adaptive augmentation
    // The digits have labels: new projects train conditional on them; a
    // project from before conditional models (no "conditional" in its
    // project.json) trains without, as it did.
    QTest::addColumn<bool>("conditional");
    const auto gan = int(ModelSpec::Family::Dcgan);
    QTest::newRow("dcgan-bce") << gan << int(ModelSpec::GanLoss::Bce) << false << true;
    QTest::newRow("dcgan-wgan-gp") << gan << int(ModelSpec::GanLoss::WganGp) << false << true;
    QTest::newRow("dcgan-hinge") << gan << int(ModelSpec::GanLoss::Hinge) << false << true;
    QTest::newRow("dcgan-lsgan") << gan << int(ModelSpec::GanLoss::Lsgan) << false << true;
    QTest::newRow("dcgan-everything-on") << gan << int(ModelSpec::GanLoss::Hinge) << true << true;
    QTest::newRow("vae") << int(ModelSpec::Family::Vae) << int(ModelSpec::GanLoss::Bce) << false << true;
    QTest::newRow("dcgan-unconditional") << gan << int(ModelSpec::GanLoss::Bce) << false << false;
    QTest::newRow("vae-unconditional") << int(ModelSpec::Family::Vae) << int(ModelSpec::GanLoss::Bce) << false
                                       << false;
}

// N steps, a checkpoint, resume, M steps: the same losses as N + M in one go.
void TestTrainingSession::resumeMatchesOneRun()
{
    QFETCH(int, family);
    QFETCH(int, loss);
    QFETCH(bool, stabilisers);
    QFETCH(bool, conditional);
    ProjectConfig config = tinyConfig(ModelSpec::Family(family), ModelSpec::GanLoss(loss));
    if (!conditional) {
        // As a project.json of the last release reads: no "conditional" key.
        QJsonObject json = config.toJson();
        QJsonObject model = json.value("model").toObject();
        model.remove("conditional");
        json.insert("model", model);
        config = ProjectConfig::fromJson(json, "old project.json");
        QCOMPARE(int(config.model.conditioning), int(ModelSpec::Conditioning::Off));
    }
    if (stabilisers) {
        config.model.spectralNorm = true;
        config.model.minibatchStd = true;
        config.model.dNorm = ModelSpec::DiscriminatorNorm::None;
        config.training.emaKimg = 0.1;
        config.training.augment = "color,translation,cutout,adaptive";
    }
    QTemporaryDir tmp;

    Recorder straight;
    runToEnd(Project::create(dirIn(tmp, "straight"), config), {}, straight);
    QCOMPARE(straight.rows.size(), std::size_t(12));

    const Project split = Project::create(dirIn(tmp, "split"), config);
    Recorder first, second;
    TrainingSession::Options firstHalf;
    firstHalf.targetSteps = 5;
    runToEnd(split, firstHalf, first);
    QCOMPARE(CheckpointStore(split.checkpointsDir()).latest().step, std::int64_t(5));
    // The checkpoint holds the classes (conditional) or none (unconditional).
    const CheckpointFile::Contents saved = CheckpointFile::read(CheckpointStore(split.checkpointsDir()).latest().path);
    QCOMPARE(saved.spec.classCount(), conditional ? 10 : 0);
    if (conditional)
        QCOMPARE(saved.spec.classNames[7], std::string("7"));
    TrainingSession::Options rest;
    rest.resume = true;
    runToEnd(split, rest, second);

    for (std::int64_t step = 1; step <= 12; ++step) {
        const auto& resumed = step <= 5 ? first.rows[step] : second.rows[step];
        QVERIFY2(!resumed.empty(), qPrintable(QString("no metrics for step %1").arg(step)));
        for (std::size_t i = 0; i < resumed.size(); ++i)
            QVERIFY2(resumed[i] == straight.rows[step][i],
                     qPrintable(QString("step %1 metric %2: %3 resumed vs %4 straight")
                                    .arg(step)
                                    .arg(i)
                                    .arg(resumed[i], 0, 'g', 17)
                                    .arg(straight.rows[step][i], 0, 'g', 17)));
    }
    // Adaptive augmentation's strength moves every step and carries over the
    // checkpoint: every GAN here has it, the tiny data set's 256 images
    // under auto, or by name with everything on.
    const bool adaptive = ModelSpec::Family(family) == ModelSpec::Family::Dcgan;
    QCOMPARE(straight.strengths.size(), adaptive ? std::size_t(12) : std::size_t(0));
    if (adaptive) {
        QVERIFY(straight.strengths[12] > 0);
        for (std::int64_t step = 1; step <= 12; ++step)
            QCOMPARE((step <= 5 ? first : second).strengths[step], straight.strengths[step]);
    }

    // The log of the split run holds each step once, like the straight one.
    QFile metrics(QString::fromStdString(split.metricsPath()));
    QVERIFY(metrics.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = metrics.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 13);
    QVERIFY(lines[12].startsWith("12,"));

    // The last grid, drawn by the weight average where there is one, is the same image.
    auto lastGrid = [&tmp](const char* project) {
        QFile png(tmp.filePath(QString(project) + "/samples/step-00000012.png"));
        return png.open(QIODevice::ReadOnly) ? png.readAll() : QByteArray();
    };
    QVERIFY(!lastGrid("straight").isEmpty());
    QVERIFY(lastGrid("split") == lastGrid("straight"));
}

// A fork from step 5 is a new project that trains on exactly as the original
// would have, and leaves the original untouched.
void TestTrainingSession::forkContinuesTheRun()
{
    const ProjectConfig config = tinyConfig(ModelSpec::Family::Dcgan);
    QTemporaryDir tmp;
    Recorder straight;
    runToEnd(Project::create(dirIn(tmp, "straight"), config), {}, straight);

    ProjectConfig withCheckpoints = config;
    withCheckpoints.training.checkpointEvery = 5;
    withCheckpoints.training.keepCheckpoints = 0;
    const Project original = Project::create(dirIn(tmp, "original"), withCheckpoints);
    Recorder first;
    runToEnd(original, {}, first);
    const std::string at5 = CheckpointStore(original.checkpointsDir()).pathFor(5);
    const auto originalCheckpoints = CheckpointStore(original.checkpointsDir()).list().size();

    const Project forked = original.fork(dirIn(tmp, "forked"), at5);
    QCOMPARE(CheckpointStore(forked.checkpointsDir()).latest().step, std::int64_t(5));
    QFile metrics(QString::fromStdString(forked.metricsPath()));
    QVERIFY(metrics.open(QIODevice::ReadOnly));
    QCOMPARE(metrics.readAll().trimmed().split('\n').size(), 6); // header + steps 1-5
    QVERIFY(QFileInfo::exists(QString::fromStdString(forked.samplesDir() + "/step-00000005.png")));
    QVERIFY(!QFileInfo::exists(QString::fromStdString(forked.samplesDir() + "/step-00000010.png")));

    Recorder continued;
    TrainingSession::Options resume;
    resume.resume = true;
    runToEnd(forked, resume, continued);
    for (std::int64_t step = 6; step <= 12; ++step)
        QCOMPARE(continued.rows[step], straight.rows[step]);
    QCOMPARE(CheckpointStore(original.checkpointsDir()).list().size(), originalCheckpoints);
    // Forking into a folder that holds something is refused.
    QVERIFY_THROWS_EXCEPTION(StudioError, original.fork(dirIn(tmp, "forked"), at5));
}

// A newest checkpoint cut short (a crash mid-copy, a full disk elsewhere) is
// skipped with a warning naming it; the run resumes from the one before.
void TestTrainingSession::damagedNewestCheckpointFallsBack()
{
    ProjectConfig config = tinyConfig(ModelSpec::Family::Vae);
    config.training.checkpointEvery = 4;
    config.training.keepCheckpoints = 0;
    QTemporaryDir tmp;
    const Project project = Project::create(dirIn(tmp, "p"), config);
    TrainingSession::Options eight;
    eight.targetSteps = 8;
    Recorder first;
    runToEnd(project, eight, first);
    const std::string newest = CheckpointStore(project.checkpointsDir()).pathFor(8);
    QVERIFY(QFile::resize(QString::fromStdString(newest), 1000));

    Recorder second;
    TrainingSession::Options resume;
    resume.resume = true;
    runToEnd(project, resume, second);
    QVERIFY(!second.warnings.empty());
    QVERIFY2(second.warnings.front().find(newest) != std::string::npos, second.warnings.front().c_str());
    QVERIFY(second.rows.count(5) == 1); // resumed after step 4
    QCOMPARE(second.rows.begin()->first, std::int64_t(5));
}

void TestTrainingSession::pauseStepResumeStop()
{
    QTemporaryDir tmp;
    ProjectConfig config = tinyConfig(ModelSpec::Family::Dcgan);
    config.training.steps = 100000;
    const Project project = Project::create(dirIn(tmp, "p"), config);
    Recorder recorder;
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
    Recorder recorder;
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
    Recorder recorder;
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
    Recorder recorder;
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
    Recorder recorder;
    TrainingSession session(project, &recorder);
    session.start({});
    QVERIFY(session.wait(20000));
    QCOMPARE(int(session.state()), int(SessionState::Failed));
    QCOMPARE(int(session.errorKind()), int(ErrorKind::BadInput));
    QVERIFY(session.errorMessage().find("no-such-folder") != std::string::npos);
    QVERIFY(CheckpointStore(project.checkpointsDir()).list().empty());
}

void TestTrainingSession::otherModelsCheckpointIsRefused()
{
    QTemporaryDir tmp;
    ProjectConfig vaeConfig = tinyConfig(ModelSpec::Family::Vae);
    vaeConfig.training.steps = 2;
    const Project vae = Project::create(dirIn(tmp, "vae"), vaeConfig);
    Recorder first;
    runToEnd(vae, {}, first);

    const Project gan = Project::create(dirIn(tmp, "gan"), tinyConfig(ModelSpec::Family::Dcgan));
    const std::string foreign = CheckpointStore(gan.checkpointsDir()).pathFor(2);
    QVERIFY(QFile::copy(QString::fromStdString(CheckpointStore(vae.checkpointsDir()).latest().path),
                        QString::fromStdString(foreign)));
    const QByteArray before = [&] {
        QFile f(QString::fromStdString(foreign));
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();

    Recorder recorder;
    TrainingSession session(gan, &recorder);
    TrainingSession::Options options;
    options.resume = true;
    session.start(options);
    QVERIFY(session.wait(20000));
    QCOMPARE(int(session.state()), int(SessionState::Failed));
    QCOMPARE(int(session.errorKind()), int(ErrorKind::BadInput));
    const std::string message = session.errorMessage();
    QVERIFY2(message.find("another model") != std::string::npos, message.c_str());
    QVERIFY2(message.find(foreign) != std::string::npos, message.c_str());
    QFile after(QString::fromStdString(foreign));
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before); // nothing overwritten
}

// Destroying a running session stops it within a step and keeps its work.
void TestTrainingSession::destroyWhileRunning()
{
    QTemporaryDir tmp;
    ProjectConfig config = tinyConfig(ModelSpec::Family::Dcgan);
    config.training.steps = 100000;
    const Project project = Project::create(dirIn(tmp, "p"), config);
    Recorder recorder;
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
    Recorder first;
    runToEnd(project, {}, first); // step 3: a log row, a grid and a checkpoint

    ProjectConfig every = project.config();
    every.training.logEvery = write == "metrics log" ? 1 : 100000;
    every.training.sampleEvery = write == "sample grid" ? 1 : 100000;
    every.training.checkpointEvery = write == "checkpoint" ? 1 : 100000;
    Project resumed = Project::open(project.dir());
    resumed.saveConfig(every);
    Recorder recorder;
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
    Recorder first;
    runToEnd(project, {}, first);

    for (const bool giveUp : {false, true}) {
        Recorder recorder;
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
    Recorder recorder;
    runToEnd(project, {}, recorder);
    std::size_t winning = 0;
    for (const auto& warning : recorder.warnings)
        winning += warning.find("discriminator is winning") != std::string::npos ? 1 : 0;
    QCOMPARE(winning, std::size_t(1));
}

QTEST_GUILESS_MAIN(TestTrainingSession)
#include "tst_trainingsession.moc"

// A folder of ten photos trains, with batches of ten, and says so once.
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
    Recorder recorder;
    runToEnd(Project::create(dirIn(tmp, "small"), config), {}, recorder);
    QCOMPARE(recorder.rows.size(), std::size_t(4));
    const auto said = std::count_if(recorder.warnings.begin(), recorder.warnings.end(), [](const std::string& w) {
        return w.find("Only 10 usable images: each batch holds 10 instead of 64") != std::string::npos;
    });
    QCOMPARE(int(said), 1);
}
