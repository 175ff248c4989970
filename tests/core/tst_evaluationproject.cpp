// SPDX-License-Identifier: MIT
// Generator-quality evaluation (issue 16) in a project: the reference
// features cached with their feature network, evaluation.csv, choosing a
// checkpoint (newest, best, a step, a file), pruning that spares the best,
// and training runs that score themselves, keep their best checkpoint and
// still resume exactly.

#include "data/syntheticdigits.h"
#include "eval/checkpointchoice.h"
#include "eval/evaluationlog.h"
#include "eval/evaluator.h"
#include "eval/referencefeatures.h"
#include "eval/referenceset.h"
#include "io/npyfile.h"
#include "sessionrecorder.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

using namespace latent;
using namespace latent::testsupport;

namespace {

constexpr int kSize = 16;
constexpr std::uint64_t kSeed = 1;
constexpr int kSamples = 200;
const QByteArray kNoLog = "(no evaluation.csv)";

// The scores' columns but the time taken, which differs between runs.
std::vector<double> withoutTime(const EvalResult& r)
{
    std::vector<double> v = r.values();
    v.pop_back();
    return v;
}

// The images of `set` as [N, C, H, W] uint8.
torch::Tensor pixels(const ImageDataset& set)
{
    return torch::from_blob(const_cast<std::uint8_t*>(set.data()),
                            {std::int64_t(set.count()), set.channels(), set.size(), set.size()}, torch::kUInt8)
        .clone();
}

// Writes empty checkpoint files of these steps (CheckpointStore and
// chooseCheckpoint go by the names).
void writeCheckpoints(const Project& project, const std::vector<std::int64_t>& steps)
{
    for (std::int64_t step : steps)
        QVERIFY(writeFile(QString::fromStdString(CheckpointStore(project.checkpointsDir()).pathFor(step)), "x"));
}

void writeScores(const Project& project, const std::vector<std::pair<std::int64_t, double>>& stepAndFd)
{
    EvaluationLog log(project.evaluationPath(), -1);
    for (const auto& [step, fd] : stepAndFd) {
        EvalResult r;
        r.step = step;
        r.fd = fd;
        log.append(r);
    }
}

std::vector<std::int64_t> checkpointSteps(const Project& project)
{
    std::vector<std::int64_t> steps;
    for (const CheckpointStore::Entry& entry : CheckpointStore(project.checkpointsDir()).list())
        steps.push_back(entry.step);
    return steps;
}

// tinyConfig scored every 4 steps, keeping one checkpoint besides the best.
ProjectConfig scoredConfig()
{
    ProjectConfig config = tinyConfig();
    config.training.steps = 12;
    config.training.evaluateEvery = 4;
    config.training.keepCheckpoints = 1;
    config.training.checkpointEvery = 1000;
    return config;
}
} // namespace

class TestEvaluationProject : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void referenceFeaturesRoundTrip();
    void damagedReferenceCacheIsBadInput_data();
    void damagedReferenceCacheIsBadInput();
    void ofProjectComputesOnceThenReuses();
    void logRoundTripsEveryColumn();
    void logResumeDropsLaterRows();
    void logSkipsACutShortLastLine();
    void logRefusesAForeignHeader();
    void bestIsTheLowestFd();
    void chooseCheckpoint_data();
    void chooseCheckpoint();
    void chooseCheckpointErrors_data();
    void chooseCheckpointErrors();
    void pruneKeepsTheBest_data();
    void pruneKeepsTheBest();
    void trainingScoresItselfAndKeepsTheBest();
    void pruningSparesABestThatIsNotTheLast();
    void resumeWithScoresMatchesOneRun();

private:
    // The feature network of 200 digits, with 20 rows of made-up features.
    ReferenceFeatures testFeatures() const
    {
        return {*m_network, torch::randn({20, m_network->dimension()}), "20 test images"};
    }

    std::optional<FeatureNetwork> m_network;
    torch::Tensor m_images; // 20 other digits
};

