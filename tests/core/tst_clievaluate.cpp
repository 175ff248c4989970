// SPDX-License-Identifier: MIT
// latent-cli evaluate as a user runs it (issue 16): the scores of a
// project's newest, best, named or every checkpoint, as text or JSON, in
// agreement with the scores training wrote; a TorchScript generator scored
// against a dataset; --checkpoint best for sample; and bad input that exits
// with 2 and a message naming the file.

#include "base/image.h"
#include "eval/evaluationlog.h"
#include "io/pngfile.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace latent;
using namespace latent::testsupport;

namespace {

QString everything(const CliResult& r) { return r.out + "\n" + r.err; }

// What a digits project's scores compare with, and in what features.
const QString kDigitsReference =
    "200 freshly rendered digits, in the features of a classifier of the data's 10 classes";

// Copies the folder `from` to the new folder `to`, files and subfolders.
bool copyFolder(const QString& from, const QString& to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!writeFile(to + "/" + QDir(from).relativeFilePath(path), readFile(path)))
            return false;
    }
    return true;
}

// A number as the scores lines print it: "170.2", "0", "-0.00031", "1.2e-05".
const QString kNumber = R"(-?\d+(?:\.\d+)?(?:e[-+]\d+)?)";

// "step 12: FD 170.2 ± 0.0037   KID ...": the step and FD of each scores line.
std::map<std::int64_t, double> scoresLines(const QString& out)
{
    const QRegularExpression line(QString(R"(^step (\d+): FD (%1) ± %1 +KID %1 ± %1 +precision %1 +recall %1 +)"
                                          R"(density %1 +coverage %1 +\(%1 s\)$)")
                                      .arg(kNumber),
                                  QRegularExpression::MultilineOption);
    std::map<std::int64_t, double> found;
    for (auto it = line.globalMatch(out); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        found[m.captured(1).toLongLong()] = m.captured(2).toDouble();
    }
    return found;
}

} // namespace

class TestCliEvaluate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void evaluatePrintsTheScores();
    void jsonHasEveryFieldAndAgreesWithTraining();
    void checkpointAllPrintsATableAndTheBest();
    void checkpointBestAndAStep_data();
    void checkpointBestAndAStep();
    void sampleDrawsTheBest();
    void exportedGeneratorIsScoredAgainstADataset();
    void imagesOfAnotherSizeAreScoredAtTheGenerators();
    void badInput_data();
    void badInput();

private:
    QTemporaryDir m_tmp;
    QString m_project;   // trained 12 steps, scored and checkpointed every 4
    QString m_generator; // its TorchScript export
    std::vector<EvalResult> m_trainingScores;
};

void TestCliEvaluate::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_project = m_tmp.filePath("p");
    const CliResult trained =
        runCli({"train", "--project", m_project, "--steps", "12", "--evaluate-every", "4", "--evaluation-samples",
                "200", "--checkpoint-every", "4", "--keep-checkpoints", "0", "--image-size", "16", "--width", "8",
                "--latent-dim", "8", "--batch-size", "8", "--synthetic-count", "64", "--threads", "1",
                "--sample-every", "12"});
    QVERIFY2(trained.exitCode == 0, qPrintable(everything(trained)));
    m_trainingScores = EvaluationLog::read((m_project + "/evaluation.csv").toStdString());
    QCOMPARE(m_trainingScores.size(), std::size_t(3));
    m_generator = m_tmp.filePath("G.pt");
    const CliResult exported = runCli({"export", "--project", m_project, "--torchscript", m_generator});
    QVERIFY2(exported.exitCode == 0, qPrintable(everything(exported)));
}

void TestCliEvaluate::evaluatePrintsTheScores()
{
    const CliResult r = runCli({"evaluate", "--project", m_project});
    QVERIFY2(r.exitCode == 0, qPrintable(everything(r)));
    const std::map<std::int64_t, double> lines = scoresLines(r.out);
    QCOMPARE(lines.size(), std::size_t(1));
    QCOMPARE(lines.begin()->first, std::int64_t(12)); // the newest checkpoint
    QVERIFY2(r.out.contains("not the Inception FIDs"), qPrintable(r.out));
    QVERIFY2(!r.out.contains("best:"), qPrintable(r.out)); // one checkpoint, no ranking
    QVERIFY2(r.err.contains("against " + kDigitsReference + " (200 samples each)"), qPrintable(r.err));
}

