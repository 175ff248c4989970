// SPDX-License-Identifier: MIT
// latent-cli as a user runs it: exit codes, messages that name the file, a
// full disk, locks and kill -9, and a real VAE run that learns. Exports,
// videos and bookmarks are tst_cliexport.

#include "base/image.h"
#include "io/pngfile.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace latent;
using namespace latent::testsupport;

namespace {

// An IDX images header (magic 0x00000803) for n images of rows x cols.
QByteArray idxHeader(quint32 magic, quint32 n, quint32 rows, quint32 cols)
{
    QByteArray header;
    for (quint32 v : {magic, n, rows, cols})
        for (int shift = 24; shift >= 0; shift -= 8)
            header.append(char((v >> shift) & 0xFF));
    return header;
}

Image testImage(int size, int shade)
{
    Image image(size, size, 3);
    for (std::size_t i = 0; i < image.pixels.size(); ++i)
        image.pixels[i] = std::uint8_t((i * 7 + std::size_t(shade)) % 256);
    return image;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void usageErrors_data();
    void usageErrors();
    void badInput_data();
    void badInput();
    void existingFolderIsNotOverwritten();
    void newerProjectFormatIsRefused();
    void damagedFilesExitWithTwoAndChangeNothing_data();
    void damagedFilesExitWithTwoAndChangeNothing();
    void fullDiskStopsWithTheNewestCheckpointIntact();
    void fullDiskExportsKeepTheOldFile_data();
    void fullDiskExportsKeepTheOldFile();
    void corruptImagesAreSkipped();
    void vaeLearnsThenSampleInfoResume();
    void oneTrainerAtATimeAndStaleLocksAreTakenOver();
    void survivesKillNineAtRandomMoments();
};

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no command") << QStringList{} << "Usage";
    QTest::newRow("unknown command") << QStringList{"fly"} << "unknown command";
    QTest::newRow("train without project") << QStringList{"train"} << "--project";
    QTest::newRow("bad model") << QStringList{"train", "--project", "x", "--model", "bigan"} << "unknown model";
    QTest::newRow("bad size") << QStringList{"train", "--project", "x", "--image-size", "7"} << "--image-size";
    QTest::newRow("bad device") << QStringList{"train", "--project", "x", "--device", "tpu"} << "unknown device";
    QTest::newRow("resume without steps") << QStringList{"resume", "--project", "x"} << "x";
    QTest::newRow("sample two outputs") << QStringList{"sample", "--project", "x", "--grid", "a.png", "--out", "d"} << "x";
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    QTemporaryDir tmp;
    QDir::setCurrent(tmp.path());
    const CliResult r = runCli(args, 30000);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2((r.out + r.err).contains(expected), qPrintable(r.out + r.err));
    QVERIFY(!QFileInfo::exists(tmp.filePath("x/project.json")));
}

void TestCli::badInput_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing path") << "missing" << "does not exist";
    QTest::newRow("empty folder") << "empty" << "no PNG, JPEG or BMP images";
    QTest::newRow("truncated idx") << "truncated.idx" << "truncated";
    QTest::newRow("wrong magic") << "magic.idx" << "wrong magic number";
    QTest::newRow("zero dimension idx") << "zero.idx" << "zero dimension";
    QTest::newRow("truncated cifar") << "cifar/data_batch_1.bin" << "not a whole number";
    QTest::newRow("only corrupt images") << "corrupt" << "could be read";
}

