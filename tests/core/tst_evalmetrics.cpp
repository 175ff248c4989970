// SPDX-License-Identifier: MIT
// The evaluation metrics (core/eval/featurestatistics.h) against what is
// known about them: KID near 0 for one distribution and growing with a shift,
// precision/recall/density/coverage on constructed point sets, KID and the
// k-NN metrics against the formulas written out naively, the time all of them
// take at the studio's scale, and readable errors for unusable input. The
// Fréchet distance has tst_frechetdistance.

#include "base/compute.h"
#include "base/openmpwaitpolicy.h"
#include "eval/featurestatistics.h"

#include "testsupport.h"

#include <QElapsedTimer>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

using namespace latent;
using namespace latent::testsupport;

namespace {

const auto kDouble = torch::TensorOptions().dtype(torch::kFloat64);

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

} // namespace

class TestEvalMetrics : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void kernelDistanceOfOneDistributionIsNearZero();
    void kernelDistanceGrowsWithAShift();
    void kernelDistanceMatchesTheFormula_data();
    void kernelDistanceMatchesTheFormula();
    void manifoldOfConstructedSets_data();
    void manifoldOfConstructedSets();
    void manifoldMatchesTheFormulas_data();
    void manifoldMatchesTheFormulas();
    void speedAtStudioScale_data();
    void speedAtStudioScale();
    void refusesUnusableInput_data();
    void refusesUnusableInput();
};

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
