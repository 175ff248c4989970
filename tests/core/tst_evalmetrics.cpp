// SPDX-License-Identifier: MIT
// The evaluation metrics (core/eval/featurestatistics.h) against what is
// known about them: Fréchet distances of Gaussians in closed form, a set at
// distance 0 from itself, KID near 0 for one distribution and growing with a
// shift, precision/recall/density/coverage on constructed point sets, KID and
// the k-NN metrics against the formulas written out naively, an independent
// FD from SciPy (tests/bench/fd_reference.py) when Python has it, the time
// taken at the studio's scale, and readable errors for unusable input.

#include "base/compute.h"
#include "base/openmpwaitpolicy.h"
#include "eval/featurestatistics.h"
#include "io/npyfile.h"

#include "testsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <functional>
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

// Points around `centres` [C, D]: `perCentre` each around the centres listed, spread `spread`.
torch::Tensor clusters(const torch::Tensor& centres, const std::vector<std::int64_t>& which, std::int64_t perCentre,
                       double spread)
{
    std::vector<torch::Tensor> parts;
    for (std::int64_t c : which)
        parts.push_back(centres[c] + spread * torch::randn({perCentre, centres.size(1)}, kDouble));
    return torch::cat(parts);
}

// Naive O(N^2) versions of the formulas, one pair at a time in plain C++.
using Rows = std::vector<std::vector<double>>;

Rows rowsOf(const torch::Tensor& x)
{
    const torch::Tensor c = x.to(torch::kFloat64).contiguous();
    const auto a = c.accessor<double, 2>();
    Rows rows(std::size_t(c.size(0)), std::vector<double>(std::size_t(c.size(1))));
    for (std::int64_t i = 0; i < c.size(0); ++i)
        for (std::int64_t j = 0; j < c.size(1); ++j)
            rows[std::size_t(i)][std::size_t(j)] = a[i][j];
    return rows;
}

double dot(const std::vector<double>& a, const std::vector<double>& b)
{
    double sum = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        sum += a[i] * b[i];
    return sum;
}

double distance(const std::vector<double>& a, const std::vector<double>& b)
{
    double sum = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        sum += (a[i] - b[i]) * (a[i] - b[i]);
    return std::sqrt(sum);
}

// Bińkowski et al. 2018, eq. 4 (Gretton et al. 2012, lemma 6) with k(x, y) = (x.y / D + 1)^3.
double naiveKid(const torch::Tensor& real, const torch::Tensor& fake)
{
    const Rows x = rowsOf(real), y = rowsOf(fake);
    const double width = double(x[0].size());
    const auto k = [&](const std::vector<double>& a, const std::vector<double>& b) {
        return std::pow(dot(a, b) / width + 1, 3);
    };
    const std::size_t m = x.size();
    double xx = 0, yy = 0, xy = 0;
    for (std::size_t i = 0; i < m; ++i)
        for (std::size_t j = 0; j < m; ++j) {
            if (i != j) {
                xx += k(x[i], x[j]);
                yy += k(y[i], y[j]);
            }
            xy += k(x[i], y[j]);
        }
    return (xx + yy) / double(m * (m - 1)) - 2 * xy / double(m * m);
}

// Kynkäänniemi et al. 2019, eq. 1-2; Naeem et al. 2020, eq. 3-4.
Manifold naiveManifold(const torch::Tensor& realSet, const torch::Tensor& fakeSet, int k)
{
    const Rows real = rowsOf(realSet), fake = rowsOf(fakeSet);
    const auto radii = [&](const Rows& x) {
        std::vector<double> r;
        for (std::size_t i = 0; i < x.size(); ++i) {
            std::vector<double> d;
            for (std::size_t j = 0; j < x.size(); ++j)
                if (j != i)
                    d.push_back(distance(x[i], x[j]));
            std::nth_element(d.begin(), d.begin() + (k - 1), d.end());
            r.push_back(d[std::size_t(k - 1)]);
        }
        return r;
    };
    const std::vector<double> realRadii = radii(real), fakeRadii = radii(fake);
    Manifold m;
    std::vector<bool> covered(real.size(), false), recalled(real.size(), false);
    for (std::size_t j = 0; j < fake.size(); ++j) {
        int balls = 0;
        for (std::size_t i = 0; i < real.size(); ++i) {
            const double d = distance(fake[j], real[i]);
            if (d <= realRadii[i]) {
                ++balls;
                covered[i] = true;
            }
            if (d <= fakeRadii[j])
                recalled[i] = true;
        }
        m.precision += balls > 0;
        m.density += balls;
    }
    m.precision /= double(fake.size());
    m.density /= double(k) * double(fake.size());
    m.recall = double(std::count(recalled.begin(), recalled.end(), true)) / double(real.size());
    m.coverage = double(std::count(covered.begin(), covered.end(), true)) / double(real.size());
    return m;
}

