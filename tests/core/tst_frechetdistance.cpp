// SPDX-License-Identifier: MIT
// The Fréchet distance (core/eval/featurestatistics.h) against what is known
// about it: Gaussians in closed form (commuting, rotated, singular and
// non-commuting covariances), a set at distance 0 from itself, symmetry, the
// same value from blocks of rows and from float32, a deterministic bootstrap
// error, and an independent FD from SciPy (tests/bench/fd_reference.py) when
// Python has it.

#include "eval/featurestatistics.h"
#include "io/npyfile.h"
#include "testsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace latent;
using namespace latent::testsupport;

namespace {

const auto kDouble = torch::TensorOptions().dtype(torch::kFloat64);

// A Gaussian to sample from: x = mean + A z, z standard normal, so C = A A^T.
struct KnownGaussian {
    torch::Tensor mean;
    torch::Tensor factor;
    FeatureGaussian exact() const { return {mean, factor.mm(factor.t())}; }
    torch::Tensor sample(std::int64_t n) const
    {
        return torch::randn({n, mean.size(0)}, kDouble).mm(factor.t()) + mean;
    }
};

// A random rotation of `d` dimensions (Q of a Gaussian matrix's QR).
torch::Tensor rotation(std::int64_t d)
{
    return std::get<0>(torch::linalg::qr(torch::randn({d, d}, kDouble)));
}

torch::Tensor diagonalRoot(const std::vector<double>& variances)
{
    return torch::diag(torch::tensor(variances, kDouble).sqrt());
}

// A pair of Gaussians and their Fréchet distance in closed form.
struct KnownPair {
    KnownGaussian a, b;
    double distance = 0;
};

double squaredDistance(const std::vector<double>& a, const std::vector<double>& b)
{
    double sum = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        sum += (a[i] - b[i]) * (a[i] - b[i]);
    return sum;
}

// Commuting covariances (the same axes, rotated by `axes` or not): the
// square root of C1 C2 has eigenvalues sqrt(s1 s2), so FD = |m1 - m2|^2 +
// sum (s1 + s2 - 2 sqrt(s1 s2)).
KnownPair commutingPair(const std::vector<double>& s1, const std::vector<double>& s2, const std::vector<double>& m1,
                        const std::vector<double>& m2, const torch::Tensor& axes)
{
    KnownPair pair;
    pair.a = {axes.mv(torch::tensor(m1, kDouble)), axes.mm(diagonalRoot(s1))};
    pair.b = {axes.mv(torch::tensor(m2, kDouble)), axes.mm(diagonalRoot(s2))};
    pair.distance = squaredDistance(m1, m2);
    for (std::size_t i = 0; i < s1.size(); ++i)
        pair.distance += s1[i] + s2[i] - 2 * std::sqrt(s1[i] * s2[i]);
    return pair;
}

// Covariances that do not commute: 2 x 2 blocks, C1 = diag(p1, q1) and C2 =
// R(theta) diag(p2, q2) R(theta)^T. A 2 x 2 matrix with eigenvalues l1, l2 >= 0
// has tr sqrt = sqrt(l1) + sqrt(l2) = sqrt(tr + 2 sqrt(det)), and
// det(C1 C2) = p1 q1 p2 q2.
KnownPair rotatedBlocksPair()
{
    struct Block {
        double p1, q1, p2, q2, theta;
    };
    const std::vector<Block> blocks = {{1.0, 4.0, 2.0, 0.5, 0.3}, {3.0, 0.2, 1.0, 1.0, 1.1}, {0.7, 2.5, 5.0, 0.1, 2.0}};
    const std::int64_t d = std::int64_t(2 * blocks.size());
    torch::Tensor f1 = torch::zeros({d, d}, kDouble), f2 = torch::zeros({d, d}, kDouble);
    const std::vector<double> m1(std::size_t(d), 0.0), m2 = {0.5, -1.0, 0.0, 2.0, 0.25, 0.0};
    KnownPair pair;
    pair.distance = squaredDistance(m1, m2);
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const Block& b = blocks[i];
        const double c = std::cos(b.theta), s = std::sin(b.theta);
        const std::int64_t at = std::int64_t(2 * i);
        f1.index_put_({at, at}, std::sqrt(b.p1));
        f1.index_put_({at + 1, at + 1}, std::sqrt(b.q1));
        const torch::Tensor r = torch::tensor({c, -s, s, c}, kDouble).view({2, 2});
        f2.slice(0, at, at + 2).slice(1, at, at + 2).copy_(r.mm(diagonalRoot({b.p2, b.q2})));
        // tr(C1 C2) with C2 = [[p2 c^2 + q2 s^2, .], [., p2 s^2 + q2 c^2]].
        const double traceProduct = b.p1 * (b.p2 * c * c + b.q2 * s * s) + b.q1 * (b.p2 * s * s + b.q2 * c * c);
        const double traceSqrt = std::sqrt(traceProduct + 2 * std::sqrt(b.p1 * b.q1 * b.p2 * b.q2));
        pair.distance += b.p1 + b.q1 + b.p2 + b.q2 - 2 * traceSqrt;
    }
    pair.a = {torch::tensor(m1, kDouble), f1};
    pair.b = {torch::tensor(m2, kDouble), f2};
    return pair;
}

