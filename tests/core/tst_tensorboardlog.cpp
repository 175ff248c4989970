// SPDX-License-Identifier: MIT
// TensorBoard event files: the writer's records read back by an independent
// reader (tests/tensorboardreader.h), and what a real training run writes.

#include "io/pngfile.h"
#include "io/tensorboardlog.h"
#include "tensorboardreader.h"
#include "testsupport.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace latent;
using namespace latent::testsupport;

namespace {

// The PNG bytes of an event, decoded by the core's own reader.
Image decodePng(const QByteArray& png, int channels)
{
    QTemporaryDir dir;
    writeFile(dir.filePath("event.png"), png);
    return readImage(dir.filePath("event.png").toStdString(), channels);
}

QStringList eventFiles(const QString& dir)
{
    QStringList files;
    for (const QString& name : QDir(dir).entryList({"events.out.tfevents.*"}, QDir::Files, QDir::Name))
        files << QDir(dir).filePath(name);
    return files;
}

} // namespace

class TestTensorBoardLog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void crc32cMatchesTheStandardCheckValue();
    void scalarsAndImagesRoundTrip();
    void aResumedRunStartsANewFileThatPurgesLaterSteps();
    void aCutRecordIsCaughtByTheReader();
    void aTrainingRunWritesItsCurvesAndGrids();
};

void TestTensorBoardLog::crc32cMatchesTheStandardCheckValue()
{
    // The CRC-32C check value (RFC 3720's polynomial) of "123456789".
    QCOMPARE(TensorBoardLog::crc32c("123456789", 9), 0xE3069283u);
    QCOMPARE(TensorBoardLog::crc32c("", 0), 0u);
    QCOMPARE(tensorboard_detail::crc32c("123456789", 9), 0xE3069283u);
}

void TestTensorBoardLog::scalarsAndImagesRoundTrip()
{
    QTemporaryDir dir;
    Image image(5, 3, 3);
    for (std::size_t i = 0; i < image.pixels.size(); ++i)
        image.pixels[i] = std::uint8_t(i * 17);
    std::string path;
    {
        TensorBoardLog log(dir.filePath("tb").toStdString());
        path = log.path();
        log.addScalars(10, {"loss_d", "loss_g"}, {0.5, 1.25});
        log.addScalars(20, {"loss_d", "loss_g"}, {0.25, -3.5e6});
        log.addImage(20, "samples", image, encodePng(image));
    }
    QVERIFY(QFileInfo(QString::fromStdString(path)).fileName().startsWith("events.out.tfevents."));
    const TensorBoardFile file = readTensorBoardFile(QString::fromStdString(path));
    QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
    QCOMPARE(int(file.events.size()), 4);
    QCOMPARE(file.events[0].fileVersion, std::string("brain.Event:2"));
    QVERIFY(std::abs(file.events[0].wallTime - QDateTime::currentMSecsSinceEpoch() / 1000.0) < 60.0);

    const TensorBoardEvent& second = file.events[2];
    QCOMPARE(second.step, std::int64_t(20));
    QCOMPARE(int(second.values.size()), 2);
    QCOMPARE(second.values[0].tag, std::string("loss_d"));
    QCOMPARE(*second.values[0].scalar, 0.25f);
    QCOMPARE(*second.values[1].scalar, -3.5e6f);

    const TensorBoardValue& picture = file.events[3].values.at(0);
    QCOMPARE(picture.tag, std::string("samples"));
    QCOMPARE(picture.imageWidth, 5);
    QCOMPARE(picture.imageHeight, 3);
    QCOMPARE(picture.imageColorspace, 3);
    const Image decoded = decodePng(picture.imagePng, 3);
    QCOMPARE(decoded.width, 5);
    QCOMPARE(decoded.height, 3);
    QCOMPARE(decoded.channels, 3);
    QVERIFY(decoded.pixels == image.pixels);
}

void TestTensorBoardLog::aResumedRunStartsANewFileThatPurgesLaterSteps()
{
    QTemporaryDir dir;
    const std::string tb = dir.filePath("tb").toStdString();
    const std::string first = TensorBoardLog(tb).path();
    const std::string second = TensorBoardLog(tb, 500).path();
    QVERIFY(first != second);
    QVERIFY(second > first); // TensorBoard reads a folder's files in name order
    const TensorBoardFile file = readTensorBoardFile(QString::fromStdString(second));
    QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
    QCOMPARE(int(file.events.size()), 2);
    QCOMPARE(file.events[1].sessionStatus, 1); // START
    QCOMPARE(file.events[1].step, std::int64_t(500));
}

void TestTensorBoardLog::aCutRecordIsCaughtByTheReader()
{
    // The reader is strict: if the writer framed records wrongly, the tests
    // above would say so rather than read garbage.
    QTemporaryDir dir;
    std::string path;
    {
        TensorBoardLog log(dir.filePath("tb").toStdString());
        path = log.path();
        log.addScalars(1, {"x"}, {1.0});
    }
    QFile file(QString::fromStdString(path));
    QVERIFY(file.resize(file.size() - 3));
    QVERIFY(readTensorBoardFile(QString::fromStdString(path)).error.startsWith("a cut record"));
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(20));
    QVERIFY(file.write("X") == 1);
    file.close();
    QVERIFY(!readTensorBoardFile(QString::fromStdString(path)).error.isEmpty());
}

void TestTensorBoardLog::aTrainingRunWritesItsCurvesAndGrids()
{
    QTemporaryDir dir;
    const QString project = dir.filePath("run");
    const QStringList tiny = {"--image-size", "16", "--width", "8", "--batch-size", "8", "--synthetic-count", "64",
                              "--threads", "1", "--log-every", "5", "--sample-every", "10", "--checkpoint-every", "10"};
    QProcess cli;
    cli.start(QStringLiteral(LATENT_CLI_PATH), QStringList{"train", "--project", project, "--steps", "20"} + tiny);
    QVERIFY(cli.waitForFinished(120000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    cli.start(QStringLiteral(LATENT_CLI_PATH), {"resume", "--project", project, "--steps", "10"});
    QVERIFY(cli.waitForFinished(120000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());

    const QStringList files = eventFiles(project + "/tensorboard");
    QCOMPARE(files.size(), 2);
    std::set<std::int64_t> scalarSteps, imageSteps;
    for (const QString& path : files) {
        const TensorBoardFile file = readTensorBoardFile(path);
        QVERIFY2(file.error.isEmpty(), qPrintable(path + ": " + file.error));
        for (const TensorBoardEvent& event : file.events)
            for (const TensorBoardValue& value : event.values) {
                if (value.tag == "loss_g") {
                    QVERIFY(std::isfinite(*value.scalar));
                    scalarSteps.insert(event.step);
                }
                if (value.tag == "samples") {
                    const Image grid = decodePng(value.imagePng, 1);
                    QCOMPARE(grid.width, value.imageWidth);
                    QVERIFY(grid.width > 8 * 16);
                    imageSteps.insert(event.step);
                }
            }
    }
    QCOMPARE(scalarSteps, (std::set<std::int64_t>{5, 10, 15, 20, 25, 30}));
    QCOMPARE(imageSteps, (std::set<std::int64_t>{10, 20, 30}));
    QCOMPARE(readTensorBoardFile(files[1]).events.at(1).sessionStatus, 1); // resumed at 20
    QCOMPARE(readTensorBoardFile(files[1]).events.at(1).step, std::int64_t(20));
}

QTEST_GUILESS_MAIN(TestTensorBoardLog)
#include "tst_tensorboardlog.moc"