// The scores latent-cli prints for a checkpoint are the ones training wrote
// for its step: the same latents, the same 8-bit images, the same references.
void TestCliEvaluate::jsonHasEveryFieldAndAgreesWithTraining()
{
    const CliResult r = runCli({"evaluate", "--project", m_project, "--checkpoint", "all", "--json"});
    QVERIFY2(r.exitCode == 0, qPrintable(everything(r)));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + ": " + r.out));
    const QJsonObject json = document.object();
    QCOMPARE(json.value("reference").toString(), kDigitsReference);
    QCOMPARE(json.value("samples").toInt(), 200);
    QVERIFY2(json.value("feature_space").toString().contains("classifier of the data's 10 classes"),
             qPrintable(json.value("feature_space").toString()));
    QCOMPARE(qint64(json.value("best_step").toDouble()), qint64(EvaluationLog::best(m_trainingScores)->step));
    const QJsonArray results = json.value("results").toArray();
    QCOMPARE(results.size(), qsizetype(m_trainingScores.size()));
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject row = results[i].toObject();
        const EvalResult& trained = m_trainingScores[std::size_t(i)];
        QCOMPARE(qint64(row.value("step").toDouble()), qint64(trained.step));
        for (const std::string& name : EvalResult::columnNames())
            QVERIFY2(row.value(QString::fromStdString(name)).isDouble(), name.c_str());
        QCOMPARE(row.value("samples").toInt(), 200);
        QCOMPARE(row.value("references").toInt(), 200);
        // Round-off only: BLAS sums in another order with the CLI's threads.
        const auto agrees = [&](const char* name, double value, double tolerance) {
            const double printed = row.value(name).toDouble();
            return std::abs(printed - value) <= tolerance * std::max(1.0, std::abs(value));
        };
        const QString what = QString("step %1: CLI %2 vs training %3")
                                 .arg(trained.step)
                                 .arg(QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact)))
                                 .arg(trained.fd);
        QVERIFY2(agrees("fd", trained.fd, 1e-4), qPrintable(what));
        QVERIFY2(agrees("kid", trained.kid, 1e-4), qPrintable(what));
        QVERIFY2(agrees("precision", trained.precision, 1e-9), qPrintable(what));
        QVERIFY2(agrees("recall", trained.recall, 1e-9), qPrintable(what));
        QVERIFY2(agrees("density", trained.density, 1e-9), qPrintable(what));
        QVERIFY2(agrees("coverage", trained.coverage, 1e-9), qPrintable(what));
    }
}

void TestCliEvaluate::checkpointAllPrintsATableAndTheBest()
{
    const CliResult r = runCli({"evaluate", "--project", m_project, "--checkpoint", "all"});
    QVERIFY2(r.exitCode == 0, qPrintable(everything(r)));
    const std::map<std::int64_t, double> lines = scoresLines(r.out);
    std::vector<std::int64_t> steps;
    for (const auto& [step, fd] : lines)
        steps.push_back(step);
    QCOMPARE(steps, (std::vector<std::int64_t>{4, 8, 12}));
    // The FDs differ past the digits printed here: the best is the one
    // training found (the JSON test shows the CLI's scores agree with it).
    const QRegularExpressionMatch best =
        QRegularExpression(QString(R"(^best: step (\d+) \(FD %1 ± %1\)$)").arg(kNumber),
                           QRegularExpression::MultilineOption)
            .match(r.out);
    QVERIFY2(best.hasMatch(), qPrintable(r.out));
    QCOMPARE(best.captured(1).toLongLong(), qint64(EvaluationLog::best(m_trainingScores)->step));
    const auto lowest = std::min_element(lines.begin(), lines.end(),
                                         [](const auto& a, const auto& b) { return a.second < b.second; });
    QCOMPARE(lines.at(best.captured(1).toLongLong()), lowest->second); // as far as the digits shown tell
}