KnownPair knownPair(const QString& name)
{
    torch::manual_seed(11);
    const std::vector<double> s1 = {1.0, 2.0, 3.0, 0.5, 4.0, 0.1}, s2 = {2.0, 1.0, 3.0, 0.2, 0.5, 1.0};
    const std::vector<double> m1 = {0, 0, 0, 0, 0, 0}, m2 = {1.0, 0.0, -1.0, 0.5, 0.0, 0.0};
    if (name == "diagonal")
        return commutingPair(s1, s2, m1, m2, torch::eye(6, kDouble));
    if (name == "rotated, commuting")
        return commutingPair(s1, s2, m1, m2, rotation(6));
    if (name == "singular")
        return commutingPair({1.0, 0.0, 2.0, 0.0}, {0.0, 0.0, 3.0, 1.0}, {0, 0, 0, 0}, {0.5, 0, 0, 0}, rotation(4));
    if (name == "not commuting")
        return rotatedBlocksPair();
    return {};
}

} // namespace

class TestFrechetDistance : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void frechetOfKnownGaussians_data();
    void frechetOfKnownGaussians();
    void frechetOfASetWithItselfIsZero_data();
    void frechetOfASetWithItselfIsZero();
    void frechetIsSymmetric();
    void frechetInBlocksOfRows();
    void frechetReadsFloat32();
    void bootstrapErrorIsDeterministic();
    void agreesWithScipy();
};

void TestFrechetDistance::frechetOfKnownGaussians_data()
{
    QTest::addColumn<QString>("name");
    for (const char* name : {"diagonal", "rotated, commuting", "not commuting", "singular"})
        QTest::newRow(name) << QString(name);
}

void TestFrechetDistance::frechetOfKnownGaussians()
{
    QFETCH(QString, name);
    const KnownPair pair = knownPair(name);
    QVERIFY(pair.distance > 0.5);

    const double direct = frechetDistance(pair.a.exact(), pair.b.exact());
    QVERIFY2(relativeDifference(direct, pair.distance) < 1e-9,
             qPrintable(QString("direct %1, closed form %2").arg(direct, 0, 'g', 17).arg(pair.distance, 0, 'g', 17)));

    // From samples: the estimate's own noise is about 1% at this size.
    torch::manual_seed(5);
    const torch::Tensor x = pair.a.sample(40000), y = pair.b.sample(40000);
    const Estimate sampled = frechetDistance(x, y, 0, 1);
    QVERIFY2(relativeDifference(sampled.value, pair.distance) < 0.05,
             qPrintable(QString("sampled %1, closed form %2").arg(sampled.value).arg(pair.distance)));
    // The set version's shortcut (fake rows times sqrt(C_real)) is the same
    // maths. Singular covariances leave eigenvalues of round-off size, whose
    // square roots (~1e-8 of the largest) the two routes meet differently.
    const double viaGaussians = frechetDistance(gaussianOf(x), gaussianOf(y));
    const double agreement = name == "singular" ? 1e-6 : 1e-9;
    QVERIFY2(relativeDifference(sampled.value, viaGaussians) < agreement,
             qPrintable(QString("%1 and %2").arg(sampled.value, 0, 'g', 17).arg(viaGaussians, 0, 'g', 17)));
}

