// SPDX-License-Identifier: MIT
// TrainingSession end to end on tiny models: exact resume, commands between
// steps, divergence, bad input, and destroying a session mid-run.

#include "project/project.h"
#include "testsupport.h"
#include "train/checkpointstore.h"
#include "train/trainingsession.h"

#include <QDir>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QFile>
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
    std::vector<std::int64_t> checkpoints;
    std::vector<std::string> warnings;
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
    void divergencePausesAndReverts();
    void missingDatasetFails();
    void otherModelsCheckpointIsRefused();
    void destroyWhileRunning();
};

void TestTrainingSession::resumeMatchesOneRun_data()
{
    QTest::addColumn<int>("family");
    QTest::addColumn<int>("loss");
    QTest::newRow("dcgan-bce") << int(ModelSpec::Family::Dcgan) << int(ModelSpec::GanLoss::Bce);
    QTest::newRow("dcgan-wgan-gp") << int(ModelSpec::Family::Dcgan) << int(ModelSpec::GanLoss::WganGp);
    QTest::newRow("dcgan-hinge") << int(ModelSpec::Family::Dcgan) << int(ModelSpec::GanLoss::Hinge);
    QTest::newRow("dcgan-lsgan") << int(ModelSpec::Family::Dcgan) << int(ModelSpec::GanLoss::Lsgan);
    QTest::newRow("vae") << int(ModelSpec::Family::Vae) << int(ModelSpec::GanLoss::Bce);
}

// N steps, a checkpoint, resume, M steps: the same losses as N + M in one go.
void TestTrainingSession::resumeMatchesOneRun()
{
    QFETCH(int, family);
    QFETCH(int, loss);
    const ProjectConfig config = tinyConfig(ModelSpec::Family(family), ModelSpec::GanLoss(loss));
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

    // The log of the split run holds each step once, like the straight one.
    QFile metrics(QString::fromStdString(split.metricsPath()));
    QVERIFY(metrics.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = metrics.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 13);
    QVERIFY(lines[12].startsWith("12,"));
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
    TrainingSession::Options options;
    options.startPaused = true;
    session.start(options);
    QVERIFY(waitFor([&] { return session.state() == SessionState::Paused; }));
    session.setDStepsPerGStep(3);
    session.setLearningRates(1e-4, 4e-4);
    session.resume();
    QVERIFY(session.wait(60000));
    QCOMPARE(int(session.state()), int(SessionState::Finished));
    QCOMPARE(recorder.rows.size(), std::size_t(30));
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

QTEST_GUILESS_MAIN(TestTrainingSession)
#include "tst_trainingsession.moc"
