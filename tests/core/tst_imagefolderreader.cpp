// SPDX-License-Identifier: MIT
// Folders of PNG, JPEG and BMP images (written byte by byte by
// imagefilebytes.h): recursive sorted listing, bad files skipped with one
// warning each, colour models and bit depths converted, centre crops.

#include "base/studioerror.h"
#include "data/imagefolderreader.h"
#include "io/pngfile.h"
#include "imagefilebytes.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <optional>

using latent::ErrorKind;
using latent::Image;
using latent::ImageDataset;
using latent::ImageFolderReader;
using latent::StudioError;
using namespace latent::testsupport;

namespace {

// Every pixel of `image` within `tolerance` of `expected` (one value per channel).
QString uniformProblem(const Image& image, const QList<int>& expected, int tolerance)
{
    for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width; ++x)
            for (int c = 0; c < image.channels; ++c) {
                const int v = image.row(y)[x * image.channels + c];
                if (qAbs(v - expected[c]) > tolerance)
                    return QString("pixel (%1, %2) channel %3 is %4, expected %5").arg(x).arg(y).arg(c).arg(v).arg(expected[c]);
            }
    return {};
}

} // namespace

class TestImageFolderReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsAllFormatsRecursivelyInOrder();
    void labelsImagesByClassSubfolder();
    void imagesBesideClassFoldersAreUnlabelled();
    void skipsUnreadableFiles_data();
    void skipsUnreadableFiles();
    void refusesFoldersWithoutUsableImages_data();
    void refusesFoldersWithoutUsableImages();
    void refusesMissingFolderOrFile();
    void convertsColourAndDepth_data();
    void convertsColourAndDepth();
    void turnsExifRotatedJpegsUpright_data();
    void turnsExifRotatedJpegsUpright();
    void centreCropsNonSquareImages_data();
    void centreCropsNonSquareImages();

private:
    QString makeDir(const QString& name)
    {
        const QString dir = m_tmp.filePath(QString(name).replace(' ', '-'));
        return QDir().mkpath(dir) ? dir : QString();
    }
    QByteArray grayPng(int value, int side = 20) const { return makePng(side, side, PngGray, 8, uniform({value})); }

    QTemporaryDir m_tmp;
};

void TestImageFolderReader::initTestCase()
{
    QVERIFY(m_tmp.isValid());
}

void TestImageFolderReader::readsAllFormatsRecursivelyInOrder()
{
    const QString dir = makeDir("formats");
    QVERIFY(writeFile(dir + "/a.png", grayPng(10)));
    QVERIFY(writeFile(dir + "/sub/b.bmp", makeBmp(20, 20, [](int, int) { return QList<int>{60, 60, 60}; })));
    QVERIFY(writeFile(dir + "/sub/deeper/c.jpg", makeBlockyJpeg(3, 3, [](int, int) { return 110; })));
    QVERIFY(writeFile(dir + "/sub/deeper/d.jpeg", makeBlockyJpeg(3, 3, [](int, int) { return 160; })));
    QVERIFY(writeFile(dir + "/sub/E.PNG", grayPng(210))); // upper-case extension
    QVERIFY(writeFile(dir + "/notes.txt", "not an image"));
    QVERIFY(writeFile(dir + "/sub/data.csv", "1,2,3\n"));

    const QStringList expected{dir + "/a.png", dir + "/sub/E.PNG", dir + "/sub/b.bmp", dir + "/sub/deeper/c.jpg",
                               dir + "/sub/deeper/d.jpeg"};
    QStringList listed;
    for (const std::string& path : ImageFolderReader::listImages(dir.toStdString()))
        listed << QString::fromStdString(path);
    QCOMPARE(listed, expected);

    QStringList warnings;
    const ImageDataset set = ImageFolderReader::read(dir.toStdString(), 16, 1,
                                                     [&](const std::string& m) { warnings << QString::fromStdString(m); });
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join('\n')));
    QCOMPARE(set.count(), std::size_t(5));
    QCOMPARE(set.size(), 16);
    QCOMPARE(set.channels(), 1);
    const QList<int> values{10, 210, 60, 110, 160}; // in sorted path order
    for (int i = 0; i < values.size(); ++i) {
        const QString problem = uniformProblem(set.image(std::size_t(i)), {values[i]}, 2);
        QVERIFY2(problem.isEmpty(), qPrintable(expected[i] + ": " + problem));
        QCOMPARE(set.labels()[std::size_t(i)], -1);
    }
}

