// SPDX-License-Identifier: MIT
// MNIST-style IDX files, plain and gzip: exact pixels and labels back, the
// images file found in a folder, and broken headers refused by name.

#include "base/studioerror.h"
#include "data/idxreader.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <zlib.h>

#include <optional>

using latent::ErrorKind;
using latent::IdxReader;
using latent::ImageDataset;
using latent::StudioError;
using namespace latent::testsupport;

namespace {

QByteArray idxHeader(int dims, const QList<quint32>& sizes)
{
    QByteArray bytes;
    bytes.append('\0').append('\0').append('\x08').append(char(dims));
    for (quint32 s : sizes)
        putBigEndian32(bytes, s);
    return bytes;
}

// A recognisable pixel value for image i at (x, y).
std::uint8_t pixelAt(int i, int x, int y) { return std::uint8_t((i * 37 + y * 7 + x * 3) % 256); }

QByteArray imagesFile(quint32 count, quint32 rows, quint32 cols)
{
    QByteArray bytes = idxHeader(3, {count, rows, cols});
    for (quint32 i = 0; i < count; ++i)
        for (quint32 y = 0; y < rows; ++y)
            for (quint32 x = 0; x < cols; ++x)
                bytes.append(char(pixelAt(int(i), int(x), int(y))));
    return bytes;
}

int labelOf(int i) { return (i * 3 + 7) % 10; }

QByteArray labelsFile(quint32 count)
{
    QByteArray bytes = idxHeader(1, {count});
    for (quint32 i = 0; i < count; ++i)
        bytes.append(char(labelOf(int(i))));
    return bytes;
}

bool writeGzip(const QString& path, const QByteArray& bytes)
{
    gzFile file = gzopen(QFile::encodeName(path).constData(), "wb");
    if (!file)
        return false;
    const int written = bytes.isEmpty() ? 0 : gzwrite(file, bytes.constData(), unsigned(bytes.size()));
    return gzclose(file) == Z_OK && written == bytes.size();
}

// `bytes` as one gzip member, in memory.
QByteArray gzipped(const QByteArray& bytes)
{
    z_stream zs{};
    if (deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(int(deflateBound(&zs, uLong(bytes.size())) + 32), '\0');
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.constData()));
    zs.avail_in = uInt(bytes.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = uInt(out.size());
    const bool done = deflate(&zs, Z_FINISH) == Z_STREAM_END;
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return done ? out : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes, bool gzip)
{
    return gzip ? writeGzip(path, bytes) : latent::testsupport::writeFile(path, bytes);
}

} // namespace

class TestIdxReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsImagesAndLabels_data();
    void readsImagesAndLabels();
    void labelsAreOptional();
    void brokenLabelsFileOnlyLosesLabels_data();
    void brokenLabelsFileOnlyLosesLabels();
    void leavesOutEmptyClasses();
    void labelsMayBeCompressedOtherwise();
    void namesTheClasses();
    void grayBecomesRgb();
    void scalesToTheRequestedSize();
    void findsTheImagesFileInAFolder();
    void folderWithoutImagesFile();
    void refusesBrokenFiles_data();
    void refusesBrokenFiles();
    void refusesTruncatedGzip();
    void refusesCorruptGzip();
    void readsBytesInMemory_data();
    void readsBytesInMemory();
    void refusesBrokenBytesByName_data();
    void refusesBrokenBytesByName();

private:
    QTemporaryDir m_tmp;
};

void TestIdxReader::readsImagesAndLabels_data()
{
    QTest::addColumn<QString>("imagesName");
    QTest::addColumn<QString>("labelsName");
    QTest::addColumn<bool>("gzip");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("side");
    // At least 10 images: every one of the ten classes has one.
    QTest::newRow("plain 28x28") << "train-images-idx3-ubyte" << "train-labels-idx1-ubyte" << false << 12 << 28;
    QTest::newRow("gzip 28x28") << "train-images-idx3-ubyte.gz" << "train-labels-idx1-ubyte.gz" << true << 12 << 28;
    QTest::newRow("gzip 16x16, many") << "t10k-images-idx3-ubyte.gz" << "t10k-labels-idx1-ubyte.gz" << true << 300 << 16;
    QTest::newRow("dotted names") << "train-images.idx3-ubyte" << "train-labels.idx1-ubyte" << false << 10 << 20;
}

