// SPDX-License-Identifier: MIT
#pragma once

#include "train/stepmetrics.h"

#include <QVector>
#include <QWidget>

#include <functional>
#include <optional>

class QCPGraph;
class QCheckBox;
class QCustomPlot;
class QLabel;
class QSlider;

namespace latent {

// Live loss curves: one series per metric, raw values faint and an
// exponentially smoothed line over them (debiased, as TensorBoard does);
// D(x) and D(G(z)) on their own right-hand axis. Zoom and pan with the mouse
// (double-click returns to following the run), a read-out of step and values
// under the pointer, a click picks a step. However long the run, each redraw
// draws at most a few thousand points per series (min/max per bucket).
class LossPlot : public QWidget {
    Q_OBJECT
public:
    explicit LossPlot(QWidget* parent = nullptr);

    void appendRows(const QVector<StepMetrics>& rows);
    // Reads a project's metrics.csv; returns false if it is missing or unreadable.
    bool loadCsv(const QString& path);
    // The last row loadCsv read; none before, or when the file had none.
    const std::optional<StepMetrics>& lastLoggedRow() const { return m_lastLogged; }
    // Clears this run's curves; compared runs stay.
    void clear();

    // Overlays another run's metrics.csv, its curves named "label · loss_d"
    // in lighter shades of the same colours; false when it is unreadable.
    bool addComparison(const QString& csvPath, const QString& label);
    void clearComparisons();
    QStringList comparisons() const { return m_comparisons; }

    void setSmoothing(double weight); // 0 (none) to 0.99
    double smoothing() const { return m_smoothing; }
    void setLogScale(bool on);
    // PNG or PDF by the file's suffix; false when writing failed.
    bool exportTo(const QString& path);

    int seriesCount() const { return int(m_series.size()); }
    qsizetype pointCount() const; // raw points of the first series
    // Points the last redraw handed to QCustomPlot, over all graphs.
    qsizetype drawnPointCount() const { return m_drawnPoints; }
    // Redraws now (tests and benchmarks); normally redraws are queued.
    void redrawNow();

Q_SIGNALS:
    void stepClicked(qint64 step);
    // Compare > Add a Run took another project's curves; the other plots of
    // the window take its other logs.
    void runCompared(const QString& projectDir, const QString& label);
    void comparisonsCleared();

protected:
    void changeEvent(QEvent* event) override;

private:
    // Background, axes, grid and legend in the window's palette (light or dark).
    void applyPalette();
    // A series reduced for drawing: the minimum and maximum of each bucket
    // of `bucket` points (a power of two that doubles as the run grows), kept
    // up to date as points arrive, so a redraw costs the points drawn, not the
    // points logged.
    struct Decimated {
        qsizetype bucket = 1;
        qsizetype folded = 0;  // source points in complete buckets
        qsizetype partial = 0; // output points of the incomplete last bucket
        QVector<double> keys, values;
        void reset() { *this = Decimated{}; }
        void extend(const QVector<double>& keys, const QVector<double>& values);
    };

    struct Series {
        QString name;
        bool compared = false; // another run's (addComparison)
        bool rightAxis = false;
        QVector<double> steps, raw, smoothed;
        Decimated rawDrawn, smoothDrawn;
        double accumulator = 0.0;
        int accumulated = 0;
        QCPGraph* rawGraph = nullptr;
        QCPGraph* smoothGraph = nullptr;
    };

    Series& seriesFor(const QString& name);
    static QString comparedName(const QString& label, const QString& metric);
    // A metrics.csv's rows, each metric's name given `prefix`; false when unreadable.
    static bool readCsv(const QString& path, const QString& prefix, QVector<StepMetrics>& rows);
    void removeSeries(const std::function<bool(const Series&)>& which);
    void compareDialog();
    // What the read-out says while the pointer is off the curves.
    static QString hint();
    void smoothFrom(Series& series, qsizetype first);
    void refreshGraphs();
    void scheduleRedraw();
    void onMouseMove(QMouseEvent* event);
    void onMousePress(QMouseEvent* event);
    void exportDialog();
    qint64 stepAt(double x) const;

    QCustomPlot* m_plot;
    QSlider* m_smoothingSlider;
    QCheckBox* m_logScale;
    QLabel* m_readout;
    std::vector<Series> m_series;
    std::optional<StepMetrics> m_lastLogged;
    QStringList m_comparisons; // labels of the compared runs
    QStringList m_metricOrder; // metrics in the order first seen: their colours
    double m_smoothing = 0.6;
    bool m_following = true; // rescale to the data until the user zooms or pans
    qsizetype m_drawnPoints = 0;
};

} // namespace latent