void TestImageFolderReader::labelsImagesByClassSubfolder()
{
    const QString dir = makeDir("classes");
    QVERIFY(writeFile(dir + "/dogs/c.png", grayPng(30)));
    QVERIFY(writeFile(dir + "/dogs/deeper/d.png", grayPng(40))); // below a class folder: still a dog
    QVERIFY(writeFile(dir + "/cats/a.png", grayPng(10)));
    QVERIFY(writeFile(dir + "/cats/b.bmp", makeBmp(20, 20, [](int, int) { return QList<int>{20, 20, 20}; })));
    QVERIFY(writeFile(dir + "/empty/notes.txt", "no pictures here"));
    QStringList warnings;
    const ImageDataset set = ImageFolderReader::read(dir.toStdString(), 16, 1,
                                                     [&](const std::string& m) { warnings << QString::fromStdString(m); });
    QCOMPARE(set.classNames(), (std::vector<std::string>{"cats", "dogs"}));
    QCOMPARE(set.labels(), (std::vector<int>{0, 0, 1, 1})); // sorted path order: cats/a, cats/b, dogs/c, dogs/deeper/d
    QCOMPARE(set.classCounts(), (std::vector<std::size_t>{2, 2}));
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.front().contains(dir + "/empty: holds no usable images"), qPrintable(warnings.front()));
}

void TestImageFolderReader::imagesBesideClassFoldersAreUnlabelled()
{
    const QString dir = makeDir("mixed");
    QVERIFY(writeFile(dir + "/loose.png", grayPng(5)));
    QVERIFY(writeFile(dir + "/cats/a.png", grayPng(10)));
    QVERIFY(writeFile(dir + "/dogs/b.png", grayPng(30)));
    QStringList warnings;
    const ImageDataset set = ImageFolderReader::read(dir.toStdString(), 16, 1,
                                                     [&](const std::string& m) { warnings << QString::fromStdString(m); });
    QCOMPARE(set.count(), std::size_t(3));
    QVERIFY(!set.labelled());
    QCOMPARE(set.labels(), (std::vector<int>{-1, -1, -1}));
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.front().contains("1 images sit beside the class subfolders"), qPrintable(warnings.front()));
}

void TestImageFolderReader::skipsUnreadableFiles_data()
{
    QTest::addColumn<QString>("badName");
    QTest::addColumn<QByteArray>("badBytes");
    QTest::addColumn<QString>("reason");
    const QByteArray good = makePng(24, 24, PngRgb, 8, uniform({1, 2, 3}));
    const QByteArray goodJpeg = makeBlockyJpeg(4, 4, [](int bx, int by) { return 60 * ((bx + by) % 3); });
    QTest::newRow("corrupt png") << "broken.png" << (QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(200, '\x5A'))
                                 << "corrupt";
    QTest::newRow("truncated png") << "cut.png" << good.left(good.size() / 2) << "truncated";
    QTest::newRow("zero-byte png") << "empty.png" << QByteArray() << "empty";
    QTest::newRow("text named png") << "readme.png" << QByteArray("This is a text file, not a picture.\n")
                                    << "not a PNG, JPEG or BMP";
    QTest::newRow("text named jpg") << "photo.jpg" << QByteArray("GIF89a? no, just words\n") << "not a PNG, JPEG or BMP";
    QTest::newRow("corrupt bmp") << "pic.bmp" << QByteArray("BM\x10\x00\x00\x00garbage garbage", 20) << "corrupt";
    QTest::newRow("truncated jpeg") << "cut.jpg" << goodJpeg.left(goodJpeg.size() - 6) << "truncated";
    QTest::newRow("jpeg without frame") << "noframe.jpg" << QByteArray("\xFF\xD8\xFF\xD9", 4) << "no frame header";
    QTest::newRow("0x0 png") << "nothing.png" << pngHeaderOnly(0, 0) << "0 x 0";
    // Decompression bombs: refused from the header, before any decoder allocates.
    QTest::newRow("bomb png") << "bomb.png" << pngHeaderOnly(100000, 100000) << "100000 x 100000";
    QTest::newRow("bomb jpeg") << "bomb.jpg" << jpegHeaderOnly(65000, 65000) << "65000 x 65000";
    QTest::newRow("bomb bmp") << "bomb.bmp" << bmpHeaderOnly(100000, 100000) << "100000 x 100000";
    QTest::newRow("wide bomb png") << "wide.png" << pngHeaderOnly(20000, 20000) << "100 megapixels";
}