void TestIdxReader::readsImagesAndLabels()
{
    QFETCH(QString, imagesName);
    QFETCH(QString, labelsName);
    QFETCH(bool, gzip);
    QFETCH(int, count);
    QFETCH(int, side);
    QVERIFY(m_tmp.isValid());
    const QString dir = m_tmp.filePath(QTest::currentDataTag());
    QVERIFY(QDir().mkpath(dir));
    const QString images = dir + "/" + imagesName;
    QVERIFY(writeFile(images, imagesFile(quint32(count), quint32(side), quint32(side)), gzip));
    QVERIFY(writeFile(dir + "/" + labelsName, labelsFile(quint32(count)), gzip));

    // Read at the file's own size: no scaling, so the pixels come back exactly.
    QStringList warnings;
    const ImageDataset set = IdxReader::read(images.toStdString(), side, 1, [&](const std::string& w) {
        warnings << QString::fromStdString(w);
    });
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join('\n')));
    QCOMPARE(set.count(), std::size_t(count));
    QCOMPARE(set.classCount(), 10); // numbered: no names beside the files
    QCOMPARE(set.classNames().front(), std::string("0"));
    QCOMPARE(set.classNames().back(), std::string("9"));
    QCOMPARE(set.size(), side);
    QCOMPARE(set.channels(), 1);
    for (int i = 0; i < count; ++i) {
        QCOMPARE(set.labels()[std::size_t(i)], labelOf(i));
        const latent::Image image = set.image(std::size_t(i));
        for (int y = 0; y < side; ++y)
            for (int x = 0; x < side; ++x)
                if (image.pixels[std::size_t(y) * side + x] != pixelAt(i, x, y))
                    QFAIL(qPrintable(QString("image %1 pixel (%2, %3) is %4, expected %5")
                                         .arg(i).arg(x).arg(y).arg(int(image.pixels[std::size_t(y) * side + x]))
                                         .arg(int(pixelAt(i, x, y)))));
    }
}

void TestIdxReader::labelsAreOptional()
{
    const QString dir = m_tmp.filePath("nolabels");
    QVERIFY(QDir().mkpath(dir));
    const QString images = dir + "/train-images-idx3-ubyte";
    QVERIFY(writeFile(images, imagesFile(4, 28, 28)));
    QStringList warnings;
    const ImageDataset set = IdxReader::read(images.toStdString(), 28, 1, [&](const std::string& w) {
        warnings << QString::fromStdString(w);
    });
    QCOMPARE(set.count(), std::size_t(4));
    QVERIFY(!set.labelled());
    for (int label : set.labels())
        QCOMPARE(label, -1);
    QVERIFY(warnings.isEmpty()); // no labels file is nothing to warn about
}

void TestIdxReader::brokenLabelsFileOnlyLosesLabels_data()
{
    QTest::addColumn<QByteArray>("labels");
    QTest::addColumn<QString>("problem");
    // 12 images below; each labels file is wrong for them in its own way.
    QTest::newRow("count differs") << labelsFile(9) << "holds 9 labels for 12 images";
    QByteArray truncated = labelsFile(12);
    truncated.chop(3);
    QTest::newRow("truncated") << truncated << "truncated";
    QTest::newRow("not labels") << imagesFile(12, 2, 2) << "magic";
}