double relativeDifference(double a, double b)
{
    return std::abs(a - b) / std::max({std::abs(a), std::abs(b), 1e-300});
}

// A Python that has NumPy and SciPy (Debian's python3-numpy and python3-scipy), or empty.
QString pythonWithScipy()
{
    for (const QString& python : {QStringLiteral("/usr/bin/python3"), QStringLiteral("python3")}) {
        QProcess probe;
        probe.start(python, {"-c", "import numpy, scipy.linalg"});
        if (probe.waitForFinished(60000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0)
            return python;
    }
    return {};
}

} // namespace

class TestEvalMetrics : public QObject {
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
    void kernelDistanceOfOneDistributionIsNearZero();
    void kernelDistanceGrowsWithAShift();
    void kernelDistanceMatchesTheFormula_data();
    void kernelDistanceMatchesTheFormula();
    void manifoldOfConstructedSets_data();
    void manifoldOfConstructedSets();
    void manifoldMatchesTheFormulas_data();
    void manifoldMatchesTheFormulas();
    void agreesWithScipy();
    void speedAtStudioScale_data();
    void speedAtStudioScale();
    void refusesUnusableInput_data();
    void refusesUnusableInput();
};

void TestEvalMetrics::frechetOfKnownGaussians_data()
{
    QTest::addColumn<QString>("name");
    for (const char* name : {"diagonal", "rotated, commuting", "not commuting", "singular"})
        QTest::newRow(name) << QString(name);
}

void TestEvalMetrics::frechetOfKnownGaussians()
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

void TestEvalMetrics::frechetOfASetWithItselfIsZero_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("width");
    QTest::newRow("more rows than features") << 1000 << 32;
    QTest::newRow("fewer rows than features") << 40 << 64;
    QTest::newRow("studio-sized") << 2000 << 512;
}

void TestEvalMetrics::frechetOfASetWithItselfIsZero()
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

void TestEvalMetrics::frechetIsSymmetric()
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

void TestEvalMetrics::frechetInBlocksOfRows()
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

void TestEvalMetrics::frechetReadsFloat32()
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

void TestEvalMetrics::bootstrapErrorIsDeterministic()
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

void TestEvalMetrics::kernelDistanceOfOneDistributionIsNearZero()
{
    for (std::uint64_t seed : {1u, 2u, 3u}) {
        torch::manual_seed(int64_t(seed));
        const torch::Tensor mix = torch::randn({64, 64}, kDouble) / 8;
        const torch::Tensor x = torch::randn({2000, 64}, kDouble).mm(mix);
        const torch::Tensor y = torch::randn({1500, 64}, kDouble).mm(mix);
        const Estimate kid = kernelDistance(x, y, 10, seed);
        QVERIFY(kid.error > 0);
        QVERIFY2(std::abs(kid.value) < 3 * kid.error, qPrintable(QString("%1 +- %2").arg(kid.value).arg(kid.error)));
        const Estimate again = kernelDistance(x, y, 10, seed);
        QCOMPARE(again.value, kid.value);
    }
}