void TestImageFolderReader::skipsUnreadableFiles()
{
    QFETCH(QString, badName);
    QFETCH(QByteArray, badBytes);
    QFETCH(QString, reason);
    const QString dir = makeDir(QString("skip-") + QTest::currentDataTag());
    QVERIFY(writeFile(dir + "/good1.png", grayPng(50)));
    QVERIFY(writeFile(dir + "/zz/good2.bmp", makeBmp(20, 20, [](int, int) { return QList<int>{90, 90, 90}; })));
    const QString bad = dir + "/m/" + badName;
    QVERIFY(writeFile(bad, badBytes));

    QStringList warnings;
    const ImageDataset set = ImageFolderReader::read(dir.toStdString(), 16, 1,
                                                     [&](const std::string& m) { warnings << QString::fromStdString(m); });
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(bad), qPrintable(warnings.first()));
    QVERIFY2(warnings.first().contains(reason), qPrintable(warnings.first()));
    QCOMPARE(set.count(), std::size_t(2));
    QVERIFY(uniformProblem(set.image(0), {50}, 1).isEmpty());
    QVERIFY(uniformProblem(set.image(1), {90}, 1).isEmpty());

    // No sink: still skipped, quietly.
    QCOMPARE(ImageFolderReader::read(dir.toStdString(), 16, 3, {}).count(), std::size_t(2));
}

void TestImageFolderReader::refusesFoldersWithoutUsableImages_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QList<QByteArray>>("contents");
    QTest::addColumn<int>("warnings");
    QTest::newRow("empty folder") << QStringList{} << QList<QByteArray>{} << 0;
    QTest::newRow("no image files") << QStringList{"notes.txt", "sub/data.csv"} << QList<QByteArray>{"a", "b"} << 0;
    QTest::newRow("only corrupt images")
        << QStringList{"a.png", "b.png", "sub/c.jpg"}
        << QList<QByteArray>{QByteArray(), QByteArray("not a png"), QByteArray("\xFF\xD8\xFF garbage", 12)} << 3;
}

void TestImageFolderReader::refusesFoldersWithoutUsableImages()
{
    QFETCH(QStringList, names);
    QFETCH(QList<QByteArray>, contents);
    QFETCH(int, warnings);
    const QString dir = makeDir(QString("refuse-") + QTest::currentDataTag());
    for (int i = 0; i < names.size(); ++i)
        QVERIFY(writeFile(dir + "/" + names[i], contents[i]));

    int warned = 0;
    const auto error = studioErrorFrom(
        [&] { ImageFolderReader::read(dir.toStdString(), 28, 1, [&](const std::string&) { ++warned; }); });
    const QString problem = badInputProblem(error, {dir});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(QString::fromStdString(error->path()), dir);
    QCOMPARE(warned, warnings);
}