void TestEvaluationProject::initTestCase()
{
    m_network = FeatureNetwork::train(SyntheticDigits::generate(200, kSize, 1, kSeed));
    ImageDataset others(kSize, 1);
    for (std::size_t i = 5000; i < 5020; ++i)
        others.append(SyntheticDigits::render(i, kSize, 1, kSeed), int(i % 10));
    m_images = pixels(others);
}

void TestEvaluationProject::referenceFeaturesRoundTrip()
{
    QTemporaryDir tmp;
    const std::string folder = tmp.filePath("evaluation").toStdString();
    const QJsonObject key = ReferenceFeatures::keyFor(tinyConfig());
    QVERIFY(!ReferenceFeatures::load(folder, key)); // no cache
    QCOMPARE(ReferenceFeatures::savedDescription(folder), std::string());
    const ReferenceFeatures saved = testFeatures();
    saved.save(folder, key);
    for (const char* file : {"feature-network.pt", "reference.npy", "reference.json"})
        QVERIFY2(QFileInfo::exists(QString::fromStdString(folder) + "/" + file), file);
    const std::optional<ReferenceFeatures> loaded = ReferenceFeatures::load(folder, key);
    QVERIFY(loaded);
    QVERIFY(torch::equal(loaded->features, saved.features));
    QCOMPARE(loaded->description, std::string("20 test images"));
    QCOMPARE(ReferenceFeatures::savedDescription(folder), std::string("20 test images"));
    QCOMPARE(int(loaded->network.kind()), int(FeatureNetwork::Kind::Classifier));
    QVERIFY(torch::equal(loaded->network.features(m_images), saved.network.features(m_images)));
    // The key covers what the features depend on...
    ProjectConfig other = tinyConfig();
    other.model.imageSize = 32;
    QVERIFY(!ReferenceFeatures::load(folder, ReferenceFeatures::keyFor(other)));
    other = tinyConfig();
    other.training.evaluationSamples = 300;
    QVERIFY(!ReferenceFeatures::load(folder, ReferenceFeatures::keyFor(other)));
    other = tinyConfig();
    other.dataset.syntheticCount = 512; // the digits' network learns from as many as the project renders
    QVERIFY(!ReferenceFeatures::load(folder, ReferenceFeatures::keyFor(other)));
    // ...and no more: not the seed (projects on the same data share their
    // reference), nor flips (they change training only).
    other = tinyConfig();
    other.training.seed = tinyConfig().training.seed + 1;
    QVERIFY(ReferenceFeatures::load(folder, ReferenceFeatures::keyFor(other)));
    other = tinyConfig();
    other.dataset.horizontalFlip = !other.dataset.horizontalFlip;
    QVERIFY(ReferenceFeatures::load(folder, ReferenceFeatures::keyFor(other)));
}

void TestEvaluationProject::damagedReferenceCacheIsBadInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("contents");
    QTest::newRow("reference.npy is garbage") << "reference.npy" << QByteArray("garbage, not NumPy");
    QTest::newRow("reference.npy is empty") << "reference.npy" << QByteArray();
    QTest::newRow("reference.npy of other rows") << "reference.npy" << QByteArray("npy 5x128");
    QTest::newRow("reference.npy of other columns") << "reference.npy" << QByteArray("npy 20x3");
    QTest::newRow("reference.json is garbage") << "reference.json" << QByteArray("{\"key\": ");
    QTest::newRow("reference.json is no object") << "reference.json" << QByteArray("[1, 2]");
    QTest::newRow("feature-network.pt is garbage") << "feature-network.pt" << QByteArray("garbage, not a network");
    QTest::newRow("feature-network.pt is empty") << "feature-network.pt" << QByteArray();
}