void TestIdxReader::brokenLabelsFileOnlyLosesLabels()
{
    QFETCH(QByteArray, labels);
    QFETCH(QString, problem);
    const QString dir = m_tmp.filePath(QString("badlabels-%1").arg(QTest::currentDataTag()).replace(' ', '-'));
    QVERIFY(QDir().mkpath(dir));
    const QString images = dir + "/train-images-idx3-ubyte";
    QVERIFY(writeFile(images, imagesFile(12, 28, 28)));
    const QString labelsPath = dir + "/train-labels-idx1-ubyte";
    QVERIFY(writeFile(labelsPath, labels));
    QStringList warnings;
    const ImageDataset set = IdxReader::read(images.toStdString(), 28, 1, [&](const std::string& w) {
        warnings << QString::fromStdString(w);
    });
    // The images still train, without labels; one warning names the labels file and the problem.
    QCOMPARE(set.count(), std::size_t(12));
    QVERIFY(!set.labelled());
    for (int label : set.labels())
        QCOMPARE(label, -1);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.front().contains(labelsPath), qPrintable(warnings.front()));
    QVERIFY2(warnings.front().contains(problem), qPrintable(warnings.front()));
    QVERIFY2(warnings.front().contains("without labels"), qPrintable(warnings.front()));
}

void TestIdxReader::leavesOutEmptyClasses()
{
    const QString dir = m_tmp.filePath("emptyclass");
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(writeFile(dir + "/train-images-idx3-ubyte", imagesFile(12, 28, 28)));
    QByteArray labels = idxHeader(1, {12});
    for (int i = 0; i < 12; ++i)
        labels.append(char(i % 3 == 0 ? 0 : 2)); // class 1 has no image
    QVERIFY(writeFile(dir + "/train-labels-idx1-ubyte", labels));
    QStringList warnings;
    const ImageDataset set = IdxReader::read(dir.toStdString(), 28, 1, [&](const std::string& w) {
        warnings << QString::fromStdString(w);
    });
    // Classes 0 and 2 remain, renumbered 0 and 1, with their names.
    QCOMPARE(set.classNames(), (std::vector<std::string>{"0", "2"}));
    QCOMPARE(set.labels()[0], 0);
    QCOMPARE(set.labels()[1], 1);
    QCOMPARE(set.classCounts(), (std::vector<std::size_t>{4, 8}));
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.front().contains("train-labels-idx1-ubyte: no image has the label of 1"),
             qPrintable(warnings.front()));
}

// Gzip images beside plain labels (or the other way round) still pair up.
void TestIdxReader::labelsMayBeCompressedOtherwise()
{
    const QString dir = m_tmp.filePath("mixed");
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(writeGzip(dir + "/train-images-idx3-ubyte.gz", imagesFile(10, 28, 28)));
    QVERIFY(writeFile(dir + "/train-labels-idx1-ubyte", labelsFile(10)));
    const ImageDataset set = IdxReader::read(dir.toStdString(), 28, 1);
    QCOMPARE(set.classCount(), 10);
    QCOMPARE(set.labels()[3], labelOf(3));
}

void TestIdxReader::namesTheClasses()
{
    // classes.txt beside the files names them; Fashion-MNIST's folder gets its own names.
    const QString named = m_tmp.filePath("named");
    QVERIFY(QDir().mkpath(named));
    QVERIFY(writeFile(named + "/train-images-idx3-ubyte", imagesFile(10, 28, 28)));
    QVERIFY(writeFile(named + "/train-labels-idx1-ubyte", labelsFile(10)));
    QVERIFY(writeFile(named + "/classes.txt", "zero\none\ntwo\nthree\nfour\n\nfive\nsix\nseven\neight\nnine\n"));
    ImageDataset set = IdxReader::read(named.toStdString(), 28, 1);
    QCOMPARE(set.classCount(), 10);
    QCOMPARE(set.classNames()[7], std::string("seven"));
    QCOMPARE(set.classCounts(), std::vector<std::size_t>(10, 1));

    const QString fashion = m_tmp.filePath("fashion-mnist");
    QVERIFY(QDir().mkpath(fashion));
    QVERIFY(writeGzip(fashion + "/train-images-idx3-ubyte.gz", imagesFile(10, 28, 28)));
    QVERIFY(writeGzip(fashion + "/train-labels-idx1-ubyte.gz", labelsFile(10)));
    set = IdxReader::read(fashion.toStdString(), 28, 1);
    QCOMPARE(set.classNames()[7], std::string("Sneaker"));
    QCOMPARE(set.classNames()[8], std::string("Bag"));

    // A names file of the wrong length is reported, and the classes are numbered.
    QVERIFY(writeFile(named + "/classes.txt", "zero\none\n"));
    QStringList warnings;
    set = IdxReader::read(named.toStdString(), 28, 1, [&](const std::string& w) { warnings << QString::fromStdString(w); });
    QCOMPARE(set.classNames()[7], std::string("7"));
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.front().contains("classes.txt") && warnings.front().contains("2 class names for 10 classes"),
             qPrintable(warnings.front()));
}

