// SPDX-License-Identifier: MIT
// DatasetLoader: which reader a path is for (IDX, CIFAR-10, image folder),
// what it refuses, and loading each source with its warnings passed on.

#include "base/studioerror.h"
#include "data/datasetloader.h"
#include "imagefilebytes.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using latent::DatasetLoader;
using latent::DatasetSpec;
using latent::ImageDataset;
using namespace latent::testsupport;

class TestDatasetLoader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }
    void detectsTheDatasetKind_data();
    void detectsTheDatasetKind();
    void detectRefuses_data();
    void detectRefuses();
    void loaderReadsEachSource();
    void loaderRefusesMissingPaths();

private:
    QString makeDir(const QString& name)
    {
        const QString dir = m_tmp.filePath(name);
        return QDir().mkpath(dir) ? dir : QString();
    }
    static QByteArray grayPng(int value) { return makePng(20, 20, PngGray, 8, uniform({value})); }

    QTemporaryDir m_tmp;
};

void TestDatasetLoader::detectsTheDatasetKind_data()
{
    QTest::addColumn<QString>("layout"); // what to make
    QTest::addColumn<int>("expected");
    QTest::newRow("idx file") << "idx-file" << int(DatasetSpec::Source::Idx);
    QTest::newRow("gz idx file") << "idx-gz-file" << int(DatasetSpec::Source::Idx);
    QTest::newRow("idx folder") << "idx-folder" << int(DatasetSpec::Source::Idx);
    QTest::newRow("cifar batch file") << "cifar-file" << int(DatasetSpec::Source::Cifar10);
    QTest::newRow("cifar folder") << "cifar-folder" << int(DatasetSpec::Source::Cifar10);
    QTest::newRow("cifar archive folder") << "cifar-archive" << int(DatasetSpec::Source::Cifar10);
    QTest::newRow("image folder") << "images" << int(DatasetSpec::Source::ImageFolder);
}

void TestDatasetLoader::detectsTheDatasetKind()
{
    QFETCH(QString, layout);
    QFETCH(int, expected);
    const QString dir = makeDir("detect-" + layout);
    QString path = dir;
    if (layout == "idx-file")
        QVERIFY(writeFile(path = dir + "/train-images-idx3-ubyte", "x"));
    else if (layout == "idx-gz-file")
        QVERIFY(writeFile(path = dir + "/train-images-idx3-ubyte.gz", "x"));
    else if (layout == "idx-folder")
        QVERIFY(writeFile(dir + "/train-images-idx3-ubyte", "x"));
    else if (layout == "cifar-file")
        QVERIFY(writeFile(path = dir + "/data_batch_1.bin", "x"));
    else if (layout == "cifar-folder")
        QVERIFY(writeFile(dir + "/data_batch_1.bin", "x"));
    else if (layout == "cifar-archive")
        QVERIFY(writeFile(dir + "/cifar-10-batches-bin/data_batch_1.bin", "x"));
    else
        QVERIFY(writeFile(dir + "/cats/a.png", grayPng(1)));
    QCOMPARE(int(DatasetLoader::detect(path.toStdString())), expected);
}

void TestDatasetLoader::detectRefuses_data()
{
    QTest::addColumn<QString>("name"); // empty: the empty path
    QTest::addColumn<bool>("create");
    QTest::newRow("missing path") << "no-such-dataset" << false;
    QTest::newRow("a single image") << "one.png" << true;
    QTest::newRow("an unrelated file") << "notes.txt" << true;
    QTest::newRow("empty path") << QString() << false;
}

void TestDatasetLoader::detectRefuses()
{
    QFETCH(QString, name);
    QFETCH(bool, create);
    const QString path = name.isEmpty() ? QString() : makeDir("detect-refuses") + "/" + name;
    if (create)
        QVERIFY(writeFile(path, grayPng(3)));
    const auto error = studioErrorFrom([&] { DatasetLoader::detect(path.toStdString()); });
    const QString problem = badInputProblem(error, {path});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestDatasetLoader::loaderReadsEachSource()
{
    // Auto on an image folder: the folder reader, warnings passed through.
    const QString images = makeDir("loader-images");
    QVERIFY(writeFile(images + "/a.png", grayPng(40)));
    QVERIFY(writeFile(images + "/b.png", QByteArray("broken")));
    DatasetSpec spec;
    spec.source = DatasetSpec::Source::Auto;
    spec.path = images.toStdString();
    QStringList warnings;
    ImageDataset set = DatasetLoader::load(spec, 16, 3, 1, [&](const std::string& m) { warnings << QString::fromStdString(m); });
    QCOMPARE(set.count(), std::size_t(1));
    QCOMPARE(set.channels(), 3);
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().contains(images + "/b.png"));

    // Explicit folder source.
    spec.source = DatasetSpec::Source::ImageFolder;
    QCOMPARE(DatasetLoader::load(spec, 16, 1, 1).count(), std::size_t(1));

    // The built-in digits: as many as asked, at the asked shape.
    DatasetSpec digits;
    digits.source = DatasetSpec::Source::SyntheticDigits;
    digits.syntheticCount = 12;
    set = DatasetLoader::load(digits, 28, 1, 4);
    QCOMPARE(set.count(), std::size_t(12));
    QCOMPARE(set.size(), 28);
    QCOMPARE(set.labels()[11], 1);
    digits.syntheticCount = 0;
    const auto error = studioErrorFrom([&] { DatasetLoader::load(digits, 28, 1, 4); });
    const QString problem = badInputProblem(error, {});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestDatasetLoader::loaderRefusesMissingPaths()
{
    const QString missing = m_tmp.filePath("gone");
    for (auto source : {DatasetSpec::Source::Auto, DatasetSpec::Source::ImageFolder, DatasetSpec::Source::Idx,
                        DatasetSpec::Source::Cifar10}) {
        DatasetSpec spec;
        spec.source = source;
        spec.path = missing.toStdString();
        const auto error = studioErrorFrom([&] { DatasetLoader::load(spec, 28, 1, 1); });
        const QString problem = badInputProblem(error, {missing});
        QVERIFY2(problem.isEmpty(), qPrintable(QString::fromStdString(DatasetSpec::sourceName(source)) + ": " + problem));
    }
    // A path that is a file, given as an image folder.
    const QString file = makeDir("loader-file") + "/x.png";
    QVERIFY(writeFile(file, grayPng(9)));
    DatasetSpec spec;
    spec.source = DatasetSpec::Source::ImageFolder;
    spec.path = file.toStdString();
    const auto error = studioErrorFrom([&] { DatasetLoader::load(spec, 28, 1, 1); });
    const QString problem = badInputProblem(error, {file});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestDatasetLoader)
#include "tst_datasetloader.moc"