// Each bad dataset: exit 2, a message naming the file, and no checkpoint.
void TestCli::badInput()
{
    QFETCH(QString, fixture);
    QFETCH(QString, message);
    QTemporaryDir tmp;
    const QString path = tmp.filePath(fixture);
    if (fixture == "empty")
        QDir().mkpath(path);
    else if (fixture == "truncated.idx")
        QVERIFY(writeFile(path, idxHeader(0x803, 100, 28, 28) + QByteArray(500, '\0')));
    else if (fixture == "magic.idx")
        QVERIFY(writeFile(path, idxHeader(0x801, 100, 28, 28) + QByteArray(78400, '\0')));
    else if (fixture == "zero.idx")
        QVERIFY(writeFile(path, idxHeader(0x803, 0, 28, 28)));
    else if (fixture.startsWith("cifar"))
        QVERIFY(writeFile(path, QByteArray(3073 * 2 + 100, '\1')));
    else if (fixture == "corrupt") {
        QVERIFY(writeFile(path + "/a.png", "this is not a png"));
        QVERIFY(writeFile(path + "/b.jpg", QByteArray()));
    }
    const QString project = tmp.filePath("project");
    const CliResult r = runCli(QStringList{"train", "--project", project, "--dataset", path, "--steps", "2"} + kTinyCliOptions, 60000);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(r.err.contains(fixture.section('/', 0, 0)), qPrintable(r.err));
    QVERIFY2(!QFileInfo::exists(project), "a failed first run leaves no half-made project behind");
}

void TestCli::existingFolderIsNotOverwritten()
{
    QTemporaryDir tmp;
    const QString mine = tmp.filePath("mine/notes.txt");
    QVERIFY(writeFile(mine, "precious"));
    const CliResult r = runCli(QStringList{"train", "--project", tmp.filePath("mine"), "--steps", "1"} + kTinyCliOptions, 30000);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("not empty"), qPrintable(r.err));
    QCOMPARE(readFile(mine), QByteArray("precious"));
    QVERIFY(!QFileInfo::exists(tmp.filePath("mine/project.json")));
}

void TestCli::damagedFilesExitWithTwoAndChangeNothing_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("message");
    QTest::newRow("truncated checkpoint, sample") << "truncated checkpoint" << "sample" << "truncated";
    QTest::newRow("truncated checkpoint, resume") << "truncated checkpoint" << "resume" << "truncated";
    QTest::newRow("random checkpoint, sample") << "random checkpoint" << "sample" << "not a Latent Studio checkpoint";
    QTest::newRow("random checkpoint, export") << "random checkpoint" << "export" << "not a Latent Studio checkpoint";
    QTest::newRow("another model's checkpoint, resume") << "vae checkpoint" << "resume" << "another model";
    QTest::newRow("another model's checkpoint, sample") << "vae checkpoint" << "sample" << "another model";
    QTest::newRow("malformed project.json, info") << "malformed project" << "info" << "project.json";
    QTest::newRow("malformed project.json, resume") << "malformed project" << "resume" << "project.json";
    QTest::newRow("project.json without model, info") << "modelless project" << "info" << "project.json";
    QTest::newRow("missing project.json, resume") << "missing project" << "resume" << "project.json";
}

// A damaged checkpoint or project file: exit code 2, a message naming the file
// and the problem, and every file of the project exactly as it was.
void TestCli::damagedFilesExitWithTwoAndChangeNothing()
{
    QFETCH(QString, damage);
    QFETCH(QString, command);
    QFETCH(QString, message);
    QTemporaryDir tmp;
    const QString dir = tmp.filePath("p");
    const std::string newest = trainTinyProject(dir);
    QVERIFY(!newest.empty());
    QString checkpoint = tmp.filePath("bad.ckpt");
    const QByteArray good = readFile(QString::fromStdString(newest));
    if (damage == "truncated checkpoint") {
        QVERIFY(writeFile(checkpoint, good.left(good.size() / 2)));
    } else if (damage == "random checkpoint") {
        QByteArray noise(4096, '\0');
        for (char& c : noise)
            c = char(QRandomGenerator::global()->bounded(256));
        QVERIFY(writeFile(checkpoint, noise));
    } else if (damage == "vae checkpoint") {
        checkpoint = QString::fromStdString(trainTinyProject(tmp.filePath("vae"), ModelSpec::Family::Vae));
    } else if (damage == "malformed project") {
        QVERIFY(writeFile(dir + "/project.json", "{\"format\": \"latent-studio-project\", \"format_version\": 1, \"model\": "));
    } else if (damage == "modelless project") {
        QVERIFY(writeFile(dir + "/project.json", R"({"format": "latent-studio-project", "format_version": 1,
            "dataset": {}, "model": 7, "training": {}})"));
    } else if (damage == "missing project") {
        QVERIFY(QFile::remove(dir + "/project.json"));
    }
    const bool checkpointDamage = damage.contains("checkpoint");
    const auto before = fileHashes(dir);

    QStringList args{command, "--project", dir};
    if (checkpointDamage)
        args << "--checkpoint" << checkpoint;
    if (command == "sample")
        args << "--out" << tmp.filePath("samples");
    else if (command == "resume")
        args << "--steps" << "20";
    else if (command == "export")
        args << "--torchscript" << tmp.filePath("g.pt");
    const CliResult r = runCli(args, 60000);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    const QString named = checkpointDamage ? QFileInfo(checkpoint).fileName() : QString("project.json");
    QVERIFY2(r.err.contains(named), qPrintable(r.err));
    const QString changed = hashDifference(before, fileHashes(dir));
    QVERIFY2(changed.isEmpty(), qPrintable(changed));
}