void TestIdxReader::grayBecomesRgb()
{
    const QString dir = m_tmp.filePath("rgb");
    QVERIFY(QDir().mkpath(dir));
    const QString images = dir + "/train-images-idx3-ubyte";
    QVERIFY(writeFile(images, imagesFile(3, 28, 28)));
    const ImageDataset set = IdxReader::read(images.toStdString(), 28, 3);
    QCOMPARE(set.count(), std::size_t(3));
    QCOMPARE(set.channels(), 3);
    const latent::Image image = set.image(2);
    for (int y = 0; y < 28; ++y)
        for (int x = 0; x < 28; ++x) {
            const std::uint8_t* px = &image.pixels[(std::size_t(y) * 28 + x) * 3];
            QCOMPARE(int(px[0]), int(pixelAt(2, x, y)));
            QCOMPARE(int(px[1]), int(pixelAt(2, x, y)));
            QCOMPARE(int(px[2]), int(pixelAt(2, x, y)));
        }
}

void TestIdxReader::scalesToTheRequestedSize()
{
    const QString dir = m_tmp.filePath("scaled");
    QVERIFY(QDir().mkpath(dir));
    const QString images = dir + "/train-images-idx3-ubyte";
    // Uniform images stay uniform whatever the scaling.
    QByteArray bytes = idxHeader(3, {2, 28, 28});
    bytes.append(QByteArray(28 * 28, char(200))).append(QByteArray(28 * 28, char(30)));
    QVERIFY(writeFile(images, bytes));
    for (int size : {16, 64}) {
        const ImageDataset set = IdxReader::read(images.toStdString(), size, 1);
        QCOMPARE(set.count(), std::size_t(2));
        QCOMPARE(set.size(), size);
        QCOMPARE(set.bytesPerImage(), std::size_t(size) * size);
        for (std::uint8_t v : set.image(0).pixels)
            QVERIFY(qAbs(int(v) - 200) <= 1);
        for (std::uint8_t v : set.image(1).pixels)
            QVERIFY(qAbs(int(v) - 30) <= 1);
    }
}

void TestIdxReader::findsTheImagesFileInAFolder()
{
    const QString dir = m_tmp.filePath("mnist");
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(writeFile(dir + "/t10k-images-idx3-ubyte", imagesFile(2, 28, 28)));
    QVERIFY(writeGzip(dir + "/train-images-idx3-ubyte.gz", imagesFile(10, 28, 28)));
    QVERIFY(writeGzip(dir + "/train-labels-idx1-ubyte.gz", labelsFile(10)));
    QVERIFY(writeFile(dir + "/README.txt", "not data"));

    // The training file is preferred over the test one.
    QCOMPARE(QString::fromStdString(IdxReader::findImagesFile(dir.toStdString())), dir + "/train-images-idx3-ubyte.gz");
    const ImageDataset set = IdxReader::read(dir.toStdString(), 28, 1);
    QCOMPARE(set.count(), std::size_t(10));
    QCOMPARE(set.labels()[4], labelOf(4));

    // A file is its own images file; a missing path has none.
    const std::string file = (dir + "/t10k-images-idx3-ubyte").toStdString();
    QCOMPARE(IdxReader::findImagesFile(file), file);
    QVERIFY(IdxReader::findImagesFile(m_tmp.filePath("no-such-folder").toStdString()).empty());

    // Only a test file: that one is used.
    const QString onlyTest = m_tmp.filePath("mnist-test");
    QVERIFY(QDir().mkpath(onlyTest));
    QVERIFY(writeFile(onlyTest + "/t10k-images-idx3-ubyte", imagesFile(3, 28, 28)));
    QCOMPARE(QString::fromStdString(IdxReader::findImagesFile(onlyTest.toStdString())), onlyTest + "/t10k-images-idx3-ubyte");
    QCOMPARE(IdxReader::read(onlyTest.toStdString(), 28, 1).count(), std::size_t(3));
}

