// SPDX-License-Identifier: MIT
// CIFAR-10 binary batches: records of a label byte then planar R, G, B.
// Checks the channel order, the batch files chosen in a folder, grayscale
// conversion, and that truncated files and bad labels are refused by name.

#include "base/studioerror.h"
#include "data/cifarreader.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using latent::CifarReader;
using latent::ErrorKind;
using latent::Image;
using latent::ImageDataset;
using latent::StudioError;
using namespace latent::testsupport;

namespace {

constexpr int kSide = 32;
constexpr int kPlane = kSide * kSide;
constexpr int kRecord = 1 + 3 * kPlane;

// Distinct patterns per plane so a swapped channel order shows.
std::uint8_t red(int record, int i) { return std::uint8_t((i + record * 11) % 256); }
std::uint8_t green(int record, int i) { return std::uint8_t((255 - i % 256 + record * 5) % 256); }
std::uint8_t blue(int record, int i) { return std::uint8_t((i * 7 + 3 + record) % 256); }

QByteArray patternRecord(int record, int label)
{
    QByteArray bytes;
    bytes.reserve(kRecord);
    bytes.append(char(label));
    for (int i = 0; i < kPlane; ++i)
        bytes.append(char(red(record, i)));
    for (int i = 0; i < kPlane; ++i)
        bytes.append(char(green(record, i)));
    for (int i = 0; i < kPlane; ++i)
        bytes.append(char(blue(record, i)));
    return bytes;
}

QByteArray uniformRecord(int label, int r, int g, int b)
{
    return QByteArray(1, char(label)) + QByteArray(kPlane, char(r)) + QByteArray(kPlane, char(g))
        + QByteArray(kPlane, char(b));
}

} // namespace

class TestCifarReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsOneBatchInRgbOrder();
    void readsEveryDataBatchOfAFolder();
    void namesClassesFromTheMetaFile();
    void findsBatchFiles_data();
    void findsBatchFiles();
    void refusesTruncatedFiles_data();
    void refusesTruncatedFiles();
    void refusesLabelsAboveNine();
    void missingOrEmptyPaths();
    void appendsBatchesFromMemory();
    void convertsToGray_data();
    void convertsToGray();
    void scalesToTheRequestedSize();

private:
    QString makeDir(const QString& name)
    {
        const QString dir = m_tmp.filePath(name);
        return QDir().mkpath(dir) ? dir : QString();
    }

    QTemporaryDir m_tmp;
};

void TestCifarReader::readsOneBatchInRgbOrder()
{
    QVERIFY(m_tmp.isValid());
    const QString path = makeDir("one") + "/data_batch_1.bin";
    const QList<int> labels{3, 0, 9, 5};
    QByteArray bytes;
    for (int r = 0; r < labels.size(); ++r)
        bytes += patternRecord(r, labels[r]);
    QVERIFY(writeFile(path, bytes));

    const ImageDataset set = CifarReader::read(path.toStdString(), kSide, 3);
    QCOMPARE(set.count(), std::size_t(labels.size()));
    QCOMPARE(set.size(), kSide);
    QCOMPARE(set.channels(), 3);
    // Only the classes present are kept (renumbered in order), by CIFAR-10's names.
    QCOMPARE(set.classNames(), (std::vector<std::string>{"airplane", "cat", "dog", "truck"}));
    QCOMPARE(set.labels(), (std::vector<int>{1, 0, 3, 2}));
    for (int r = 0; r < labels.size(); ++r) {
        const Image image = set.image(std::size_t(r));
        for (int i = 0; i < kPlane; ++i) {
            const std::uint8_t* px = &image.pixels[std::size_t(i) * 3];
            if (px[0] != red(r, i) || px[1] != green(r, i) || px[2] != blue(r, i))
                QFAIL(qPrintable(QString("record %1 pixel %2 is (%3, %4, %5), expected (%6, %7, %8)")
                                     .arg(r).arg(i)
                                     .arg(int(px[0])).arg(int(px[1])).arg(int(px[2]))
                                     .arg(int(red(r, i))).arg(int(green(r, i))).arg(int(blue(r, i)))));
        }
    }
    // The dataset itself is planar: the first plane of image 0 is red.
    QCOMPARE(int(set.data()[0]), int(red(0, 0)));
    QCOMPARE(int(set.data()[kPlane + 1]), int(green(0, 1)));
    QCOMPARE(int(set.data()[2 * kPlane + 2]), int(blue(0, 2)));
}

