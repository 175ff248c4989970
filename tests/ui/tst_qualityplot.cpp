// SPDX-License-Identifier: MIT
// The quality plot: scores as they arrive, the best step marked and said,
// what they are measured against, other runs compared side by side.

#include "eval/evaluationlog.h"
#include "qualityplot.h"
#include "testsupport.h"

#include <qcustomplot.h>

#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace latent;

class TestQualityPlot : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void saysLatestAndBest();
    void anEmptyPlotSpansWhereScoresLand();
    void stepsRunToTheLatestOnly();
    void aResumedRunReplacesLaterScores();
    void readsAProjectsScores();
    void comparedRunsAreListedWithTheirBest();
};

namespace {
EvalResult scored(qint64 step, double fd, double coverage = 0.5)
{
    EvalResult r;
    r.step = step;
    r.fd = fd;
    r.fdError = fd / 20;
    r.kid = fd / 100;
    r.kidError = fd / 1000;
    r.precision = 0.8;
    r.coverage = coverage;
    r.samples = r.references = 2000;
    return r;
}

void writeScores(const QString& projectDir, const std::vector<EvalResult>& rows)
{
    EvaluationLog log((projectDir + "/evaluation.csv").toStdString(), -1);
    for (const EvalResult& r : rows)
        log.append(r);
}
} // namespace

void TestQualityPlot::saysLatestAndBest()
{
    QualityPlot plot;
    QVERIFY(plot.readoutText().contains("No quality scores yet"));
    plot.setReference("2000 held-out images");
    plot.addResult(scored(250, 9.0));
    plot.addResult(scored(500, 2.0));
    plot.addResult(scored(750, 3.0));
    QCOMPARE(plot.best()->step, qint64(500));
    const QString text = plot.readoutText();
    QVERIFY2(text.contains("Step 750") && text.contains("Best: FD 2 ± 0.1 at step 500"), qPrintable(text));
    QVERIFY2(text.contains("2000 held-out images") && text.contains("not comparable"), qPrintable(text));
}

// Before the first score the log axis spans FD's usual range, not the
// empty plot's 0 to 5 (a log axis cannot show 0).
void TestQualityPlot::anEmptyPlotSpansWhereScoresLand()
{
    QualityPlot plot;
    const QCPRange empty = plot.findChild<QCustomPlot*>()->yAxis->range();
    QVERIFY2(empty.lower >= 1.0 && empty.upper >= 100.0, qPrintable(QString("%1 to %2").arg(empty.lower).arg(empty.upper)));
    plot.addResult(scored(250, 0.5));
    const QCPRange scoredRange = plot.findChild<QCustomPlot*>()->yAxis->range();
    QVERIFY(scoredRange.contains(0.5) && scoredRange.upper < 100.0);
}

void TestQualityPlot::stepsRunToTheLatestOnly()
{
    QualityPlot plot;
    plot.followSteps(460);
    plot.addResult(scored(400, 42.5));
    const QCPRange steps = plot.findChild<QCustomPlot*>()->xAxis->range();
    QVERIFY2(steps.lower == 0.0 && steps.contains(460) && steps.upper < 500,
             qPrintable(QString("%1 to %2").arg(steps.lower).arg(steps.upper)));
}

void TestQualityPlot::aResumedRunReplacesLaterScores()
{
    QualityPlot plot;
    for (qint64 step : {250, 500, 750})
        plot.addResult(scored(step, 1000.0 / double(step)));
    plot.addResult(scored(500, 7.0)); // resumed from the checkpoint of step 250
    QCOMPARE(int(plot.results().size()), 2);
    QCOMPARE(plot.results().back().fd, 7.0);
}

void TestQualityPlot::readsAProjectsScores()
{
    QTemporaryDir tmp;
    writeScores(tmp.path(), {scored(100, 5.0), scored(200, 4.0)});
    QVERIFY(testsupport::writeFile(tmp.filePath("evaluation/reference.json"),
                                   R"({"description": "1500 held-out images"})"));
    QualityPlot plot;
    QVERIFY(plot.loadProject(tmp.path()));
    QCOMPARE(int(plot.results().size()), 2);
    QVERIFY(plot.readoutText().contains("1500 held-out images"));
    QVERIFY(testsupport::writeFile(tmp.filePath("evaluation.csv"), "not,our,log\n"));
    QVERIFY(!plot.loadProject(tmp.path()));
    QVERIFY(plot.results().empty());
}

void TestQualityPlot::comparedRunsAreListedWithTheirBest()
{
    QTemporaryDir other;
    writeScores(other.path(), {scored(100, 8.0, 0.3), scored(200, 6.0, 0.4), scored(300, 6.5, 0.45)});
    QualityPlot plot;
    plot.show();
    plot.addResult(scored(100, 5.0));
    auto* table = plot.findChild<QTableWidget*>("comparedScores");
    QVERIFY(table && table->isHidden());
    QVERIFY(!plot.addComparison(other.filePath("nothing"), "none")); // no scores there
    QVERIFY(plot.addComparison(other.path(), "run-b"));
    QCOMPARE(plot.comparedRunCount(), 1);
    QVERIFY(table->isVisible());
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(1, 0)->text(), QString("run-b"));
    QVERIFY(table->item(1, 1)->text().startsWith("6 ±"));
    QCOMPARE(table->item(1, 2)->text(), QString("200"));
    plot.clearComparisons();
    QVERIFY(table->isHidden());
}

QTEST_MAIN(TestQualityPlot)
#include "tst_qualityplot.moc"