void TestIdxReader::folderWithoutImagesFile()
{
    const QString dir = m_tmp.filePath("empty-folder");
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(writeFile(dir + "/notes.txt", "nothing here"));
    QVERIFY(IdxReader::findImagesFile(dir.toStdString()).empty());
    const auto error = studioErrorFrom([&] { IdxReader::read(dir.toStdString(), 28, 1); });
    const QString problem = badInputProblem(error, {dir});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestIdxReader::refusesBrokenFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("gzip");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("labels magic") << labelsFile(3) << false << "magic";
    QTest::newRow("signed-int magic") << (QByteArray("\x00\x00\x0C\x03", 4) + imagesFile(1, 28, 28).mid(4)) << false << "magic";
    QTest::newRow("text file") << QByteArray("hello, this is not an IDX file at all\n") << false << "magic";
    QTest::newRow("too short for a magic") << QByteArray("\x00\x00", 2) << false << "short";
    QTest::newRow("empty file") << QByteArray() << false << "short";
    QTest::newRow("header cut short") << idxHeader(3, {10, 28}) << false << "truncated";
    QTest::newRow("truncated") << imagesFile(10, 28, 28).left(16 + 3 * 28 * 28) << false << "truncated";
    QTest::newRow("truncated by one byte") << imagesFile(2, 28, 28).chopped(1) << false << "truncated";
    QTest::newRow("truncated gzip content") << imagesFile(10, 28, 28).left(16 + 3 * 28 * 28) << true << "truncated";
    QTest::newRow("zero count") << idxHeader(3, {0, 28, 28}) << false << "zero";
    QTest::newRow("zero rows") << (idxHeader(3, {5, 0, 28}) + QByteArray(100, '\0')) << false << "zero";
    QTest::newRow("zero columns") << (idxHeader(3, {5, 28, 0}) + QByteArray(100, '\0')) << false << "zero";
    QTest::newRow("huge rows") << (idxHeader(3, {1, 100000, 28}) + QByteArray(100, '\0')) << false << "impossible";
    QTest::newRow("100000x100000 images") << (idxHeader(3, {2, 100000, 100000}) + QByteArray(100, '\0')) << false
                                         << "impossible";
    QTest::newRow("huge both sides") << (idxHeader(3, {1, 0xFFFFFFFFu, 0xFFFFFFFFu}) + QByteArray(100, '\0')) << false
                                     << "impossible";
    QTest::newRow("huge count") << (idxHeader(3, {0xFFFFFFFFu, 28, 28}) + QByteArray(100, '\0')) << false << "impossible";
    QTest::newRow("huge gzip") << (idxHeader(3, {0x7FFFFFFFu, 64, 64}) + QByteArray(100, '\0')) << true << "impossible";
}

void TestIdxReader::refusesBrokenFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, gzip);
    QFETCH(QString, fragment);
    const QString dir = m_tmp.filePath("broken-" + QString(QTest::currentDataTag()).replace(' ', '-'));
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + (gzip ? "/train-images-idx3-ubyte.gz" : "/train-images-idx3-ubyte");
    QVERIFY(writeFile(path, bytes, gzip));

    for (const QString& given : {path, dir}) { // the file itself, or its folder
        const auto error = studioErrorFrom([&] { IdxReader::read(given.toStdString(), 28, 1); });
        const QString problem = badInputProblem(error, {path, fragment});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(QString::fromStdString(error->path()), path);
    }
}