void TestCifarReader::readsEveryDataBatchOfAFolder()
{
    const QString dir = makeDir("folder");
    // Written out of order; read in name order. test_batch is not training data.
    QVERIFY(writeFile(dir + "/data_batch_2.bin", uniformRecord(2, 20, 20, 20) + uniformRecord(3, 30, 30, 30)));
    QVERIFY(writeFile(dir + "/data_batch_1.bin", uniformRecord(1, 10, 10, 10)));
    QVERIFY(writeFile(dir + "/test_batch.bin", uniformRecord(9, 90, 90, 90)));
    QVERIFY(writeFile(dir + "/batches.meta.txt", "airplane\nautomobile\n"));

    QStringList warnings;
    const ImageDataset set = CifarReader::read(dir.toStdString(), kSide, 1, [&](const std::string& w) {
        warnings << QString::fromStdString(w);
    });
    QCOMPARE(set.count(), std::size_t(3));
    // Labels 1, 2, 3: the other classes are left out. The two-line
    // batches.meta.txt names too few classes: CIFAR-10's own names stand.
    QCOMPARE(set.labels(), (std::vector<int>{0, 1, 2}));
    QCOMPARE(set.classNames(), (std::vector<std::string>{"automobile", "bird", "cat"}));
    QCOMPARE(warnings.size(), 2);
    QVERIFY2(warnings[0].contains("batches.meta.txt: holds 2 class names for 10 classes"), qPrintable(warnings[0]));
    QVERIFY2(warnings[1].contains("data_batch_1.bin: no image has the label of airplane, deer"),
             qPrintable(warnings[1]));
    QCOMPARE(int(set.image(0).pixels[100]), 10);
    QCOMPARE(int(set.image(1).pixels[100]), 20);
    QCOMPARE(int(set.image(2).pixels[100]), 30);
}

void TestCifarReader::namesClassesFromTheMetaFile()
{
    const QString dir = makeDir("meta");
    QByteArray bytes;
    QByteArray names;
    for (int label = 0; label < 10; ++label) {
        bytes += uniformRecord(label, label, label, label);
        names += "kind " + QByteArray::number(label) + "\n";
    }
    QVERIFY(writeFile(dir + "/data_batch_1.bin", bytes));
    QVERIFY(writeFile(dir + "/batches.meta.txt", names + "\n")); // the archive's file ends in a blank line
    const ImageDataset set = CifarReader::read(dir.toStdString(), kSide, 3);
    QCOMPARE(set.classCount(), 10);
    QCOMPARE(set.classNames()[4], std::string("kind 4"));
    QCOMPARE(set.labels()[4], 4);
    QCOMPARE(set.classCounts(), std::vector<std::size_t>(10, 1));
}

void TestCifarReader::findsBatchFiles_data()
{
    QTest::addColumn<QStringList>("files");    // created, relative to the folder
    QTest::addColumn<QStringList>("expected"); // found, relative to the folder, in order

    QTest::newRow("data batches only") << QStringList{"data_batch_3.bin", "data_batch_1.bin", "data_batch_2.bin"}
                                       << QStringList{"data_batch_1.bin", "data_batch_2.bin", "data_batch_3.bin"};
    QTest::newRow("test batch ignored beside data") << QStringList{"test_batch.bin", "data_batch_1.bin"}
                                                    << QStringList{"data_batch_1.bin"};
    QTest::newRow("test batch alone") << QStringList{"test_batch.bin", "readme.html"} << QStringList{"test_batch.bin"};
    QTest::newRow("unpacked archive") << QStringList{"cifar-10-batches-bin/data_batch_1.bin",
                                                     "cifar-10-batches-bin/data_batch_2.bin"}
                                      << QStringList{"cifar-10-batches-bin/data_batch_1.bin",
                                                     "cifar-10-batches-bin/data_batch_2.bin"};
    QTest::newRow("nothing") << QStringList{"notes.txt", "image.png"} << QStringList{};
}