void TestEvalMetrics::kernelDistanceGrowsWithAShift()
{
    torch::manual_seed(8);
    const torch::Tensor x = torch::randn({2000, 32}, kDouble), base = torch::randn({2000, 32}, kDouble);
    double previous = -1;
    for (double shift : {0.25, 0.5, 1.0, 2.0}) {
        const Estimate kid = kernelDistance(x, base + shift, 10, 5);
        qInfo("KID at shift %.2f: %.5f +- %.5f", shift, kid.value, kid.error);
        QVERIFY2(kid.value > 5 * kid.error, qPrintable(QString("%1 +- %2").arg(kid.value).arg(kid.error)));
        QVERIFY(kid.value > previous);
        previous = kid.value;
    }
}

void TestEvalMetrics::kernelDistanceMatchesTheFormula_data()
{
    QTest::addColumn<int>("rows");
    QTest::newRow("9 rows") << 9;
    QTest::newRow("2100 rows: kernel blocks") << 2100; // over 2048 rows, the kernel matrix comes in blocks
}

void TestEvalMetrics::kernelDistanceMatchesTheFormula()
{
    QFETCH(int, rows);
    torch::manual_seed(9);
    const torch::Tensor x = torch::randn({rows, 5}, kDouble), y = torch::randn({rows, 5}, kDouble) * 0.8 + 0.4;
    // One subset of every row: the shuffle does not change the sums.
    const Estimate kid = kernelDistance(x, y, 1, 3);
    const double naive = naiveKid(x, y);
    QVERIFY2(relativeDifference(kid.value, naive) < 1e-9,
             qPrintable(QString("%1 and %2").arg(kid.value, 0, 'g', 17).arg(naive, 0, 'g', 17)));
    QCOMPARE(kid.error, 0.0);
    // Three subsets: the mean of three such estimates, and its standard error.
    const Estimate three = kernelDistance(x, y, 3, 3);
    QVERIFY(three.error > 0);
}

void TestEvalMetrics::manifoldOfConstructedSets_data()
{
    QTest::addColumn<QString>("fakes");
    QTest::newRow("two of ten clusters") << "two of ten clusters";
    QTest::newRow("the same distribution") << "the same distribution";
    QTest::newRow("far away") << "far away";
}

void TestEvalMetrics::manifoldOfConstructedSets()
{
    QFETCH(QString, fakes);
    torch::manual_seed(10);
    // Ten clusters of spread 1, their centres about 28 apart: well separated.
    const torch::Tensor centres = torch::randn({10, 8}, kDouble) * 20;
    const std::vector<std::int64_t> all = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    const torch::Tensor real = clusters(centres, all, 200, 1.0);
    torch::Tensor fake;
    if (fakes == "two of ten clusters")
        fake = clusters(centres, {2, 7}, 1000, 1.0);
    else if (fakes == "the same distribution")
        fake = clusters(centres, all, 200, 1.0);
    else
        fake = clusters(centres, all, 200, 1.0) + 1000.0;
    const Manifold m = manifoldMetrics(real, fake, 5);
    qInfo("%s: precision %.3f, recall %.3f, density %.3f, coverage %.3f", qPrintable(fakes), m.precision, m.recall,
          m.density, m.coverage);
    if (fakes == "two of ten clusters") {
        QVERIFY(m.precision > 0.9);
        QVERIFY(m.recall < 0.35);
        QVERIFY(m.coverage < 0.35);
    } else if (fakes == "the same distribution") {
        QVERIFY(m.precision > 0.85);
        QVERIFY(m.recall > 0.85);
        QVERIFY(m.coverage > 0.9);
        QVERIFY(m.density > 0.8 && m.density < 1.2);
    } else {
        QCOMPARE(m.precision, 0.0);
        QCOMPARE(m.coverage, 0.0);
        QCOMPARE(m.density, 0.0);
        QCOMPARE(m.recall, 0.0);
    }
}