// The disk fills up during a CLI run: with --retry-after 0 it stops at once,
// exit code 1, saying what failed and what is lost; the files it had are
// byte for byte intact.
void TestCli::fullDiskStopsWithTheNewestCheckpointIntact()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath("p");
    QVERIFY(!trainTinyProject(dir).empty());
    const auto before = fileHashes(dir);
    CliResult r;
    {
        // Inherited by the child: project.json (about 1.1 kB) and metrics rows
        // fit, a grid or checkpoint does not.
        FileSizeLimit full(1536);
        QVERIFY(full.active());
        r = runCli({"resume", "--project", dir, "--steps", "4", "--retry-after", "0"}, 60000);
    }
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Could not write the final checkpoint") && r.err.contains("File too large"), qPrintable(r.err));
    QVERIFY2(r.err.contains("are lost"), qPrintable(r.err));
    const auto after = fileHashes(dir);
    // metrics.csv may have grown by whole rows, and resume records its new
    // step target in project.json; everything else is as it was.
    const QStringList mayChange{"metrics.csv", "project.json"};
    for (const auto& [path, hash] : before)
        if (!mayChange.contains(path))
            QVERIFY2(after.count(path) && after.at(path) == hash, qPrintable(path + " changed"));
    // Only the resumed run's own TensorBoard file may be new (its header fits).
    for (const auto& [path, hash] : after)
        QVERIFY2(before.count(path) || path.startsWith("tensorboard/events.out.tfevents."),
                 qPrintable(path + " appeared"));
    const QList<QByteArray> rows = readFile(dir + "/metrics.csv").trimmed().split('\n');
    for (const QByteArray& row : rows)
        QCOMPARE(row.count(','), rows.front().count(','));
}

void TestCli::fullDiskExportsKeepTheOldFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("mp4") << "walk.mp4";
    QTest::newRow("gif") << "walk.gif";
    QTest::newRow("grid png") << "grid.png";
}

// An export over an existing file (--force) on a full disk: exit 1 naming the
// file, the old file byte for byte as it was, no temporary left beside it.
void TestCli::fullDiskExportsKeepTheOldFile()
{
    QFETCH(QString, name);
    QTemporaryDir tmp;
    const QString project = tmp.filePath("p");
    QVERIFY(!trainTinyProject(project).empty());
    QVERIFY(QDir().mkpath(tmp.filePath("out")));
    const QString out = tmp.filePath("out/" + name);
    const QStringList args = name.endsWith(".png")
        ? QStringList{"sample", "--project", project, "--count", "16", "--grid", out, "--force"}
        : QStringList{"interpolate", "--project", project, "--seeds", "1,2,3", "--frames", "10", "--out", out, "--force"};
    CliResult r = runCli(args);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const auto before = fileHashes(tmp.filePath("out"));
    {
        FileSizeLimit full(256); // far less than any of these files
        QVERIFY(full.active());
        r = runCli(args);
    }
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(name), qPrintable(r.err));
    const QString changed = hashDifference(before, fileHashes(tmp.filePath("out")));
    QVERIFY2(changed.isEmpty(), qPrintable(changed));
}