void TestCifarReader::findsBatchFiles()
{
    QFETCH(QStringList, files);
    QFETCH(QStringList, expected);
    const QString dir = makeDir("find-" + QString(QTest::currentDataTag()).replace(' ', '-'));
    for (const QString& name : files) {
        QVERIFY(QDir(dir).mkpath(QFileInfo(name).path()));
        QVERIFY(writeFile(dir + "/" + name, uniformRecord(1, 50, 60, 70)));
    }
    QStringList found;
    for (const std::string& path : CifarReader::findBatchFiles(dir.toStdString()))
        found << QDir(dir).relativeFilePath(QString::fromStdString(path));
    QCOMPARE(found, expected);

    // One named file is read on its own.
    const std::string one = (dir + "/" + files.first()).toStdString();
    QCOMPARE(CifarReader::findBatchFiles(one), std::vector<std::string>{one});
}

void TestCifarReader::refusesTruncatedFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray two = patternRecord(0, 1) + patternRecord(1, 2);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one byte") << QByteArray(1, '\x01');
    QTest::newRow("half a record") << two.left(kRecord / 2);
    QTest::newRow("one byte short") << two.chopped(1);
    QTest::newRow("one byte over") << (two + QByteArray(1, '\0'));
    QTest::newRow("a text file") << QByteArray("label,r,g,b\n1,2,3,4\n");
}

void TestCifarReader::refusesTruncatedFiles()
{
    QFETCH(QByteArray, bytes);
    const QString dir = makeDir("truncated-" + QString(QTest::currentDataTag()).replace(' ', '-'));
    const QString path = dir + "/data_batch_1.bin";
    QVERIFY(writeFile(path, bytes));
    for (const QString& given : {path, dir}) {
        const auto error = studioErrorFrom([&] { CifarReader::read(given.toStdString(), kSide, 3); });
        const QString problem = badInputProblem(error, {path, QString::number(bytes.size())});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(QString::fromStdString(error->path()), path);
    }
}

