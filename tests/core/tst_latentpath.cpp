// SPDX-License-Identifier: MIT
// Paths through latent space: keyframes hit exactly, slerp keeps lengths,
// frame counts with and without a loop, easing.

#include "base/studioerror.h"
#include "latent/latentpath.h"

#include <QTest>

#include <cmath>

using namespace latent;

namespace {
double norm(const std::vector<float>& v)
{
    double sum = 0;
    for (float x : v)
        sum += double(x) * x;
    return std::sqrt(sum);
}

// Two orthogonal vectors of length 5 and a third one.
const std::vector<std::vector<float>> kKeys = {{3, 4, 0}, {0, 0, 5}, {-5, 0, 0}};
} // namespace

class TestLatentPath : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void frameCounts_data();
    void frameCounts();
    void keyframesAreHitExactly();
    void slerpKeepsTheLength();
    void lerpPassesThroughTheMiddle();
    void easingKeepsItsEnds();
    void classesBlendLinearly();
    void refusesBadPaths();
};

void TestLatentPath::frameCounts_data()
{
    QTest::addColumn<int>("framesBetween");
    QTest::addColumn<bool>("loop");
    QTest::addColumn<int>("expected");
    QTest::newRow("3 keys, 10 between") << 10 << false << 21;
    QTest::newRow("3 keys, 10 between, loop") << 10 << true << 30;
    QTest::newRow("3 keys, 1 between") << 1 << false << 3;
}

void TestLatentPath::frameCounts()
{
    QFETCH(int, framesBetween);
    QFETCH(bool, loop);
    QFETCH(int, expected);
    LatentPath::Settings settings;
    settings.framesBetween = framesBetween;
    settings.loop = loop;
    const LatentPath path(kKeys, settings);
    QCOMPARE(path.frameCount(), expected);
    QCOMPARE(int(path.frames().size()), expected);
}

void TestLatentPath::keyframesAreHitExactly()
{
    LatentPath::Settings settings;
    settings.framesBetween = 7;
    settings.easing = LatentPath::Easing::EaseInOut;
    const LatentPath path(kKeys, settings);
    QCOMPARE(path.frame(0), kKeys[0]);
    QCOMPARE(path.frame(7), kKeys[1]);
    QCOMPARE(path.frame(14), kKeys[2]);
    settings.loop = true;
    const LatentPath loop(kKeys, settings);
    QCOMPARE(loop.frameCount(), 21);
    // The last frame is one step before the first key again, not the key itself.
    QVERIFY(loop.frame(20) != kKeys[0]);
    QVERIFY(norm(LatentPath::lerp(loop.frame(20), kKeys[0], 0.0)) > 0);
}

void TestLatentPath::slerpKeepsTheLength()
{
    for (double t : {0.0, 0.1, 0.25, 0.5, 0.9, 1.0}) {
        const auto v = LatentPath::slerp(kKeys[0], kKeys[1], t);
        QVERIFY2(std::abs(norm(v) - 5.0) < 1e-5, qPrintable(QString("t %1: length %2").arg(t).arg(norm(v))));
    }
    QCOMPARE(LatentPath::slerp(kKeys[0], kKeys[1], 0.0), kKeys[0]);
    const auto end = LatentPath::slerp(kKeys[0], kKeys[1], 1.0);
    for (std::size_t i = 0; i < end.size(); ++i)
        QVERIFY(std::abs(end[i] - kKeys[1][i]) < 1e-5);
    // Parallel keys fall back to lerp instead of dividing by zero.
    const auto same = LatentPath::slerp({1, 0}, {2, 0}, 0.5);
    QVERIFY(std::abs(same[0] - 1.5f) < 1e-6);
}

void TestLatentPath::lerpPassesThroughTheMiddle()
{
    const auto mid = LatentPath::lerp(kKeys[0], kKeys[1], 0.5);
    QCOMPARE(mid, (std::vector<float>{1.5f, 2.0f, 2.5f}));
    QVERIFY(norm(mid) < 5.0); // closer to the origin than either key: why slerp exists
}

void TestLatentPath::easingKeepsItsEnds()
{
    for (auto easing : {LatentPath::Easing::Linear, LatentPath::Easing::EaseInOut}) {
        QCOMPARE(LatentPath::ease(easing, 0.0), 0.0);
        QCOMPARE(LatentPath::ease(easing, 1.0), 1.0);
        QCOMPARE(LatentPath::ease(easing, 0.5), 0.5);
        double previous = 0.0;
        for (int i = 1; i <= 100; ++i) {
            const double value = LatentPath::ease(easing, i / 100.0);
            QVERIFY(value >= previous);
            previous = value;
        }
    }
    QVERIFY(LatentPath::ease(LatentPath::Easing::EaseInOut, 0.1) < 0.1); // slow start
}

void TestLatentPath::classesBlendLinearly()
{
    LatentPath::Settings settings;
    settings.framesBetween = 4;
    settings.interpolation = LatentPath::Interpolation::Spherical; // z on the circle, classes still straight
    settings.easing = LatentPath::Easing::EaseInOut;
    const std::vector<std::vector<float>> keys{kKeys[0], kKeys[1]};
    const LatentPath path(keys, settings, {{1, 0, 0}, {0, 0, 1}});
    QVERIFY(path.hasClasses());
    QCOMPARE(path.frameClasses(0), (std::vector<float>{1, 0, 0}));
    QCOMPARE(path.frameClasses(2), (std::vector<float>{0.5f, 0, 0.5f})); // eased t is 0.5 at the middle
    QCOMPARE(path.frameClasses(4), (std::vector<float>{0, 0, 1}));
    const float early = path.frameClasses(1)[2];
    QVERIFY(early > 0 && early < 0.25f); // eased: a slow start
    QVERIFY(!LatentPath(keys, settings).hasClasses());
    QVERIFY(LatentPath(keys, settings).frameClasses(1).empty());
    QVERIFY_THROWS_EXCEPTION(StudioError, LatentPath(keys, settings, {{1, 0}}));          // one key's class missing
    QVERIFY_THROWS_EXCEPTION(StudioError, LatentPath(keys, settings, {{1, 0}, {0, 0, 1}})); // counts differ
}

void TestLatentPath::refusesBadPaths()
{
    QVERIFY_THROWS_EXCEPTION(StudioError, LatentPath({{1, 2}}, {}));
    QVERIFY_THROWS_EXCEPTION(StudioError, LatentPath({{1, 2}, {1, 2, 3}}, {}));
    LatentPath::Settings none;
    none.framesBetween = 0;
    QVERIFY_THROWS_EXCEPTION(StudioError, LatentPath(kKeys, none));
}

QTEST_GUILESS_MAIN(TestLatentPath)
#include "tst_latentpath.moc"