void TestEvaluationProject::damagedReferenceCacheIsBadInput()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, contents);
    QTemporaryDir tmp;
    const QString folder = tmp.filePath("evaluation");
    const QJsonObject key = ReferenceFeatures::keyFor(tinyConfig());
    testFeatures().save(folder.toStdString(), key);
    if (contents.startsWith("npy ")) { // a NumPy file, of another shape than reference.json says
        const QList<QByteArray> shape = contents.mid(4).split('x');
        const std::vector<float> values(std::size_t(shape[0].toInt() * shape[1].toInt()), 0.5f);
        writeNpy((folder + "/" + file).toStdString(), values.data(), shape[0].toInt(), shape[1].toInt());
    } else {
        QVERIFY(writeFile(folder + "/" + file, contents));
    }
    const QString problem = badInputProblem(
        studioErrorFrom([&] { ReferenceFeatures::load(folder.toStdString(), key); }), {folder + "/" + file});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestEvaluationProject::ofProjectComputesOnceThenReuses()
{
    QTemporaryDir tmp;
    const Project project = Project::create(tmp.filePath("p").toStdString(), tinyConfig());
    const ReferenceFeatures computed = ReferenceFeatures::ofProject(project.dir(), project.config());
    QCOMPARE(computed.features.size(0), std::int64_t(kSamples));
    QCOMPARE(computed.features.size(1), std::int64_t(computed.network.dimension()));
    QCOMPARE(int(computed.network.kind()), int(FeatureNetwork::Kind::Classifier));
    const std::string described =
        "200 freshly rendered digits, in the features of a classifier of the data's 10 classes";
    QCOMPARE(computed.description, described);
    QCOMPARE(ReferenceFeatures::savedDescription(project.evaluationDir()), described);
    const QJsonObject key = ReferenceFeatures::keyFor(project.config());
    const std::optional<ReferenceFeatures> cached = ReferenceFeatures::load(project.evaluationDir(), key);
    QVERIFY(cached);
    QVERIFY(torch::equal(cached->features, computed.features));
    QVERIFY(torch::equal(cached->network.features(m_images), computed.network.features(m_images)));
    // The features of the images a run took are the same as those computed
    // from the project's data, and so are those a run makes itself.
    ImageDataset data = SyntheticDigits::generate(256, kSize, 1, kSeed);
    const ReferenceSet taken = ReferenceSet::take(data, project.config().dataset, kSamples);
    QVERIFY(torch::equal(Evaluator::featuresOf(computed.network, taken.images), computed.features));
    const ReferenceFeatures made = ReferenceFeatures::make(taken, data, project.config().dataset);
    QVERIFY(torch::equal(made.features, computed.features));
    QCOMPARE(made.description, described);
    // A second call reads the cache: a marked cache comes back as it is.
    const torch::Tensor marked = torch::full({kSamples, computed.network.dimension()}, 0.5f);
    ReferenceFeatures{computed.network, marked, "marked"}.save(project.evaluationDir(), key);
    const ReferenceFeatures reread = ReferenceFeatures::ofProject(project.dir(), project.config());
    QVERIFY(torch::equal(reread.features, marked));
    QCOMPARE(reread.description, std::string("marked"));
    QVERIFY(
        torch::equal(ReferenceFeatures::ofProject(project.dir(), project.config(), &taken, &data).features, marked));
    // So does a project of another seed on the same data: the same reference.
    ProjectConfig reseeded = project.config();
    reseeded.training.seed += 1;
    QVERIFY(torch::equal(ReferenceFeatures::ofProject(project.dir(), reseeded).features, marked));
    // Another count is computed again, and cached in its place.
    ProjectConfig more = project.config();
    more.training.evaluationSamples = 300;
    QCOMPARE(ReferenceFeatures::ofProject(project.dir(), more).features.size(0), std::int64_t(300));
    QVERIFY(ReferenceFeatures::load(project.evaluationDir(), ReferenceFeatures::keyFor(more)));
}