void TestCliEvaluate::checkpointBestAndAStep_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("best") << "best";
    QTest::newRow("a step") << "8";
    QTest::newRow("a file") << "checkpoints/step-00000004.ckpt";
}

void TestCliEvaluate::checkpointBestAndAStep()
{
    QFETCH(QString, which);
    const QString argument = which.startsWith("checkpoints/") ? m_project + "/" + which : which;
    const CliResult r = runCli({"evaluate", "--project", m_project, "--checkpoint", argument});
    QVERIFY2(r.exitCode == 0, qPrintable(everything(r)));
    const std::map<std::int64_t, double> lines = scoresLines(r.out);
    QCOMPARE(lines.size(), std::size_t(1));
    const std::int64_t expected = which == "best"  ? EvaluationLog::best(m_trainingScores)->step
                                  : which == "8" ? 8
                                                 : 4;
    QCOMPARE(lines.begin()->first, expected);
}

void TestCliEvaluate::sampleDrawsTheBest()
{
    const std::int64_t best = EvaluationLog::best(m_trainingScores)->step;
    const QString byName = m_tmp.filePath("best.png");
    const QString byStep = m_tmp.filePath("step.png");
    CliResult r = runCli({"sample", "--project", m_project, "--checkpoint", "best", "--count", "4", "--grid", byName});
    QVERIFY2(r.exitCode == 0, qPrintable(everything(r)));
    r = runCli({"sample", "--project", m_project, "--checkpoint", QString::number(best), "--count", "4", "--grid",
                byStep});
    QVERIFY2(r.exitCode == 0, qPrintable(everything(r)));
    QVERIFY(!readFile(byName).isEmpty());
    QCOMPARE(readFile(byName), readFile(byStep)); // the same checkpoint, the same pixels and metadata
}

void TestCliEvaluate::exportedGeneratorIsScoredAgainstADataset()
{
    CliResult r = runCli({"evaluate", "--generator", m_generator, "--dataset", "synthetic-digits", "--samples", "200"});
    QVERIFY2(r.exitCode == 0, qPrintable(everything(r)));
    QCOMPARE(scoresLines(r.out).size(), std::size_t(1));
    const QString scoring = "Scoring " + m_generator + " against 200 images of built-in synthetic digits";
    QVERIFY2(r.err.contains(scoring) && r.err.contains("in the features of a classifier of the data's 10 classes"),
             qPrintable(r.err));
    r = runCli({"evaluate", "--generator", m_generator, "--dataset", "synthetic-digits", "--samples", "200",
                "--json"});
    QVERIFY2(r.exitCode == 0, qPrintable(everything(r)));
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value("samples").toInt(), 200);
    const QJsonArray results = json.value("results").toArray();
    QCOMPARE(results.size(), qsizetype(1));
    QCOMPARE(results[0].toObject().value("samples").toInt(), 200);
    QVERIFY(results[0].toObject().value("fd").toDouble() > 0);
}

// A folder of 24x24 colour images against the 16x16 gray generator: the
// images are brought to the generator's format, as for training. Below 1000
// images all of them are the reference and teach an autoencoder (no labels).
void TestCliEvaluate::imagesOfAnotherSizeAreScoredAtTheGenerators()
{
    const QString folder = m_tmp.filePath("rgb24");
    QVERIFY(QDir().mkpath(folder));
    for (int i = 0; i < 300; ++i) {
        Image image(24, 24, 3);
        for (std::size_t p = 0; p < image.pixels.size(); ++p)
            image.pixels[p] = std::uint8_t((p * (7 + i) + std::size_t(i) * 31) % 256);
        writePng(QString("%1/%2.png").arg(folder).arg(i).toStdString(), image);
    }
    const CliResult r = runCli({"evaluate", "--generator", m_generator, "--dataset", folder, "--json"});
    QVERIFY2(r.exitCode == 0, qPrintable(everything(r)));
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY2(json.value("reference")
                 .toString()
                 .startsWith("300 images of folder " + folder + ", in the features of an autoencoder of the data's images"),
             qPrintable(r.out));
    const QJsonObject scores = json.value("results").toArray().at(0).toObject();
    QCOMPARE(scores.value("references").toInt(), 300);
    QVERIFY(scores.value("fd").toDouble() > 0);
}