void TestImageFolderReader::refusesMissingFolderOrFile()
{
    const QString missing = m_tmp.filePath("no-such-folder");
    auto error = studioErrorFrom([&] { ImageFolderReader::read(missing.toStdString(), 28, 1, {}); });
    QString problem = badInputProblem(error, {missing, "does not exist"});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(ImageFolderReader::listImages(missing.toStdString()).empty());

    const QString file = makeDir("not-a-folder") + "/image.png";
    QVERIFY(writeFile(file, grayPng(5)));
    error = studioErrorFrom([&] { ImageFolderReader::read(file.toStdString(), 28, 1, {}); });
    problem = badInputProblem(error, {file});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestImageFolderReader::convertsColourAndDepth_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("channels");
    QTest::addColumn<QList<int>>("expected");

    // Gray = 0.299 R + 0.587 G + 0.114 B: (200, 100, 50) -> 124.
    const QByteArray rgb8 = makePng(20, 20, PngRgb, 8, uniform({200, 100, 50}));
    const QByteArray rgba8 = makePng(20, 20, PngRgba, 8, uniform({200, 100, 50, 255}));
    const QByteArray rgbaClear = makePng(20, 20, PngRgba, 8, uniform({200, 100, 50, 0}));
    const QByteArray rgbaHalf = makePng(20, 20, PngRgba, 8, uniform({200, 100, 50, 128}));
    const QByteArray rgb16 = makePng(20, 20, PngRgb, 16, uniform({200 * 257, 100 * 257, 50 * 257}));
    const QByteArray rgba16 = makePng(20, 20, PngRgba, 16, uniform({200 * 257, 100 * 257, 50 * 257, 65535}));
    const QByteArray gray8 = makePng(20, 20, PngGray, 8, uniform({77}));
    const QByteArray gray16 = makePng(20, 20, PngGray, 16, uniform({0x8080}));
    const QByteArray grayAlpha = makePng(20, 20, PngGrayAlpha, 8, uniform({200, 255}));
    const QByteArray grayAlphaHalf = makePng(20, 20, PngGrayAlpha, 8, uniform({200, 128}));
    const QByteArray bmp = makeBmp(20, 20, [](int, int) { return QList<int>{200, 100, 50}; });
    const QByteArray jpeg = makeBlockyJpeg(3, 3, [](int, int) { return 140; });

    QTest::newRow("rgb png -> rgb") << rgb8 << "a.png" << 3 << QList<int>{200, 100, 50};
    QTest::newRow("rgb png -> gray") << rgb8 << "a.png" << 1 << QList<int>{124};
    QTest::newRow("rgba png -> rgb") << rgba8 << "a.png" << 3 << QList<int>{200, 100, 50};
    QTest::newRow("rgba png -> gray") << rgba8 << "a.png" << 1 << QList<int>{124};
    QTest::newRow("transparent png -> black") << rgbaClear << "a.png" << 3 << QList<int>{0, 0, 0};
    QTest::newRow("half-transparent png over black") << rgbaHalf << "a.png" << 3 << QList<int>{100, 50, 25};
    QTest::newRow("16-bit rgb png -> rgb") << rgb16 << "a.png" << 3 << QList<int>{200, 100, 50};
    QTest::newRow("16-bit rgb png -> gray") << rgb16 << "a.png" << 1 << QList<int>{124};
    QTest::newRow("16-bit rgba png -> rgb") << rgba16 << "a.png" << 3 << QList<int>{200, 100, 50};
    QTest::newRow("gray png -> rgb") << gray8 << "a.png" << 3 << QList<int>{77, 77, 77};
    QTest::newRow("gray png -> gray") << gray8 << "a.png" << 1 << QList<int>{77};
    QTest::newRow("16-bit gray png -> gray") << gray16 << "a.png" << 1 << QList<int>{128};
    QTest::newRow("16-bit gray png -> rgb") << gray16 << "a.png" << 3 << QList<int>{128, 128, 128};
    QTest::newRow("gray+alpha png -> gray") << grayAlpha << "a.png" << 1 << QList<int>{200};
    QTest::newRow("gray+alpha png over black") << grayAlphaHalf << "a.png" << 3 << QList<int>{100, 100, 100};
    QTest::newRow("bmp -> rgb") << bmp << "a.bmp" << 3 << QList<int>{200, 100, 50};
    QTest::newRow("bmp -> gray") << bmp << "a.bmp" << 1 << QList<int>{124};
    QTest::newRow("gray jpeg -> gray") << jpeg << "a.jpg" << 1 << QList<int>{140};
    QTest::newRow("gray jpeg -> rgb") << jpeg << "a.jpg" << 3 << QList<int>{140, 140, 140};
    QTest::newRow("palette png -> rgb") << makePalettePng(20, 20, {200, 100, 50}) << "a.png" << 3
                                        << QList<int>{200, 100, 50};
    QTest::newRow("palette png -> gray") << makePalettePng(20, 20, {200, 100, 50}) << "a.png" << 1 << QList<int>{124};
    QTest::newRow("1x1 png -> gray") << makePng(1, 1, PngGray, 8, uniform({77})) << "a.png" << 1 << QList<int>{77};
    QTest::newRow("1x1 rgba png -> rgb") << makePng(1, 1, PngRgba, 8, uniform({200, 100, 50, 255})) << "a.png" << 3
                                         << QList<int>{200, 100, 50};
}

void TestImageFolderReader::convertsColourAndDepth()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, name);
    QFETCH(int, channels);
    QFETCH(QList<int>, expected);
    const QString dir = makeDir(QString("convert-") + QTest::currentDataTag());
    QVERIFY(writeFile(dir + "/" + name, file));
    for (int size : {16, 20, 32}) {
        const ImageDataset set = ImageFolderReader::read(dir.toStdString(), size, channels, {});
        QCOMPARE(set.count(), std::size_t(1));
        QCOMPARE(set.size(), size);
        QCOMPARE(set.channels(), channels);
        const QString problem = uniformProblem(set.image(0), expected, 1);
        QVERIFY2(problem.isEmpty(), qPrintable(QString("at size %1: ").arg(size) + problem));
    }
}

