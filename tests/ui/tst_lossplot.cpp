// SPDX-License-Identifier: MIT
// The loss plot's arithmetic and its behaviour with very long runs.

#include "lossplot.h"
#include "palettecolours.h"
#include "samplehistoryview.h"

#include <qcustomplot.h>

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace latent;

namespace {
QVector<StepMetrics> rows(qint64 first, qint64 count, const std::function<double(qint64)>& value)
{
    QVector<StepMetrics> out;
    for (qint64 step = first; step < first + count; ++step) {
        StepMetrics m;
        m.step = step;
        m.names = {"loss_d", "loss_g", "d_real", "d_fake"};
        const double v = value(step);
        m.values = {v, 2 * v, 0.5, 0.25};
        out.push_back(m);
    }
    return out;
}
} // namespace

class TestLossPlot : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void appendsSeriesAndIgnoresRepeats();
    void millionPointsDrawFewAndFast();
    void readsMetricsCsv();
    void overlaysOtherRuns();
    void exportsPngAndPdf();
    void clickPicksTheNearestStep();
    void sampleHistoryFollowsUnlessMovedBack();
    void sampleHistoryKeepsFewGridsInMemory();
    void followsADarkPalette();
};

void TestLossPlot::appendsSeriesAndIgnoresRepeats()
{
    LossPlot plot;
    plot.appendRows(rows(1, 50, [](qint64) { return 1.0; }));
    QCOMPARE(plot.seriesCount(), 4);
    QCOMPARE(plot.pointCount(), qsizetype(50));
    plot.appendRows(rows(40, 20, [](qint64) { return 1.0; })); // 40..49 again, then 50..59
    QCOMPARE(plot.pointCount(), qsizetype(59));
    plot.clear();
    QCOMPARE(plot.seriesCount(), 0);
}

// A run of a million logged steps: each redraw hands QCustomPlot a few
// thousand points per graph, and stays quick.
void TestLossPlot::millionPointsDrawFewAndFast()
{
    LossPlot plot;
    plot.resize(900, 500);
    plot.appendRows(rows(1, 1000000, [](qint64 s) { return 1.0 + std::sin(double(s) / 1000.0); }));
    QCOMPARE(plot.pointCount(), qsizetype(1000000));
    QElapsedTimer timer;
    timer.start();
    plot.redrawNow();
    const qint64 ms = timer.elapsed();
    qInfo("redraw with 4 x 1,000,000 points: %lld ms, %lld points drawn", ms, static_cast<long long>(plot.drawnPointCount()));
    QVERIFY(plot.drawnPointCount() <= 8 * 4000); // 4 series x (raw + smoothed)
    QVERIFY(plot.drawnPointCount() >= 8 * 1000);
}

void TestLossPlot::readsMetricsCsv()
{
    QTemporaryDir tmp;
    QFile csv(tmp.filePath("metrics.csv"));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("step,elapsed_s,samples_per_s,loss,recon,kl\n10,1.0,500,100,90,10\n20,2.0,500,80,70,10\nbroken\n");
    csv.close();
    LossPlot plot;
    QVERIFY(plot.loadCsv(csv.fileName()));
    QCOMPARE(plot.seriesCount(), 3);
    QCOMPARE(plot.pointCount(), qsizetype(2));
    QVERIFY(!plot.loadCsv(tmp.filePath("missing.csv")));
}

void TestLossPlot::overlaysOtherRuns()
{
    QTemporaryDir tmp;
    const auto write = [&](const QString& name, const QByteArray& text) {
        QFile csv(tmp.filePath(name));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(text);
    };
    write("this.csv", "step,elapsed_s,samples_per_s,loss_d,loss_g,d_real,d_fake\n10,1,5,1.0,2.0,0.9,0.1\n");
    write("other.csv", "step,elapsed_s,samples_per_s,loss_d,loss_g,d_real,d_fake\n10,1,5,1.5,2.5,0.8,0.2\n"
                       "20,2,5,1.4,2.4,0.8,0.2\n");
    LossPlot plot;
    plot.show();
    QVERIFY(plot.loadCsv(tmp.filePath("this.csv")));
    QVERIFY(plot.addComparison(tmp.filePath("other.csv"), "run-b"));
    QVERIFY(!plot.addComparison(tmp.filePath("missing.csv"), "run-c"));
    QCOMPARE(plot.seriesCount(), 8);
    QCOMPARE(plot.comparisons(), QStringList{"run-b"});
    auto* canvas = plot.findChild<QCustomPlot*>();
    QStringList legend;
    for (int i = 0; i < canvas->graphCount(); ++i)
        if (!canvas->graph(i)->name().isEmpty())
            legend << canvas->graph(i)->name();
    QVERIFY2(legend.contains("run-b · loss_d") && legend.contains("loss_d"), qPrintable(legend.join(", ")));
    // The compared run's D outputs share the right axis, in a lighter shade of the same colour.
    QCPGraph* dReal = nullptr;
    QCPGraph* comparedDReal = nullptr;
    for (int i = 0; i < canvas->graphCount(); ++i) {
        if (canvas->graph(i)->name() == "d_real")
            dReal = canvas->graph(i);
        if (canvas->graph(i)->name() == "run-b · d_real")
            comparedDReal = canvas->graph(i);
    }
    QVERIFY(dReal && comparedDReal);
    QCOMPARE(comparedDReal->valueAxis(), canvas->yAxis2);
    QCOMPARE(comparedDReal->pen().color().hue(), dReal->pen().color().hue());
    QVERIFY(comparedDReal->pen().color().lightness() > dReal->pen().color().lightness());

    plot.clear(); // a new run of this project: the comparison stays
    QCOMPARE(plot.seriesCount(), 4);
    QVERIFY(plot.loadCsv(tmp.filePath("this.csv")));
    QCOMPARE(plot.seriesCount(), 8);
    plot.clearComparisons();
    QCOMPARE(plot.seriesCount(), 4);
    QVERIFY(plot.comparisons().isEmpty());
}