void TestEvalMetrics::manifoldMatchesTheFormulas_data()
{
    QTest::addColumn<int>("realRows");
    QTest::addColumn<int>("fakeRows");
    QTest::addColumn<int>("k");
    QTest::addColumn<bool>("duplicates");
    QTest::newRow("k = 1") << 30 << 25 << 1 << false;
    QTest::newRow("k = 3") << 30 << 25 << 3 << false;
    QTest::newRow("k = 3, duplicate rows") << 30 << 25 << 3 << true;
    QTest::newRow("k = rows - 1") << 30 << 25 << 24 << false;
    // Four blocks of each set against itself, two blocks of fakes against the reals.
    QTest::newRow("blocks") << 2100 << 2150 << 5 << false;
}

void TestEvalMetrics::manifoldMatchesTheFormulas()
{
    QFETCH(int, realRows);
    QFETCH(int, fakeRows);
    QFETCH(int, k);
    QFETCH(bool, duplicates);
    torch::manual_seed(12);
    torch::Tensor real = torch::randn({realRows, 4}, kDouble);
    const torch::Tensor fake = torch::randn({fakeRows, 4}, kDouble) * 1.3 + 0.2;
    if (duplicates) // five equal rows: each one's nearest others at distance 0
        real.slice(0, 0, 4).copy_(real[5].expand({4, 4}));
    const Manifold got = manifoldMetrics(real, fake, k), want = naiveManifold(real, fake, k);
    QCOMPARE(got.precision, want.precision);
    QCOMPARE(got.recall, want.recall);
    QCOMPARE(got.density, want.density);
    QCOMPARE(got.coverage, want.coverage);
    QVERIFY(want.precision > 0 && want.precision <= 1);
}

void TestEvalMetrics::agreesWithScipy()
{
    const QString python = pythonWithScipy();
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

void TestEvalMetrics::speedAtStudioScale_data()
{
    QTest::addColumn<bool>("studioThreads");
    QTest::newRow("BLAS's own threads") << false;
    // As the studio's workers run: compute::useThreads caps a pthread OpenBLAS at one thread.
    QTest::newRow("the studio's thread settings") << true;
}

void TestEvalMetrics::speedAtStudioScale()
{
    QFETCH(bool, studioThreads);
    if (studioThreads)
        compute::useThreads(0);
    // 2000 + 2000 images of 512 float32 features.
    torch::manual_seed(14);
    const torch::Tensor x = torch::randn({2000, 512}).mm(torch::randn({512, 512}) / 16);
    const torch::Tensor y = torch::randn({2000, 512}).mm(torch::randn({512, 512}) / 16) + 0.1;
    // The best of three: what the machine can do when nothing else takes a core.
    const auto bestMs = [](const std::function<void()>& run) {
        qint64 best = std::numeric_limits<qint64>::max();
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer timer;
            timer.start();
            run();
            best = std::min(best, timer.elapsed());
        }
        return best;
    };
    Estimate fd, bootstrapped, kid;
    Manifold m;
    const qint64 fdMs = bestMs([&] { fd = frechetDistance(x, y, 0, 1); });
    const qint64 bootstrapMs = bestMs([&] { bootstrapped = frechetDistance(x, y, 10, 1); });
    const qint64 kidMs = bestMs([&] { kid = kernelDistance(x, y, 10, 1); });
    const qint64 manifoldMs = bestMs([&] { m = manifoldMetrics(x, y, 5); });
    qInfo("%s, BLAS %s, %d threads; 2000 + 2000 x 512: FD %lld ms, FD with 10 bootstraps %lld ms, KID (10 "
          "subsets) %lld ms, precision/recall/density/coverage %lld ms; all %lld ms. FD %.4g +- %.2g, KID %.4g +- "
          "%.2g, P %.3f R %.3f D %.3f C %.3f",
          QTest::currentDataTag(), compute::blasThreading().c_str(), compute::defaultThreadCount(), fdMs, bootstrapMs,
          kidMs, manifoldMs, bootstrapMs + kidMs + manifoldMs, fd.value, bootstrapped.error, kid.value, kid.error,
          m.precision, m.recall, m.density, m.coverage);
    // Not a benchmark: a bound far above the measured times, to catch a quadratic slip.
    QVERIFY(bootstrapMs + kidMs + manifoldMs < 20000);
}