void TestImageFolderReader::turnsExifRotatedJpegsUpright_data()
{
    QTest::addColumn<int>("orientation");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<QList<int>>("corners"); // top-left, top-right, bottom-left, bottom-right
    // Stored: 16 x 8, left block dark (40), right block light (220).
    QTest::newRow("1: as stored") << 1 << 16 << 8 << QList<int>{40, 220, 40, 220};
    QTest::newRow("3: 180 degrees") << 3 << 16 << 8 << QList<int>{220, 40, 220, 40};
    QTest::newRow("6: 90 clockwise") << 6 << 8 << 16 << QList<int>{40, 40, 220, 220};
    QTest::newRow("8: 90 anticlockwise") << 8 << 8 << 16 << QList<int>{220, 220, 40, 40};
    QTest::newRow("2: mirrored") << 2 << 16 << 8 << QList<int>{220, 40, 220, 40};
}

// A phone photo stores pixels sideways and says so in EXIF: read upright.
void TestImageFolderReader::turnsExifRotatedJpegsUpright()
{
    QFETCH(int, orientation);
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(QList<int>, corners);
    const QByteArray jpeg = makeBlockyJpeg(2, 1, [](int bx, int) { return bx == 0 ? 40 : 220; });
    const QString path = makeDir(QString("exif-%1").arg(orientation)) + "/photo.jpg";
    QVERIFY(writeFile(path, withExifOrientation(jpeg, orientation)));
    const Image image = latent::readImage(path.toStdString(), 1);
    QCOMPARE(image.width, width);
    QCOMPARE(image.height, height);
    const QList<int> seen{image.row(0)[0], image.row(0)[width - 1], image.row(height - 1)[0],
                          image.row(height - 1)[width - 1]};
    for (int i = 0; i < 4; ++i)
        QVERIFY2(qAbs(seen[i] - corners[i]) <= 2, qPrintable(QString("corner %1 is %2, expected %3").arg(i).arg(seen[i]).arg(corners[i])));
}

void TestImageFolderReader::centreCropsNonSquareImages_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("format");
    // Three equal bands along the long side: red, green, blue. The centre
    // square is the green band.
    QTest::newRow("wide, no scaling") << 48 << 16 << 16 << "png";
    QTest::newRow("tall, no scaling") << 16 << 48 << 16 << "png";
    QTest::newRow("wide, halved") << 96 << 32 << 16 << "png";
    QTest::newRow("tall, halved") << 32 << 96 << 16 << "bmp";
    QTest::newRow("wide, doubled") << 48 << 16 << 32 << "bmp";
}

void TestImageFolderReader::centreCropsNonSquareImages()
{
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(int, size);
    QFETCH(QString, format);
    const bool wide = width > height;
    const int band = (wide ? width : height) / 3;
    auto colourAt = [=](int x, int y) {
        const int which = (wide ? x : y) / band;
        return which == 0 ? QList<int>{255, 0, 0} : which == 1 ? QList<int>{0, 255, 0} : QList<int>{0, 0, 255};
    };
    const QByteArray bytes = format == "png"
        ? makePng(width, height, PngRgb, 8, [&](int x, int y, int c) { return colourAt(x, y)[c]; })
        : makeBmp(width, height, colourAt);
    const QString dir = makeDir(QString("crop-") + QTest::currentDataTag());
    QVERIFY(writeFile(dir + "/image." + format, bytes));

    const ImageDataset set = ImageFolderReader::read(dir.toStdString(), size, 3, {});
    QCOMPARE(set.count(), std::size_t(1));
    const Image image = set.image(0);
    QCOMPARE(image.width, size);
    QCOMPARE(image.height, size);
    // Away from the band edges, which scaling may blend, all green.
    Image inner(size - 4, size - 4, 3);
    for (int y = 0; y < inner.height; ++y)
        std::copy_n(image.row(y + 2) + 2 * 3, std::size_t(inner.width) * 3, inner.row(y));
    const QString problem = uniformProblem(inner, {0, 255, 0}, 2);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    if (qMin(width, height) == size) { // no scaling at all: exact, edges included
        const QString exact = uniformProblem(image, {0, 255, 0}, 0);
        QVERIFY2(exact.isEmpty(), qPrintable(exact));
    }
}

QTEST_GUILESS_MAIN(TestImageFolderReader)
#include "tst_imagefolderreader.moc"