void TestEvaluationProject::logRoundTripsEveryColumn()
{
    QTemporaryDir tmp;
    const std::string path = tmp.filePath("evaluation.csv").toStdString();
    QCOMPARE(EvaluationLog::read(path).size(), std::size_t(0)); // a missing file: no rows
    QVERIFY(writeFile(tmp.filePath("evaluation.csv"), ""));
    QCOMPARE(EvaluationLog::read(path).size(), std::size_t(0)); // nor an empty one (a crash as it was made)
    EvalResult r;
    r.step = 1500;
    r.fd = 12.3456789;
    r.fdError = 0.125;
    r.kid = -0.0003125;
    r.kidError = 0.0001;
    r.precision = 0.715;
    r.recall = 0.5;
    r.density = 1.0625;
    r.coverage = 0.655;
    r.samples = 2000;
    r.references = 1999;
    r.seconds = 3.25;
    {
        EvaluationLog log(path, -1);
        log.append(r);
        EvalResult second = r;
        second.step = 3000;
        second.fd = 7.5;
        log.append(second);
    }
    QVERIFY(readFile(tmp.filePath("evaluation.csv"))
                .startsWith("step,fd,fd_error,kid,kid_error,precision,recall,density,coverage,samples,references,"
                            "seconds\n1500,"));
    const std::vector<EvalResult> rows = EvaluationLog::read(path);
    QCOMPARE(rows.size(), std::size_t(2));
    QCOMPARE(rows[0].step, std::int64_t(1500));
    QCOMPARE(rows[0].values(), r.values()); // nine significant digits hold these exactly
    QCOMPARE(rows[1].step, std::int64_t(3000));
    QCOMPARE(rows[1].fd, 7.5);
}

void TestEvaluationProject::logResumeDropsLaterRows()
{
    QTemporaryDir tmp;
    const std::string path = tmp.filePath("evaluation.csv").toStdString();
    {
        EvaluationLog log(path, -1);
        for (std::int64_t step : {4, 8, 12}) {
            EvalResult r;
            r.step = step;
            r.fd = double(step);
            log.append(r);
        }
    }
    {
        EvaluationLog resumed(path, 8); // a run resumed from the checkpoint of step 8
        EvalResult r;
        r.step = 9;
        resumed.append(r);
    }
    std::vector<std::int64_t> steps;
    for (const EvalResult& r : EvaluationLog::read(path))
        steps.push_back(r.step);
    QCOMPARE(steps, (std::vector<std::int64_t>{4, 8, 9}));
    // A fresh run starts the log anew.
    EvaluationLog fresh(path, -1);
    QCOMPARE(EvaluationLog::read(path).size(), std::size_t(0));
}

void TestEvaluationProject::logSkipsACutShortLastLine()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath("evaluation.csv");
    {
        EvaluationLog log(path.toStdString(), -1);
        EvalResult r;
        r.step = 4;
        log.append(r);
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write("8,1.5,0.25,0.01"); // a crash in the middle of a row
    file.close();
    const std::vector<EvalResult> rows = EvaluationLog::read(path.toStdString());
    QCOMPARE(rows.size(), std::size_t(1));
    QCOMPARE(rows[0].step, std::int64_t(4));
}

void TestEvaluationProject::logRefusesAForeignHeader()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath("evaluation.csv");
    QVERIFY(writeFile(path, "step,loss_d,loss_g\n1,0.5,0.7\n"));
    const QString problem =
        badInputProblem(studioErrorFrom([&] { EvaluationLog::read(path.toStdString()); }), {path, "other columns"});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // A resumed run does not write over it either.
    const QString resumed =
        badInputProblem(studioErrorFrom([&] { EvaluationLog log(path.toStdString(), 5); }), {path, "other columns"});
    QVERIFY2(resumed.isEmpty(), qPrintable(resumed));
    QCOMPARE(readFile(path), QByteArray("step,loss_d,loss_g\n1,0.5,0.7\n"));
}