void TestFrechetDistance::frechetOfASetWithItselfIsZero_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("width");
    QTest::newRow("more rows than features") << 1000 << 32;
    QTest::newRow("fewer rows than features") << 40 << 64;
    QTest::newRow("studio-sized") << 2000 << 512;
}

void TestFrechetDistance::frechetOfASetWithItselfIsZero()
{
    QFETCH(int, rows);
    QFETCH(int, width);
    torch::manual_seed(3);
    // Correlated features with a wide spread of variances, as a network's are.
    const torch::Tensor x = torch::randn({rows, width}, kDouble).mm(torch::randn({width, width}, kDouble)) + 3.0;
    const double fromSets = frechetDistance(x, x, 0, 1).value;
    const double fromGaussians = frechetDistance(gaussianOf(x), gaussianOf(x));
    qInfo("FD of a %d x %d set with itself: %.3g (sets), %.3g (Gaussians); tr C = %.3g", rows, width, fromSets,
          fromGaussians, gaussianOf(x).covariance.trace().item<double>());
    QVERIFY2(fromSets < 1e-6, qPrintable(QString::number(fromSets)));
    QVERIFY2(fromGaussians < 1e-6, qPrintable(QString::number(fromGaussians)));
}

void TestFrechetDistance::frechetIsSymmetric()
{
    torch::manual_seed(4);
    const torch::Tensor x = torch::randn({600, 24}, kDouble);
    const torch::Tensor y = torch::randn({500, 24}, kDouble).mm(torch::randn({24, 24}, kDouble)) * 0.5 + 0.3;
    const double xy = frechetDistance(x, y, 0, 1).value, yx = frechetDistance(y, x, 0, 1).value;
    QVERIFY2(relativeDifference(xy, yx) < 1e-9,
             qPrintable(QString("%1 and %2").arg(xy, 0, 'g', 17).arg(yx, 0, 'g', 17)));
    const double gxy = frechetDistance(gaussianOf(x), gaussianOf(y));
    const double gyx = frechetDistance(gaussianOf(y), gaussianOf(x));
    QVERIFY(relativeDifference(gxy, gyx) < 1e-9);
    QVERIFY(relativeDifference(gxy, xy) < 1e-9);
}

void TestFrechetDistance::frechetInBlocksOfRows()
{
    // Over 65536 rows of 64 features, the covariance and the fake rows' Gram
    // matrix are summed block by block: the same as one product.
    torch::manual_seed(15);
    const torch::Tensor x = torch::randn({70000, 64}, kDouble).mm(torch::randn({64, 64}, kDouble)) + 2.0;
    const torch::Tensor y = torch::randn({66000, 64}, kDouble) * 1.5;
    const torch::Tensor centred = x - x.mean(0);
    const torch::Tensor oneProduct = centred.t().mm(centred) / (x.size(0) - 1);
    const FeatureGaussian g = gaussianOf(x);
    QVERIFY(torch::allclose(g.covariance, oneProduct, 1e-12, 1e-9));
    const double fromSets = frechetDistance(x, y, 0, 1).value;
    const double fromGaussians = frechetDistance(g, gaussianOf(y));
    QVERIFY2(relativeDifference(fromSets, fromGaussians) < 1e-9,
             qPrintable(QString("%1 and %2").arg(fromSets, 0, 'g', 17).arg(fromGaussians, 0, 'g', 17)));
}

