// SPDX-License-Identifier: MIT
// The built-in digits: reproducible from the seed, labelled i % 10, any size
// and channel count, and real white-on-black digits rather than blank frames.

#include "data/syntheticdigits.h"

#include <QtTest>

#include <algorithm>
#include <cstring>

using latent::Image;
using latent::ImageDataset;
using latent::SyntheticDigits;

namespace {

bool samePixels(const ImageDataset& a, const ImageDataset& b)
{
    return a.count() == b.count() && a.bytesPerImage() == b.bytesPerImage()
        && std::memcmp(a.data(), b.data(), a.count() * a.bytesPerImage()) == 0;
}

} // namespace

class TestSyntheticDigits : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameImages_data();
    void sameSeedSameImages();
    void differentSeedsDiffer();
    void imagesDoNotDependOnCount();
    void renderMatchesGenerate();
    void labelsAreIndexModTen();
    void shapeAndContent_data();
    void shapeAndContent();
    void colourIsATintOfTheGrayDigit();
};

void TestSyntheticDigits::sameSeedSameImages_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("channels");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("16 gray seed 1") << 16 << 1 << quint64(1);
    QTest::newRow("28 gray seed 42") << 28 << 1 << quint64(42);
    QTest::newRow("28 rgb seed 7") << 28 << 3 << quint64(7);
    QTest::newRow("64 rgb huge seed") << 64 << 3 << quint64(0xFEDCBA9876543210ull);
}

void TestSyntheticDigits::sameSeedSameImages()
{
    QFETCH(int, size);
    QFETCH(int, channels);
    QFETCH(quint64, seed);
    const ImageDataset a = SyntheticDigits::generate(23, size, channels, seed);
    const ImageDataset b = SyntheticDigits::generate(23, size, channels, seed);
    QCOMPARE(a.count(), std::size_t(23));
    QVERIFY(samePixels(a, b));
    QCOMPARE(a.labels(), b.labels());
}

void TestSyntheticDigits::differentSeedsDiffer()
{
    const ImageDataset a = SyntheticDigits::generate(10, 28, 1, 1);
    const ImageDataset b = SyntheticDigits::generate(10, 28, 1, 2);
    QVERIFY(!samePixels(a, b));
    // Every image has its own jitter, so no index should coincide.
    for (std::size_t i = 0; i < a.count(); ++i)
        QVERIFY2(a.image(i).pixels != b.image(i).pixels, qPrintable(QString("image %1 is the same for seeds 1 and 2").arg(i)));
    // Within one seed, two images of the same digit still differ.
    const ImageDataset c = SyntheticDigits::generate(20, 28, 1, 1);
    QVERIFY(c.image(3).pixels != c.image(13).pixels);
}

void TestSyntheticDigits::imagesDoNotDependOnCount()
{
    const ImageDataset few = SyntheticDigits::generate(5, 28, 1, 9);
    const ImageDataset many = SyntheticDigits::generate(40, 28, 1, 9);
    QCOMPARE(few.count(), std::size_t(5));
    QCOMPARE(many.count(), std::size_t(40));
    QVERIFY(std::memcmp(few.data(), many.data(), few.count() * few.bytesPerImage()) == 0);
}

void TestSyntheticDigits::renderMatchesGenerate()
{
    for (int channels : {1, 3}) {
        const ImageDataset set = SyntheticDigits::generate(12, 32, channels, 5);
        for (std::size_t i : {std::size_t(0), std::size_t(7), std::size_t(11)}) {
            const Image single = SyntheticDigits::render(i, 32, channels, 5);
            QCOMPARE(single.width, 32);
            QCOMPARE(single.height, 32);
            QCOMPARE(single.channels, channels);
            QVERIFY2(single.pixels == set.image(i).pixels,
                     qPrintable(QString("render(%1) differs from generate()'s image, channels %2").arg(i).arg(channels)));
        }
    }
}

void TestSyntheticDigits::labelsAreIndexModTen()
{
    const ImageDataset set = SyntheticDigits::generate(35, 16, 1, 3);
    QCOMPARE(set.labels().size(), std::size_t(35));
    for (std::size_t i = 0; i < set.count(); ++i)
        QCOMPARE(set.labels()[i], int(i % 10));
}

void TestSyntheticDigits::shapeAndContent_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("channels");
    for (int size : {16, 28, 64})
        for (int channels : {1, 3})
            QTest::addRow("%dx%d, %d channel(s)", size, size, channels) << size << channels;
}

void TestSyntheticDigits::shapeAndContent()
{
    QFETCH(int, size);
    QFETCH(int, channels);
    const std::size_t count = 20;
    const ImageDataset set = SyntheticDigits::generate(count, size, channels, 11);
    QCOMPARE(set.count(), count);
    QCOMPARE(set.size(), size);
    QCOMPARE(set.channels(), channels);
    QCOMPARE(set.bytesPerImage(), std::size_t(size) * size * channels);

    for (std::size_t i = 0; i < count; ++i) {
        const Image image = set.image(i);
        QCOMPARE(image.width, size);
        QCOMPARE(image.height, size);
        QCOMPARE(image.channels, channels);
        QCOMPARE(image.pixels.size(), std::size_t(size) * size * channels);

        // Per pixel, the brightest channel: the digit's stroke in any colour.
        std::vector<int> value(std::size_t(size) * size, 0);
        for (std::size_t p = 0; p < value.size(); ++p)
            for (int c = 0; c < channels; ++c)
                value[p] = std::max<int>(value[p], image.pixels[p * channels + c]);
        const int peak = *std::max_element(value.begin(), value.end());
        const double dark = double(std::count_if(value.begin(), value.end(), [](int v) { return v < 40; })) / value.size();
        const double bright = double(std::count_if(value.begin(), value.end(), [](int v) { return v >= 128; })) / value.size();
        const QString where = QString("image %1 (digit %2): peak %3, dark %4, bright %5")
                                  .arg(i).arg(set.labels()[i]).arg(peak).arg(dark).arg(bright);
        QVERIFY2(peak >= 128, qPrintable("no bright stroke: " + where));
        QVERIFY2(bright >= 0.02, qPrintable("too few bright pixels: " + where));
        QVERIFY2(dark >= 0.5, qPrintable("the background is not mostly dark: " + where));
        // White on black: the corners are background.
        QVERIFY2(value.front() < 40 && value.back() < 40, qPrintable("a bright corner: " + where));
    }
}

void TestSyntheticDigits::colourIsATintOfTheGrayDigit()
{
    // The RGB image is the gray digit times a colour whose strongest channel is
    // 1, so its brightest channel reproduces the gray image; and it is coloured.
    bool anyColoured = false;
    for (std::size_t i = 0; i < 10; ++i) {
        const Image gray = SyntheticDigits::render(i, 28, 1, 21);
        const Image rgb = SyntheticDigits::render(i, 28, 3, 21);
        for (std::size_t p = 0; p < gray.pixels.size(); ++p) {
            const std::uint8_t* px = &rgb.pixels[p * 3];
            QCOMPARE(int(std::max({px[0], px[1], px[2]})), int(gray.pixels[p]));
            if (px[0] != px[1] || px[1] != px[2])
                anyColoured = true;
        }
    }
    QVERIFY2(anyColoured, "every 3-channel digit came out gray");
}

QTEST_GUILESS_MAIN(TestSyntheticDigits)
#include "tst_syntheticdigits.moc"