void TestCli::newerProjectFormatIsRefused()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath("future");
    const QByteArray json = R"({"format": "latent-studio-project", "format_version": 99,
        "dataset": {}, "model": {}, "training": {}})";
    QVERIFY(writeFile(dir + "/project.json", json));
    for (const QStringList& args : {QStringList{"info", "--project", dir}, QStringList{"resume", "--project", dir, "--steps", "5"}}) {
        const CliResult r = runCli(args, 30000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("newer") && r.err.contains("project.json"), qPrintable(r.err));
    }
    QCOMPARE(readFile(dir + "/project.json"), json);
}

void TestCli::corruptImagesAreSkipped()
{
    QTemporaryDir tmp;
    const QString data = tmp.filePath("images");
    QVERIFY(QDir().mkpath(data + "/sub"));
    for (int i = 0; i < 10; ++i)
        writePng(QString("%1/sub/good-%2.png").arg(data).arg(i).toStdString(), testImage(20, i * 25));
    QVERIFY(writeFile(data + "/broken.png", QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(40, 'x')));
    QVERIFY(writeFile(data + "/empty.jpg", QByteArray()));
    const CliResult r = runCli(QStringList{"train", "--project", tmp.filePath("p"), "--dataset", data, "--steps", "2",
                                           "--channels", "3"} + kTinyCliOptions, 120000);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains("broken.png: skipped"), qPrintable(r.err));
    QVERIFY2(r.err.contains("empty.jpg: skipped"), qPrintable(r.err));
    QVERIFY(QFileInfo::exists(tmp.filePath("p/checkpoints/step-00000002.ckpt")));
}

