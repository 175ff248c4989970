// SPDX-License-Identifier: MIT
// GanHealthMonitor: when the discriminator's win and diversity collapse are
// reported, how often, and for which losses.

#include "train/ganhealthmonitor.h"

#include <QtTest>

using latent::GanHealthMonitor;
using latent::ModelSpec;

namespace {

// Feeds `steps` identical steps from `first`; returns the warnings given.
std::vector<std::string> feed(GanHealthMonitor& monitor, std::int64_t first, std::int64_t steps, double dReal,
                              double dFake, double spread)
{
    std::vector<std::string> all;
    for (std::int64_t step = first; step < first + steps; ++step)
        for (auto& warning : monitor.observe(step, dReal, dFake, spread))
            all.push_back(std::move(warning));
    return all;
}

bool mentions(const std::vector<std::string>& warnings, const char* text)
{
    for (const auto& w : warnings)
        if (w.find(text) != std::string::npos)
            return true;
    return false;
}

} // namespace

class TestGanHealthMonitor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void healthyTrainingIsQuiet();
    void winningDiscriminatorIsReportedOnceThenReArmed();
    void oneGoodBatchDoesNotEndTheStreak();
    void winningDependsOnTheLoss();
    void collapseWaitsForWarmUpAndNamesTheRatio();
};

void TestGanHealthMonitor::healthyTrainingIsQuiet()
{
    GanHealthMonitor monitor(ModelSpec::GanLoss::Bce, 0.8);
    QVERIFY(feed(monitor, 1, 5000, 0.8, 0.3, 0.7).empty());
}

void TestGanHealthMonitor::winningDiscriminatorIsReportedOnceThenReArmed()
{
    GanHealthMonitor monitor(ModelSpec::GanLoss::Bce, 0.8);
    auto warnings = feed(monitor, 1, GanHealthMonitor::kWinningSteps + 100, 0.99, 0.01, 0.7);
    QCOMPARE(warnings.size(), std::size_t(1));
    QVERIFY(mentions(warnings, "discriminator is winning"));
    QVERIFY(feed(monitor, 2000, 1000, 0.99, 0.01, 0.7).empty()); // once per episode
    QVERIFY(feed(monitor, 3000, 1000, 0.7, 0.3, 0.7).empty());   // recovers
    QCOMPARE(feed(monitor, 4000, 1000, 0.99, 0.01, 0.7).size(), std::size_t(1)); // a new episode
}

void TestGanHealthMonitor::oneGoodBatchDoesNotEndTheStreak()
{
    GanHealthMonitor monitor(ModelSpec::GanLoss::Bce, 0.8);
    std::vector<std::string> all;
    for (std::int64_t step = 1; step <= 600; ++step)
        for (auto& w : monitor.observe(step, 0.99, step % 50 == 0 ? 0.3 : 0.005, 0.7))
            all.push_back(w);
    QCOMPARE(all.size(), std::size_t(1));
}

void TestGanHealthMonitor::winningDependsOnTheLoss()
{
    GanHealthMonitor wgan(ModelSpec::GanLoss::WganGp, 0.8); // unbounded scores: never judged
    QVERIFY(feed(wgan, 1, 2000, 50.0, -50.0, 0.7).empty());
    GanHealthMonitor hinge(ModelSpec::GanLoss::Hinge, 0.8);
    QVERIFY(feed(hinge, 1, 2000, 0.5, -0.5, 0.7).empty()); // inside the margins
    QCOMPARE(feed(hinge, 3000, 1000, 2.0, -2.0, 0.7).size(), std::size_t(1));
    GanHealthMonitor lsgan(ModelSpec::GanLoss::Lsgan, 0.8);
    QCOMPARE(feed(lsgan, 1, 1000, 0.98, 0.02, 0.7).size(), std::size_t(1));
}

void TestGanHealthMonitor::collapseWaitsForWarmUpAndNamesTheRatio()
{
    GanHealthMonitor monitor(ModelSpec::GanLoss::Bce, 0.8);
    // A fresh generator's samples are alike: not judged during warm-up.
    QVERIFY(feed(monitor, 1, GanHealthMonitor::kCollapseWarmUp - 1, 0.7, 0.3, 0.05).empty());
    const auto warnings = feed(monitor, GanHealthMonitor::kCollapseWarmUp, 1000, 0.7, 0.3, 0.08);
    QCOMPARE(warnings.size(), std::size_t(1));
    QVERIFY(mentions(warnings, "diversity is collapsing"));
    QVERIFY(mentions(warnings, "10%")); // 0.08 of 0.8

    GanHealthMonitor unknown(ModelSpec::GanLoss::Bce, 0.0); // no real spread: not judged
    QVERIFY(feed(unknown, 1, 3000, 0.7, 0.3, 0.0).empty());
}

QTEST_APPLESS_MAIN(TestGanHealthMonitor)
#include "tst_ganhealthmonitor.moc"