void TestCifarReader::refusesLabelsAboveNine()
{
    for (int label : {10, 255}) {
        const QString dir = makeDir(QString("label-%1").arg(label));
        const QString good = dir + "/data_batch_1.bin";
        const QString bad = dir + "/data_batch_2.bin";
        QVERIFY(writeFile(good, patternRecord(0, 9)));
        QVERIFY(writeFile(bad, patternRecord(0, 4) + patternRecord(1, label) + patternRecord(2, 0)));
        const auto error = studioErrorFrom([&] { CifarReader::read(dir.toStdString(), kSide, 3); });
        const QString problem = badInputProblem(error, {bad, "label " + QString::number(label), "record 1"});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
}

void TestCifarReader::missingOrEmptyPaths()
{
    const QString missing = m_tmp.filePath("no-such-cifar");
    QVERIFY(CifarReader::findBatchFiles(missing.toStdString()).empty());
    auto error = studioErrorFrom([&] { CifarReader::read(missing.toStdString(), kSide, 3); });
    QString problem = badInputProblem(error, {missing});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const QString empty = makeDir("empty");
    error = studioErrorFrom([&] { CifarReader::read(empty.toStdString(), kSide, 3); });
    problem = badInputProblem(error, {empty});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestCifarReader::appendsBatchesFromMemory()
{
    const std::string name = "/memory/data_batch_3.bin";
    ImageDataset set(kSide, 3);
    const QByteArray two = patternRecord(0, 4) + patternRecord(1, 8);
    const auto* data = reinterpret_cast<const std::uint8_t*>(two.constData());
    CifarReader::appendBatch(data, std::size_t(two.size()), name, set);
    CifarReader::appendBatch(data, std::size_t(kRecord), name, set); // a second batch adds to the first
    QCOMPARE(set.labels(), (std::vector<int>{4, 8, 4}));
    QCOMPARE(int(set.image(1).pixels[0]), int(red(1, 0)));

    // Refusals name the buffer's file; these come before any record is added.
    for (const QByteArray& bad : {two.chopped(1), QByteArray(), patternRecord(0, 10)}) {
        const auto error = studioErrorFrom([&] {
            CifarReader::appendBatch(reinterpret_cast<const std::uint8_t*>(bad.constData()), std::size_t(bad.size()),
                                     name, set);
        });
        const QString problem = badInputProblem(error, {QString::fromStdString(name)});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(error->path(), name);
        QCOMPARE(set.count(), std::size_t(3));
    }
}

void TestCifarReader::convertsToGray_data()
{
    QTest::addColumn<int>("r");
    QTest::addColumn<int>("g");
    QTest::addColumn<int>("b");
    QTest::addColumn<int>("gray"); // ITU-R 601: 0.299 R + 0.587 G + 0.114 B
    QTest::newRow("gray stays gray") << 123 << 123 << 123 << 123;
    QTest::newRow("black") << 0 << 0 << 0 << 0;
    QTest::newRow("white") << 255 << 255 << 255 << 255;
    QTest::newRow("pure red") << 255 << 0 << 0 << 76;
    QTest::newRow("pure green") << 0 << 255 << 0 << 150;
    QTest::newRow("pure blue") << 0 << 0 << 255 << 29;
    QTest::newRow("orange") << 200 << 100 << 50 << 124;
}

void TestCifarReader::convertsToGray()
{
    QFETCH(int, r);
    QFETCH(int, g);
    QFETCH(int, b);
    QFETCH(int, gray);
    const QString path = makeDir("gray") + "/data_batch_1.bin";
    QVERIFY(writeFile(path, uniformRecord(6, r, g, b)));
    const ImageDataset set = CifarReader::read(path.toStdString(), kSide, 1);
    QCOMPARE(set.count(), std::size_t(1));
    QCOMPARE(set.channels(), 1);
    QCOMPARE(set.bytesPerImage(), std::size_t(kPlane));
    QCOMPARE(set.classNames()[std::size_t(set.labels()[0])], std::string("frog")); // label 6
    for (std::uint8_t v : set.image(0).pixels)
        QVERIFY2(qAbs(int(v) - gray) <= 1, qPrintable(QString("gray %1, expected %2").arg(int(v)).arg(gray)));
}

void TestCifarReader::scalesToTheRequestedSize()
{
    const QString path = makeDir("scaled") + "/data_batch_1.bin";
    QVERIFY(writeFile(path, uniformRecord(1, 200, 100, 50) + uniformRecord(2, 10, 20, 30)));
    for (int size : {16, 64}) {
        const ImageDataset set = CifarReader::read(path.toStdString(), size, 3);
        QCOMPARE(set.count(), std::size_t(2));
        QCOMPARE(set.size(), size);
        const Image image = set.image(0);
        QCOMPARE(image.width, size);
        for (int i = 0; i < size * size; ++i) {
            QVERIFY(qAbs(int(image.pixels[std::size_t(i) * 3 + 0]) - 200) <= 1);
            QVERIFY(qAbs(int(image.pixels[std::size_t(i) * 3 + 1]) - 100) <= 1);
            QVERIFY(qAbs(int(image.pixels[std::size_t(i) * 3 + 2]) - 50) <= 1);
        }
    }
}

QTEST_GUILESS_MAIN(TestCifarReader)
#include "tst_cifarreader.moc"