void TestLossPlot::exportsPngAndPdf()
{
    QTemporaryDir tmp;
    LossPlot plot;
    plot.resize(600, 400);
    plot.appendRows(rows(1, 100, [](qint64 s) { return 1.0 / double(s); }));
    const QString png = tmp.filePath("losses.png"), pdf = tmp.filePath("losses.pdf");
    QVERIFY(plot.exportTo(png));
    QVERIFY(plot.exportTo(pdf));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 600); // written at twice the resolution
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(!plot.exportTo(tmp.filePath("no-such-folder/losses.png")));
}

void TestLossPlot::clickPicksTheNearestStep()
{
    LossPlot plot;
    plot.resize(800, 500);
    plot.show();
    plot.appendRows(rows(1, 10, [](qint64) { return 1.0; })); // steps 1..10
    plot.redrawNow();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    QWidget* canvas = plot.findChild<QCustomPlot*>();
    QVERIFY(canvas);
    QSignalSpy clicked(&plot, &LossPlot::stepClicked);
    QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, QPoint(canvas->width() / 2, canvas->height() / 2));
    QCOMPARE(clicked.count(), 1);
    const qint64 step = clicked.first().first().toLongLong();
    QVERIFY2(step >= 4 && step <= 7, qPrintable(QString::number(step))); // the middle of 1..10
}

void TestLossPlot::sampleHistoryFollowsUnlessMovedBack()
{
    SampleHistoryView view;
    QImage grid(20, 20, QImage::Format_Grayscale8);
    grid.fill(128);
    view.addGrid(100, grid);
    view.addGrid(200, grid);
    QCOMPARE(view.shownStep(), qint64(200)); // follows the newest
    QVERIFY(view.showNearest(120));
    QCOMPARE(view.shownStep(), qint64(100));
    view.addGrid(300, grid);
    QCOMPARE(view.shownStep(), qint64(100)); // moved back: stays
    QVERIFY(view.showNearest(1000));
    view.addGrid(400, grid);
    QCOMPARE(view.shownStep(), qint64(400)); // back at the end: follows again
    QCOMPARE(view.gridCount(), 4);
}

// A long run's grids are not all held decoded: old ones come back from their
// PNG when shown, and a project's folder is listed without decoding it.
void TestLossPlot::sampleHistoryKeepsFewGridsInMemory()
{
    QTemporaryDir tmp;
    SampleHistoryView view;
    constexpr int kGrids = 40;
    for (int i = 0; i < kGrids; ++i) {
        QImage grid(24, 24, QImage::Format_Grayscale8);
        grid.fill(i * 5);
        const QString path = tmp.filePath(QString("step-%1.png").arg((i + 1) * 100, 8, 10, QChar('0')));
        QVERIFY(grid.save(path));
        view.addGrid((i + 1) * 100, grid, path);
    }
    QCOMPARE(view.gridCount(), kGrids);
    QVERIFY2(view.decodedCount() <= SampleHistoryView::kDecoded + 1, qPrintable(QString::number(view.decodedCount())));
    QVERIFY(view.showNearest(100)); // the oldest, read back from its file
    QCOMPARE(view.shownStep(), qint64(100));
    QCOMPARE(view.shownGrid().pixelColor(3, 3).red(), 0);
    QVERIFY(view.showNearest(2000));
    QCOMPARE(view.shownGrid().pixelColor(3, 3).red(), 19 * 5);

    SampleHistoryView reopened;
    QCOMPARE(reopened.loadFolder(tmp.path()), kGrids);
    QCOMPARE(reopened.shownStep(), qint64(kGrids * 100));
    QVERIFY(reopened.decodedCount() <= 1);
    QCOMPARE(reopened.shownGrid().pixelColor(3, 3).red(), (kGrids - 1) * 5);
}

// A desktop switching to a dark theme changes the application palette: the
// plot follows, as do the error texts (palettecolours).
void TestLossPlot::followsADarkPalette()
{
    LossPlot plot;
    plot.show();
    auto* canvas = plot.findChild<QCustomPlot*>();
    QVERIFY(canvas);
    const QPalette light = QApplication::palette();
    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    QApplication::setPalette(dark);
    QTRY_COMPARE(canvas->xAxis->tickLabelColor(), QColor(0xee, 0xee, 0xee));
    QCOMPARE(canvas->xAxis->basePen().color(), QColor(0xee, 0xee, 0xee));
    const QImage shot = canvas->toPixmap(200, 100).toImage();
    QVERIFY(QColor(shot.pixel(2, 2)).lightness() < 64); // the background is dark now
    QVERIFY(palettecolours::isDark(plot.palette()));
    QVERIFY(palettecolours::error(plot.palette()).lightness() > 150); // readable on dark
    QApplication::setPalette(light);
    QTRY_COMPARE(canvas->xAxis->tickLabelColor(), light.color(QPalette::Text));
    QVERIFY(palettecolours::error(plot.palette()).lightness() < 100);
}

QTEST_MAIN(TestLossPlot)
#include "tst_lossplot.moc"