void TestEvaluationProject::bestIsTheLowestFd()
{
    QVERIFY(!EvaluationLog::best({}));
    std::vector<EvalResult> rows;
    for (const auto& [step, fd] : std::vector<std::pair<int, double>>{{4, 9.0}, {8, 3.0}, {12, 5.0}, {16, 3.0}}) {
        rows.emplace_back();
        rows.back().step = step;
        rows.back().fd = fd;
    }
    const std::optional<EvalResult> best = EvaluationLog::best(rows);
    QVERIFY(best);
    QCOMPARE(best->step, std::int64_t(8)); // the earliest of equals
}

void TestEvaluationProject::chooseCheckpoint_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("expected"); // a step's file, or the text itself
    QTest::newRow("newest") << "" << "12";
    QTest::newRow("best") << "best" << "8";
    QTest::newRow("a step") << "4" << "4";
    QTest::newRow("a path") << "/elsewhere/step-00000004.ckpt" << "/elsewhere/step-00000004.ckpt";
    QTest::newRow("a relative file") << "mine.ckpt" << "mine.ckpt";
}

void TestEvaluationProject::chooseCheckpoint()
{
    QFETCH(QString, which);
    QFETCH(QString, expected);
    QTemporaryDir tmp;
    const Project project = Project::create(tmp.filePath("p").toStdString(), tinyConfig());
    writeCheckpoints(project, {4, 8, 12});
    writeScores(project, {{4, 9.0}, {8, 2.5}, {12, 4.0}});
    QCOMPARE(bestCheckpointStep(project), std::int64_t(8));
    bool isStep = false;
    const int step = expected.toInt(&isStep);
    const std::string path = isStep ? CheckpointStore(project.checkpointsDir()).pathFor(step) : expected.toStdString();
    QCOMPARE(latent::chooseCheckpoint(project, which.toStdString()), path);
}

void TestEvaluationProject::chooseCheckpointErrors_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QVector<int>>("checkpoints");
    QTest::addColumn<QByteArray>("scores"); // evaluation.csv; none for kNoLog
    QTest::addColumn<QString>("named");     // the file or folder the message names
    QTest::addColumn<QString>("says");
    const QByteArray best8 = QByteArray::fromStdString(EvaluationLog::header()) +
                             "\n4,9,0,0,0,0,0,0,0,0,0,0\n8,2.5,0,0,0,0,0,0,0,0,0,0\n";
    QTest::newRow("no checkpoint") << "" << QVector<int>{} << kNoLog << "checkpoints" << "no checkpoint";
    QTest::newRow("best without scores") << "best" << QVector<int>{4, 8} << kNoLog << "evaluation.csv"
                                         << "no quality scores";
    QTest::newRow("best of an empty log") << "best" << QVector<int>{4, 8}
                                          << QByteArray::fromStdString(EvaluationLog::header()) + "\n"
                                          << "evaluation.csv" << "no quality scores";
    QTest::newRow("best of an empty file (a crash as it was made)")
        << "best" << QVector<int>{4, 8} << QByteArray("") << "evaluation.csv" << "no quality scores";
    QTest::newRow("best of a foreign log") << "best" << QVector<int>{4, 8} << QByteArray("step,loss\n1,2\n")
                                           << "evaluation.csv" << "other columns";
    QTest::newRow("best's checkpoint gone") << "best" << QVector<int>{4, 12} << best8
                                            << "checkpoints/step-00000008.ckpt" << "step 8 scored best";
    QTest::newRow("step not there") << "5" << QVector<int>{4, 8} << best8 << "checkpoints/step-00000005.ckpt"
                                    << "does not exist";
}