void TestCliEvaluate::badInput_data()
{
    // {P}: the trained project; {Q}: this row's project (made by `setup`);
    // {G}: the exported generator; {F}: a file that is not TorchScript.
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("named");
    QTest::addColumn<QString>("says");
    QTest::newRow("no checkpoints") << "untrained" << QStringList{"evaluate", "--project", "{Q}"}
                                    << "{Q}/checkpoints" << "no checkpoint";
    QTest::newRow("all of no checkpoints") << "untrained"
                                           << QStringList{"evaluate", "--project", "{Q}", "--checkpoint", "all"}
                                           << "{Q}/checkpoints" << "no checkpoint";
    QTest::newRow("damaged feature cache") << "garbage reference.npy" << QStringList{"evaluate", "--project", "{Q}"}
                                           << "{Q}/evaluation/reference.npy" << "NumPy";
    QTest::newRow("damaged feature network")
        << "garbage feature-network.pt" << QStringList{"evaluate", "--project", "{Q}"}
        << "{Q}/evaluation/feature-network.pt" << "is damaged";
    QTest::newRow("best without scores") << "no evaluation.csv"
                                         << QStringList{"evaluate", "--project", "{Q}", "--checkpoint", "best"}
                                         << "{Q}/evaluation.csv" << "no quality scores";
    QTest::newRow("sample best without scores")
        << "no evaluation.csv"
        << QStringList{"sample", "--project", "{Q}", "--checkpoint", "best", "--grid", "{Q}/g.png"}
        << "{Q}/evaluation.csv" << "no quality scores";
    QTest::newRow("step not there") << "" << QStringList{"evaluate", "--project", "{P}", "--checkpoint", "5"}
                                    << "{P}/checkpoints/step-00000005.ckpt" << "does not exist";
    QTest::newRow("generator not TorchScript")
        << "" << QStringList{"evaluate", "--generator", "{F}", "--dataset", "synthetic-digits"} << "{F}" << "";
    QTest::newRow("dataset missing")
        << "" << QStringList{"evaluate", "--generator", "{G}", "--dataset", "{Q}/nowhere"} << "{Q}/nowhere" << "";
    QTest::newRow("generator without dataset") << "" << QStringList{"evaluate", "--generator", "{G}"} << ""
                                               << "--generator needs --dataset";
    QTest::newRow("dataset without generator")
        << "" << QStringList{"evaluate", "--project", "{P}", "--dataset", "synthetic-digits"} << ""
        << "--dataset goes with --generator";
}

void TestCliEvaluate::badInput()
{
    QFETCH(QString, setup);
    QFETCH(QStringList, args);
    QFETCH(QString, named);
    QFETCH(QString, says);
    QTemporaryDir tmp;
    const QString q = tmp.filePath("q");
    const QString notScript = tmp.filePath("G.pt");
    QVERIFY(writeFile(notScript, "import torch  # a Python file, not TorchScript\n"));
    if (setup == "untrained") {
        Project::create(q.toStdString(), tinyConfig());
    } else if (!setup.isEmpty()) {
        QVERIFY(copyFolder(m_project, q));
        if (setup.startsWith("garbage "))
            QVERIFY(writeFile(q + "/evaluation/" + setup.mid(8), "garbage"));
        else if (setup == "no evaluation.csv")
            QVERIFY(QFile::remove(q + "/evaluation.csv"));
    }
    const auto fill = [&](QString text) {
        return text.replace("{P}", m_project).replace("{Q}", q).replace("{G}", m_generator).replace("{F}", notScript);
    };
    for (QString& arg : args)
        arg = fill(arg);
    const CliResult r = runCli(args);
    QVERIFY2(r.exitCode == 2, qPrintable(QString("exit %1: %2").arg(r.exitCode).arg(everything(r))));
    QVERIFY2(r.err.contains(fill(named)), qPrintable(r.err));
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out)); // no scores printed for a failure
}

QTEST_GUILESS_MAIN(TestCliEvaluate)
#include "tst_clievaluate.moc"