void TestEvalMetrics::refusesUnusableInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("one row") << "one row" << "The real images' features have too few rows: 1, where at least 2";
    QTest::newRow("widths differ") << "widths differ" << "differ in width: 8 and 9 values per image";
    QTest::newRow("NaN") << "NaN" << "The generated images' features hold values that are not finite";
    QTest::newRow("infinity") << "infinity" << "The real images' features hold values that are not finite";
    QTest::newRow("not a matrix") << "not a matrix" << "must be a matrix of real numbers";
    QTest::newRow("no columns") << "no columns" << "their shape is [5, 0]";
    QTest::newRow("undefined") << "undefined" << "their shape is []";
    QTest::newRow("negative bootstraps") << "negative bootstraps" << "cannot be negative (it is -1)";
    QTest::newRow("no subsets") << "no subsets" << "at least 1 (it is 0)";
    QTest::newRow("too many subsets") << "too many subsets" << "have 10 rows: too few for 6 subsets";
    QTest::newRow("k = 0") << "k = 0" << "k must be at least 1 (it is 0)";
    QTest::newRow("k too large") << "k too large" << "The generated images' features have 5 rows: too few to find each "
                                                     "row's 5 nearest";
    QTest::newRow("gaussian of one row") << "gaussian of one row" << "The features have too few rows: 1";
    QTest::newRow("gaussians differ") << "gaussians differ" << "means of shapes [3] and [4]";
    QTest::newRow("gaussian not finite") << "gaussian not finite" << "covariance holds values that are not finite";
}

void TestEvalMetrics::refusesUnusableInput()
{
    QFETCH(QString, input);
    QFETCH(QString, fragment);
    const torch::Tensor ten = torch::randn({10, 8}), five = torch::randn({5, 8});
    const std::map<QString, std::function<void()>> cases = {
        {"one row", [&] { frechetDistance(torch::randn({1, 8}), ten, 0, 1); }},
        {"widths differ", [&] { kernelDistance(ten, torch::randn({10, 9}), 2, 1); }},
        {"NaN", [&] { manifoldMetrics(ten, ten.clone().index_put_({3, 4}, NAN), 2); }},
        {"infinity", [&] { frechetDistance(ten.clone().index_put_({0, 0}, INFINITY), ten, 0, 1); }},
        {"not a matrix", [&] { frechetDistance(torch::randn({10, 2, 4}), ten, 0, 1); }},
        {"no columns", [&] { manifoldMetrics(ten, torch::randn({5, 0}), 2); }},
        {"undefined", [&] { kernelDistance(torch::Tensor(), ten, 2, 1); }},
        {"negative bootstraps", [&] { frechetDistance(ten, ten, -1, 1); }},
        {"no subsets", [&] { kernelDistance(ten, ten, 0, 1); }},
        {"too many subsets", [&] { kernelDistance(ten, torch::randn({20, 8}), 6, 1); }},
        {"k = 0", [&] { manifoldMetrics(ten, ten, 0); }},
        {"k too large", [&] { manifoldMetrics(ten, five, 5); }},
        {"gaussian of one row", [&] { gaussianOf(torch::randn({1, 3})); }},
        {"gaussians differ",
         [&] { frechetDistance(gaussianOf(torch::randn({5, 3})), gaussianOf(torch::randn({5, 4}))); }},
        {"gaussian not finite",
         [&] {
             FeatureGaussian g = gaussianOf(five);
             g.covariance.index_put_({1, 1}, NAN);
             frechetDistance(g, gaussianOf(five));
         }},
    };
    QVERIFY(cases.count(input) == 1);
    const auto error = studioErrorFrom(cases.at(input));
    const QString problem = badInputProblem(error, {fragment});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// QTEST_GUILESS_MAIN, after the OpenMP wait policy that the studio and the
// CLI apply: without it, LibTorch's two threads spin against each other on a
// busy machine and the timings measure that (an element-wise pass over a
// 200 x 200 block took 30 ms instead of 0.05).
int main(int argc, char** argv)
{
    applyOpenMpWaitPolicy(argv);
    QCoreApplication app(argc, argv);
    TestEvalMetrics test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_evalmetrics.moc"