void TestEvaluationProject::chooseCheckpointErrors()
{
    QFETCH(QString, which);
    QFETCH(QVector<int>, checkpoints);
    QFETCH(QByteArray, scores);
    QFETCH(QString, named);
    QFETCH(QString, says);
    QTemporaryDir tmp;
    const Project project = Project::create(tmp.filePath("p").toStdString(), tinyConfig());
    writeCheckpoints(project, std::vector<std::int64_t>(checkpoints.begin(), checkpoints.end()));
    if (scores != kNoLog)
        QVERIFY(writeFile(QString::fromStdString(project.evaluationPath()), scores));
    const QString problem = badInputProblem(
        studioErrorFrom([&] { latent::chooseCheckpoint(project, which.toStdString()); }),
        {QString::fromStdString(project.dir()) + "/" + named, says});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestEvaluationProject::pruneKeepsTheBest_data()
{
    QTest::addColumn<int>("keep");
    QTest::addColumn<int>("best");
    QTest::addColumn<QVector<int>>("left");
    QTest::newRow("keep 2, best older") << 2 << 3 << QVector<int>{3, 5, 6};
    QTest::newRow("keep 2, best among the newest") << 2 << 6 << QVector<int>{5, 6};
    QTest::newRow("keep 1, best the oldest") << 1 << 1 << QVector<int>{1, 6};
    QTest::newRow("keep 2, no best") << 2 << -1 << QVector<int>{5, 6};
    QTest::newRow("keep 2, best of a pruned step") << 2 << 4 << QVector<int>{4, 5, 6};
    QTest::newRow("keep 2, best never written") << 2 << 7 << QVector<int>{5, 6};
    QTest::newRow("keep all") << 0 << 3 << QVector<int>{1, 2, 3, 4, 5, 6};
}

void TestEvaluationProject::pruneKeepsTheBest()
{
    QFETCH(int, keep);
    QFETCH(int, best);
    QFETCH(QVector<int>, left);
    QTemporaryDir tmp;
    const Project project = Project::create(tmp.filePath("p").toStdString(), tinyConfig());
    writeCheckpoints(project, {1, 2, 3, 4, 5, 6});
    const int removed = CheckpointStore(project.checkpointsDir()).prune(keep, best);
    QCOMPARE(removed, 6 - int(left.size()));
    QCOMPARE(checkpointSteps(project), std::vector<std::int64_t>(left.begin(), left.end()));
}

// Scores every 4 steps, one checkpoint kept: the best's stays.
void TestEvaluationProject::trainingScoresItselfAndKeepsTheBest()
{
    QTemporaryDir tmp;
    const Project project = Project::create(tmp.filePath("p").toStdString(), scoredConfig());
    SessionRecorder run;
    runToEnd(project, {}, run, 300000);
    const std::vector<EvalResult> rows = EvaluationLog::read(project.evaluationPath());
    QCOMPARE(rows.size(), std::size_t(3));
    QCOMPARE(run.evaluated.size(), rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows[i].step, std::int64_t(4 * (i + 1)));
        QCOMPARE(rows[i].samples, kSamples);
        QCOMPARE(rows[i].references, kSamples);
        QVERIFY(rows[i].fd > 0);
        QCOMPARE(run.evaluated[i].step, rows[i].step); // the observer saw each row
        for (std::size_t c = 0; c < rows[i].values().size(); ++c)
            QVERIFY(std::abs(run.evaluated[i].values()[c] - rows[i].values()[c]) <=
                    1e-8 * std::abs(rows[i].values()[c]) + 1e-12);
    }
    for (const char* file : {"/feature-network.pt", "/reference.npy", "/reference.json"})
        QVERIFY2(QFileInfo::exists(QString::fromStdString(project.evaluationDir()) + file), file);
    const std::int64_t best = EvaluationLog::best(rows)->step;
    QCOMPARE(bestCheckpointStep(project), best);
    qInfo("FD by step: %g %g %g, best %lld", rows[0].fd, rows[1].fd, rows[2].fd, static_cast<long long>(best));
    // The best was saved when it scored, and pruning spared it.
    QVERIFY(std::count(run.checkpoints.begin(), run.checkpoints.end(), best) == 1);
    const std::set<std::int64_t> expected{best, 12};
    QCOMPARE(checkpointSteps(project), std::vector<std::int64_t>(expected.begin(), expected.end()));
    QCOMPARE(latent::chooseCheckpoint(project, "best"), CheckpointStore(project.checkpointsDir()).pathFor(best));
}

