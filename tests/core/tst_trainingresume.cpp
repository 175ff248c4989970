// SPDX-License-Identifier: MIT
// Resuming a TrainingSession: N steps, a checkpoint and M more give exactly
// the losses, augmentation strengths and grid of N + M in one go, for every
// loss and with every stabiliser on; a fork trains on as the original would;
// a damaged newest checkpoint falls back to the one before; another model's
// checkpoint is refused and left as it was.

#include "project/project.h"
#include "sessionrecorder.h"
#include "testsupport.h"
#include "train/checkpointfile.h"
#include "train/checkpointstore.h"
#include "train/trainingsession.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace latent;
using namespace latent::testsupport;

namespace {

// The tiny model, with flips on so resume must restore them too.
ProjectConfig flippedTinyConfig(ModelSpec::Family family, ModelSpec::GanLoss loss = ModelSpec::GanLoss::Bce)
{
    ProjectConfig c = tinyConfig(family, loss);
    c.dataset.horizontalFlip = true;
    return c;
}

std::string dirIn(const QTemporaryDir& tmp, const char* name) { return tmp.filePath(name).toStdString(); }

} // namespace

class TestTrainingResume : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void resumeMatchesOneRun_data();
    void resumeMatchesOneRun();
    void forkContinuesTheRun();
    void damagedNewestCheckpointFallsBack();
    void otherModelsCheckpointIsRefused();
};

void TestTrainingResume::resumeMatchesOneRun_data()
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
void TestTrainingResume::resumeMatchesOneRun()
{
    QFETCH(int, family);
    QFETCH(int, loss);
    QFETCH(bool, stabilisers);
    QFETCH(bool, conditional);
    ProjectConfig config = flippedTinyConfig(ModelSpec::Family(family), ModelSpec::GanLoss(loss));
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

    SessionRecorder straight;
    runToEnd(Project::create(dirIn(tmp, "straight"), config), {}, straight);
    QCOMPARE(straight.rows.size(), std::size_t(12));

    const Project split = Project::create(dirIn(tmp, "split"), config);
    SessionRecorder first, second;
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
void TestTrainingResume::forkContinuesTheRun()
{
    const ProjectConfig config = flippedTinyConfig(ModelSpec::Family::Dcgan);
    QTemporaryDir tmp;
    SessionRecorder straight;
    runToEnd(Project::create(dirIn(tmp, "straight"), config), {}, straight);

    ProjectConfig withCheckpoints = config;
    withCheckpoints.training.checkpointEvery = 5;
    withCheckpoints.training.keepCheckpoints = 0;
    const Project original = Project::create(dirIn(tmp, "original"), withCheckpoints);
    SessionRecorder first;
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

    SessionRecorder continued;
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
void TestTrainingResume::damagedNewestCheckpointFallsBack()
{
    ProjectConfig config = flippedTinyConfig(ModelSpec::Family::Vae);
    config.training.checkpointEvery = 4;
    config.training.keepCheckpoints = 0;
    QTemporaryDir tmp;
    const Project project = Project::create(dirIn(tmp, "p"), config);
    TrainingSession::Options eight;
    eight.targetSteps = 8;
    SessionRecorder first;
    runToEnd(project, eight, first);
    const std::string newest = CheckpointStore(project.checkpointsDir()).pathFor(8);
    QVERIFY(QFile::resize(QString::fromStdString(newest), 1000));

    SessionRecorder second;
    TrainingSession::Options resume;
    resume.resume = true;
    runToEnd(project, resume, second);
    QVERIFY(!second.warnings.empty());
    QVERIFY2(second.warnings.front().find(newest) != std::string::npos, second.warnings.front().c_str());
    QVERIFY(second.rows.count(5) == 1); // resumed after step 4
    QCOMPARE(second.rows.begin()->first, std::int64_t(5));
}

void TestTrainingResume::otherModelsCheckpointIsRefused()
{
    QTemporaryDir tmp;
    ProjectConfig vaeConfig = flippedTinyConfig(ModelSpec::Family::Vae);
    vaeConfig.training.steps = 2;
    const Project vae = Project::create(dirIn(tmp, "vae"), vaeConfig);
    SessionRecorder first;
    runToEnd(vae, {}, first);

    const Project gan = Project::create(dirIn(tmp, "gan"), flippedTinyConfig(ModelSpec::Family::Dcgan));
    const std::string foreign = CheckpointStore(gan.checkpointsDir()).pathFor(2);
    QVERIFY(QFile::copy(QString::fromStdString(CheckpointStore(vae.checkpointsDir()).latest().path),
                        QString::fromStdString(foreign)));
    const QByteArray before = [&] {
        QFile f(QString::fromStdString(foreign));
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();

    SessionRecorder recorder;
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

QTEST_GUILESS_MAIN(TestTrainingResume)
#include "tst_trainingresume.moc"