void TestFrechetDistance::frechetReadsFloat32()
{
    torch::manual_seed(6);
    const torch::Tensor x = torch::randn({300, 16}), y = torch::randn({300, 16}) + 0.5;
    const double single = frechetDistance(x, y, 0, 1).value;
    const double twice = frechetDistance(x.to(torch::kFloat64), y.to(torch::kFloat64), 0, 1).value;
    QCOMPARE(single, twice); // the same float64 arithmetic on the same values
    const FeatureGaussian g = gaussianOf(x);
    QCOMPARE(g.mean.scalar_type(), torch::kFloat64);
    QCOMPARE(g.covariance.sizes().vec(), (std::vector<std::int64_t>{16, 16}));
}

void TestFrechetDistance::bootstrapErrorIsDeterministic()
{
    torch::manual_seed(7);
    const torch::Tensor x = torch::randn({800, 32}, kDouble), y = torch::randn({700, 32}, kDouble) * 1.2 + 0.2;
    const Estimate a = frechetDistance(x, y, 10, 42), b = frechetDistance(x, y, 10, 42);
    const Estimate c = frechetDistance(x, y, 10, 43), none = frechetDistance(x, y, 0, 42);
    QVERIFY(a.error > 0);
    QCOMPARE(a.value, b.value);
    QCOMPARE(a.error, b.error);
    QVERIFY(c.error != a.error);
    QCOMPARE(a.value, none.value); // the value is the full sets' FD, not the resamples' mean
    QCOMPARE(none.error, 0.0);
    QCOMPARE(frechetDistance(x, y, 1, 42).error, 0.0);
    // A standard error far smaller than the distance itself, for sets this size.
    QVERIFY2(a.error < 0.2 * a.value, qPrintable(QString("%1 +- %2").arg(a.value).arg(a.error)));
}

void TestFrechetDistance::agreesWithScipy()
{
    // Debian's python3-numpy and python3-scipy.
    const QString python = pythonThatImports("numpy, scipy.linalg");
    if (python.isEmpty())
        QSKIP("no python3 with numpy and scipy (Debian: python3-numpy python3-scipy)");
    QTemporaryDir dir;
    torch::manual_seed(13);
    const torch::Tensor x = torch::randn({500, 48}, kDouble).mm(torch::randn({48, 48}, kDouble));
    const torch::Tensor y = torch::randn({400, 48}, kDouble).mm(torch::randn({48, 48}, kDouble) * 0.7) + 0.5;
    const std::string realPath = dir.filePath("real.npy").toStdString();
    const std::string fakePath = dir.filePath("fake.npy").toStdString();
    writeNpy(realPath, x.data_ptr<double>(), x.size(0), x.size(1));
    writeNpy(fakePath, y.data_ptr<double>(), y.size(0), y.size(1));

    QProcess script;
    script.start(python, {QStringLiteral(LATENT_SOURCE_DIR "/tests/bench/fd_reference.py"),
                          QString::fromStdString(realPath), QString::fromStdString(fakePath)});
    QVERIFY(script.waitForFinished(120000));
    QVERIFY2(script.exitCode() == 0, script.readAllStandardError().constData());
    bool ok = false;
    const double scipy = QString::fromUtf8(script.readAllStandardOutput()).trimmed().toDouble(&ok);
    QVERIFY(ok);
    const double ours = frechetDistance(x, y, 0, 1).value;
    const double relative = relativeDifference(ours, scipy);
    qInfo("FD: ours %.12g, scipy.linalg.sqrtm %.12g, relative difference %.2g", ours, scipy, relative);
    QVERIFY(relative < 1e-6);
}

QTEST_GUILESS_MAIN(TestFrechetDistance)
#include "tst_frechetdistance.moc"