// A best that is not the last: scores after step 4 made worse by hand, so
// step 4 stays the best through the rest of the run, and through pruning.
void TestEvaluationProject::pruningSparesABestThatIsNotTheLast()
{
    QTemporaryDir tmp;
    const Project project = Project::create(tmp.filePath("p").toStdString(), scoredConfig());
    SessionRecorder first;
    TrainingSession::Options toFour;
    toFour.targetSteps = 4;
    runToEnd(project, toFour, first, 300000);
    std::vector<EvalResult> rows = EvaluationLog::read(project.evaluationPath());
    QCOMPARE(rows.size(), std::size_t(1));
    rows[0].fd = 0.0; // no later score can beat it
    {
        EvaluationLog log(project.evaluationPath(), -1);
        log.append(rows[0]);
    }
    SessionRecorder rest;
    TrainingSession::Options resume;
    resume.resume = true;
    runToEnd(project, resume, rest, 300000);
    QCOMPARE(rest.checkpoints, std::vector<std::int64_t>{12}); // no new best to save
    QCOMPARE(checkpointSteps(project), (std::vector<std::int64_t>{4, 12}));
    QCOMPARE(bestCheckpointStep(project), std::int64_t(4));
    std::vector<std::int64_t> steps;
    for (const EvalResult& r : EvaluationLog::read(project.evaluationPath()))
        steps.push_back(r.step);
    QCOMPARE(steps, (std::vector<std::int64_t>{4, 8, 12}));
}

// N steps, resume, M more: the same losses and the same scores as N + M in
// one go, with an extra score at N (a run's last step) in between.
void TestEvaluationProject::resumeWithScoresMatchesOneRun()
{
    QTemporaryDir tmp;
    ProjectConfig config = scoredConfig();
    config.dataset.horizontalFlip = true; // resume must restore the flips too
    SessionRecorder straight;
    runToEnd(Project::create(tmp.filePath("straight").toStdString(), config), {}, straight, 300000);

    const Project split = Project::create(tmp.filePath("split").toStdString(), config);
    SessionRecorder first, second;
    TrainingSession::Options firstHalf;
    firstHalf.targetSteps = 6;
    runToEnd(split, firstHalf, first, 300000);
    TrainingSession::Options rest;
    rest.resume = true;
    runToEnd(split, rest, second, 300000);

    for (std::int64_t step = 1; step <= 12; ++step) {
        const std::vector<double>& resumed = step <= 6 ? first.rows[step] : second.rows[step];
        QVERIFY2(!resumed.empty(), qPrintable(QString("no metrics for step %1").arg(step)));
        QVERIFY2(resumed == straight.rows[step], qPrintable(QString("step %1's metrics differ").arg(step)));
    }
    std::map<std::int64_t, EvalResult> splitScores;
    for (const SessionRecorder* half : {&first, &second})
        for (const EvalResult& r : half->evaluated)
            splitScores[r.step] = r;
    QCOMPARE(splitScores.size(), std::size_t(4)); // 4, 6 (the first half's end), 8, 12
    QCOMPARE(straight.evaluated.size(), std::size_t(3));
    for (const EvalResult& r : straight.evaluated) {
        QVERIFY2(splitScores.count(r.step), qPrintable(QString("no score at step %1").arg(r.step)));
        QVERIFY2(withoutTime(splitScores[r.step]) == withoutTime(r),
                 qPrintable(QString("step %1: FD %2 resumed vs %3 straight")
                                .arg(r.step)
                                .arg(splitScores[r.step].fd, 0, 'g', 17)
                                .arg(r.fd, 0, 'g', 17)));
    }
    std::vector<std::int64_t> steps;
    for (const EvalResult& r : EvaluationLog::read(split.evaluationPath()))
        steps.push_back(r.step);
    QCOMPARE(steps, (std::vector<std::int64_t>{4, 6, 8, 12}));
}

QTEST_GUILESS_MAIN(TestEvaluationProject)
#include "tst_evaluationproject.moc"