void TestIdxReader::refusesTruncatedGzip()
{
    // The compressed stream itself cut in half: an error, never a short dataset.
    const QString dir = m_tmp.filePath("cut-gzip");
    QVERIFY(QDir().mkpath(dir));
    const QString whole = dir + "/whole.gz";
    QVERIFY(writeGzip(whole, imagesFile(50, 28, 28)));
    QFile in(whole);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray compressed = in.readAll();
    QVERIFY(compressed.size() > 100);
    const QString path = dir + "/train-images-idx3-ubyte.gz";
    QVERIFY(writeFile(path, compressed.left(compressed.size() / 2)));

    const auto error = studioErrorFrom([&] { IdxReader::read(path.toStdString(), 28, 1); });
    const QString problem = badInputProblem(error, {path});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestIdxReader::refusesCorruptGzip()
{
    // A gzip header followed by bytes that are no deflate stream.
    const QString dir = m_tmp.filePath("corrupt-gzip");
    const QString path = dir + "/train-images-idx3-ubyte.gz";
    QByteArray bytes = gzipped(imagesFile(5, 28, 28));
    for (int i = 12; i < bytes.size() - 8; ++i)
        bytes[i] = char(0xFF);
    QVERIFY(writeFile(path, bytes));
    const auto error = studioErrorFrom([&] { IdxReader::read(path.toStdString(), 28, 1); });
    const QString problem = badInputProblem(error, {path, "corrupt"});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestIdxReader::readsBytesInMemory_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray plain = imagesFile(6, 12, 9);
    QTest::newRow("plain") << plain;
    QTest::newRow("gzip") << gzipped(plain);
    // gzip -c a b > c makes one stream of two members; gzread reads it whole.
    QTest::newRow("two gzip members") << (gzipped(plain.left(100)) + gzipped(plain.mid(100)));
    // Anything after the last member is ignored, as gzread ignores it.
    QTest::newRow("gzip then junk") << (gzipped(plain) + QByteArray("not gzip"));
    QTest::newRow("plain then extra bytes") << (plain + QByteArray(5, '\x7F'));
}

void TestIdxReader::readsBytesInMemory()
{
    QFETCH(QByteArray, bytes);
    const auto* data = reinterpret_cast<const std::uint8_t*>(bytes.constData());
    const ImageDataset set = IdxReader::readBytes(data, std::size_t(bytes.size()), "in-memory", 12, 1);
    QCOMPARE(set.count(), std::size_t(6));
    // The same bytes in a file give the same images.
    const QString path = m_tmp.filePath(QString("bytes-%1/train-images-idx3-ubyte").arg(QTest::currentDataTag()).replace(' ', '-'));
    QVERIFY(writeFile(path, bytes));
    const ImageDataset fromFile = IdxReader::read(path.toStdString(), 12, 1);
    QCOMPARE(fromFile.count(), set.count());
    QVERIFY(std::equal(set.data(), set.data() + set.count() * set.bytesPerImage(), fromFile.data()));
    for (int label : set.labels())
        QCOMPARE(label, -1);
}

void TestIdxReader::refusesBrokenBytesByName_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fragment");
    const QByteArray good = imagesFile(4, 28, 28);
    const QByteArray compressed = gzipped(good);
    QTest::newRow("empty") << QByteArray() << "short";
    QTest::newRow("wrong magic") << labelsFile(4) << "magic";
    QTest::newRow("more images than bytes") << good.chopped(28) << "truncated";
    QTest::newRow("zero images") << idxHeader(3, {0, 28, 28}) << "zero";
    QTest::newRow("100000x100000 images") << idxHeader(3, {1, 100000, 100000}) << "impossible";
    QTest::newRow("gzip cut short") << compressed.left(compressed.size() / 2) << "corrupt";
    QTest::newRow("gzip magic alone") << QByteArray("\x1F\x8B", 2) << "corrupt";
    QTest::newRow("gzip of a short file") << gzipped(good.left(300)) << "truncated";
}

void TestIdxReader::refusesBrokenBytesByName()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fragment);
    const std::string name = "/somewhere/t10k-images-idx3-ubyte.gz";
    const auto error = studioErrorFrom([&] {
        IdxReader::readBytes(reinterpret_cast<const std::uint8_t*>(bytes.constData()), std::size_t(bytes.size()), name,
                             28, 1);
    });
    const QString problem = badInputProblem(error, {QString::fromStdString(name), fragment});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(error->path(), name);
}

QTEST_GUILESS_MAIN(TestIdxReader)
#include "tst_idxreader.moc"