// The issue's acceptance run: a VAE on the built-in digits for 400 steps at
// seed 1 halves its reconstruction loss; then the other commands on it.
void TestCli::vaeLearnsThenSampleInfoResume()
{
    QTemporaryDir tmp;
    const QString project = tmp.filePath("vae");
    CliResult r = runCli({"train", "--project", project, "--dataset", "synthetic-digits", "--model", "vae", "--steps",
                          "400", "--seed", "1"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    const QList<QByteArray> lines = readFile(project + "/metrics.csv").trimmed().split('\n');
    QCOMPARE(lines.first(), QByteArray("step,elapsed_s,samples_per_s,loss,recon,kl"));
    QCOMPARE(lines.size(), 41); // header + every 10th step
    const double firstRecon = lines[1].split(',')[4].toDouble();
    const double lastRecon = lines.last().split(',')[4].toDouble();
    qInfo("reconstruction loss: %.2f at step 10, %.2f at step 400", firstRecon, lastRecon);
    QVERIFY(lastRecon > 0);
    QVERIFY2(lastRecon <= firstRecon / 2, qPrintable(QString("%1 -> %2").arg(firstRecon).arg(lastRecon)));

    r = runCli({"info", "--project", project}, 60000);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("step 400") && r.out.contains("sha256"), qPrintable(r.out));
    QVERIFY(r.out.contains("vae 28x28x1"));

    const QString grid = tmp.filePath("grid.png");
    r = runCli({"sample", "--project", project, "--count", "16", "--grid", grid, "--seed", "3"}, 60000);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const Image image = readImage(grid.toStdString(), 1);
    QCOMPARE(image.width, 4 * 30 + 2); // 4 columns of 28 px, 2 px padding
    QCOMPARE(image.height, 4 * 30 + 2);
    const QByteArray firstGrid = readFile(grid);
    r = runCli({"sample", "--project", project, "--count", "16", "--grid", grid}, 60000);
    QCOMPARE(r.exitCode, 2); // exists: not overwritten without --force
    QCOMPARE(readFile(grid), firstGrid);
    r = runCli({"sample", "--project", project, "--count", "16", "--grid", grid, "--seed", "3", "--force"}, 60000);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(readFile(grid), firstGrid); // same seed, same images

    r = runCli({"sample", "--project", project, "--count", "3", "--out", tmp.filePath("many")}, 60000);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QDir(tmp.filePath("many")).entryList(QDir::Files).size(), 3);
    // Each picture says where it came from.
    bool hasZ = false, hasHash = false;
    for (const auto& [key, value] : readPngText(tmp.filePath("many/sample-00001.png").toStdString())) {
        hasZ = hasZ || (key == "latent-studio.z" && value.front() == '[');
        hasHash = hasHash || (key == "latent-studio.model_sha256" && value.size() == 64);
    }
    QVERIFY(hasZ && hasHash);

    r = runCli({"resume", "--project", project, "--steps", "20"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QFileInfo::exists(project + "/checkpoints/step-00000420.ckpt"));
    QVERIFY(readFile(project + "/metrics.csv").split('\n').last().isEmpty());
    QCOMPARE(readFile(project + "/metrics.csv").trimmed().split('\n').size(), 43);
}

// While one latent-cli trains a project, a second is refused with a message
// naming the owner; after the first is killed (-9) its lock is stale and a
// resume takes it over.
void TestCli::oneTrainerAtATimeAndStaleLocksAreTakenOver()
{
    QTemporaryDir tmp;
    const QString project = tmp.filePath("busy");
    QProcess first;
    first.start(QStringLiteral(LATENT_CLI_PATH), QStringList{"train", "--project", project, "--steps", "1000000",
                                                              "--checkpoint-every", "2"} + kTinyCliOptions);
    // Any checkpoint: the one of step 2 is pruned once five newer exist.
    QTRY_VERIFY_WITH_TIMEOUT(CheckpointStore((project + "/checkpoints").toStdString()).latest().step >= 2, 60000);
    QVERIFY(QFileInfo::exists(project + "/.training.lock"));

    CliResult r = runCli({"resume", "--project", project, "--steps", "2"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(project) && r.err.contains("is being trained by latent-cli")
                 && r.err.contains(QString::number(first.processId())),
             qPrintable(r.err));

    first.kill(); // SIGKILL: no chance to remove the lock
    QVERIFY(first.waitForFinished(10000));
    QVERIFY(QFileInfo::exists(project + "/.training.lock"));
    r = runCli({"resume", "--project", project, "--steps", "2"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(project + "/.training.lock")); // released at the end
}

// kill -9 at random moments (checkpoints every 2 steps, so some kills land
// in a write): each time the project still opens, the newest checkpoint
// loads, resume continues, and nothing partial is left in the folder.
// tests/reliability/kill_during_training.sh does the same 50 times.
void TestCli::survivesKillNineAtRandomMoments()
{
    QTemporaryDir tmp;
    const QString project = tmp.filePath("killed");
    QCOMPARE(runCli(QStringList{"train", "--project", project, "--steps", "4", "--checkpoint-every", "2",
                                "--sample-every", "2"} + kTinyCliOptions).exitCode, 0);
    const QRegularExpression ours(R"(^(project\.json|metrics\.csv|bookmarks\.json|\.training\.lock|evaluation\.csv|)"
                                  R"(evaluation/(reference\.json|reference\.npy|feature-network\.pt)|)"
                                  R"(checkpoints/step-\d+\.ckpt|samples/step-\d+\.png|)"
                                  R"(tensorboard/events\.out\.tfevents\.[^/]+)$)");
    QRandomGenerator random(7);
    for (int i = 0; i < 10; ++i) {
        QProcess run;
        run.start(QStringLiteral(LATENT_CLI_PATH), {"resume", "--project", project, "--steps", "100000"});
        QVERIFY(run.waitForStarted());
        QTest::qWait(300 + int(random.bounded(2500)));
        run.kill();
        QVERIFY(run.waitForFinished(10000));
        QDirIterator files(project, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString relative = QDir(project).relativeFilePath(files.next());
            QVERIFY2(ours.match(relative).hasMatch(), qPrintable("left behind: " + relative));
        }
        CliResult r = runCli({"info", "--project", project});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({"resume", "--project", project, "--steps", "2"});
        QVERIFY2(r.exitCode == 0, qPrintable(QString("after kill %1: %2").arg(i).arg(r.err)));
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
