// SPDX-License-Identifier: MIT
#include "lossplot.h"

#include "palettecolours.h"
#include "plotstyle.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

#include <cmath>

namespace latent {

namespace {

// Each graph gets at most this many points per redraw: about two per pixel
// of a wide plot, plenty for the eye, cheap for QCustomPlot.
constexpr int kMaxDrawnPoints = 4000;

// The min/max of [begin, end) in index order (one point when they coincide).
void appendMinMax(const QVector<double>& keys, const QVector<double>& values, qsizetype begin, qsizetype end,
                  QVector<double>& outKeys, QVector<double>& outValues, qsizetype& added)
{
    qsizetype lo = begin, hi = begin;
    for (qsizetype i = begin + 1; i < end; ++i) {
        if (values[i] < values[lo])
            lo = i;
        if (values[i] > values[hi])
            hi = i;
    }
    added = lo == hi ? 1 : 2;
    for (qsizetype i : {std::min(lo, hi), std::max(lo, hi)}) {
        outKeys.push_back(keys[i]);
        outValues.push_back(values[i]);
        if (lo == hi)
            break;
    }
}

// Between a compared run's label and a metric: "run-b · loss_d".
const QString kComparedMark = QStringLiteral(" · ");

} // namespace

void LossPlot::Decimated::extend(const QVector<double>& srcKeys, const QVector<double>& srcValues)
{
    const qsizetype n = srcKeys.size();
    if (n < folded) { // the source shrank: start over
        reset();
    }
    if (n / bucket > kMaxDrawnPoints / 2) {
        while (n / bucket > kMaxDrawnPoints / 2)
            bucket *= 2;
        const qsizetype keep = bucket;
        reset();
        bucket = keep;
    }
    keys.resize(keys.size() - partial);
    values.resize(values.size() - partial);
    partial = 0;
    qsizetype added = 0;
    for (; folded + bucket <= n; folded += bucket)
        appendMinMax(srcKeys, srcValues, folded, folded + bucket, keys, values, added);
    if (folded < n)
        appendMinMax(srcKeys, srcValues, folded, n, keys, values, partial);
}

LossPlot::LossPlot(QWidget* parent)
    : QWidget(parent),
      m_plot(new QCustomPlot(this)),
      m_smoothingSlider(new QSlider(Qt::Horizontal, this)),
      m_logScale(new QCheckBox(tr("Log scale"), this)),
      m_readout(new QLabel(this))
{
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->xAxis->setLabel(tr("step"));
    m_plot->yAxis->setLabel(tr("loss"));
    m_plot->yAxis2->setLabel(tr("D output"));
    m_plot->legend->setVisible(false); // shown with the first series
    m_plot->legend->setFont(font());
    plotstyle::placeLegendAbove(m_plot, 4);
    m_plot->setNoAntialiasingOnDrag(true);
    // Wide pens stroked as one polyline become one huge filled path in Qt's
    // raster engine: 2.7 s per redraw at a million logged points. Segment by
    // segment it is a few milliseconds (docs/PERFORMANCE.md).
    m_plot->setPlottingHint(QCP::phFastPolylines, true);
    m_plot->setMinimumSize(320, 200);
    applyPalette();
    connect(m_plot, &QCustomPlot::mouseMove, this, &LossPlot::onMouseMove);
    connect(m_plot, &QCustomPlot::mousePress, this, &LossPlot::onMousePress);
    connect(m_plot, &QCustomPlot::mouseWheel, this, [this] { m_following = false; });
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this] {
        m_following = true;
        refreshGraphs();
    });

    m_smoothingSlider->setRange(0, 99);
    m_smoothingSlider->setValue(int(m_smoothing * 100));
    m_smoothingSlider->setToolTip(tr("Exponential smoothing of the curves (0 = none)"));
    auto* smoothingValue = new QLabel(QString::number(m_smoothing, 'f', 2), this);
    connect(m_smoothingSlider, &QSlider::valueChanged, this, [this, smoothingValue](int value) {
        smoothingValue->setText(QString::number(value / 100.0, 'f', 2));
        setSmoothing(value / 100.0);
    });
    connect(m_logScale, &QCheckBox::toggled, this, &LossPlot::setLogScale);
    auto* exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setToolTip(tr("Save the plot as PNG or PDF"));
    connect(exportButton, &QPushButton::clicked, this, &LossPlot::exportDialog);

    auto* compareButton = new QPushButton(tr("Compare…"), this);
    compareButton->setObjectName("compareRuns");
    compareButton->setToolTip(tr("Overlay the curves of other runs (their project folders)"));
    auto* compareMenu = new QMenu(compareButton);
    compareMenu->addAction(tr("Add a Run…"), this, &LossPlot::compareDialog);
    QAction* removeCompared = compareMenu->addAction(tr("Remove Compared Runs"), this, &LossPlot::clearComparisons);
    connect(compareMenu, &QMenu::aboutToShow, this,
            [this, removeCompared] { removeCompared->setEnabled(!m_comparisons.isEmpty()); });
    compareButton->setMenu(compareMenu);

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Smoothing"), this));
    controls->addWidget(m_smoothingSlider, 1);
    controls->addWidget(smoothingValue);
    controls->addWidget(m_logScale);
    controls->addWidget(compareButton);
    controls->addWidget(exportButton);
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readout->setText(hint());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot, 1);
    layout->addLayout(controls);
    layout->addWidget(m_readout);
}

LossPlot::Series& LossPlot::seriesFor(const QString& name)
{
    for (Series& s : m_series)
        if (s.name == name)
            return s;
    Series s;
    s.name = name;
    const qsizetype mark = name.indexOf(kComparedMark);
    s.compared = mark >= 0;
    const QString metric = s.compared ? name.mid(mark + kComparedMark.size()) : name;
    s.rightAxis = metric.startsWith("d_");
    QCPAxis* valueAxis = s.rightAxis ? m_plot->yAxis2 : m_plot->yAxis;
    if (s.rightAxis)
        m_plot->yAxis2->setVisible(true);
    // A metric keeps its colour; a compared run's curve takes it, lighter for each run.
    if (!m_metricOrder.contains(metric))
        m_metricOrder.append(metric);
    QColor colour = plotstyle::seriesColour(int(m_metricOrder.indexOf(metric)));
    if (s.compared)
        colour = colour.lighter(135 + 25 * int(m_comparisons.indexOf(name.left(mark))));
    QColor faint = colour;
    faint.setAlpha(60);
    s.rawGraph = m_plot->addGraph(m_plot->xAxis, valueAxis);
    s.rawGraph->setPen(QPen(faint, 1));
    s.rawGraph->removeFromLegend();
    s.smoothGraph = m_plot->addGraph(m_plot->xAxis, valueAxis);
    // Solid pens (the fast polyline path takes only those); the D outputs thinner.
    s.smoothGraph->setPen(QPen(colour, (s.rightAxis ? 1.5 : 2.0) * (s.compared ? 0.75 : 1.0)));
    s.smoothGraph->setName(name);
    m_plot->legend->setVisible(true);
    m_series.push_back(s);
    return m_series.back();
}

void LossPlot::smoothFrom(Series& s, qsizetype first)
{
    if (first == 0) {
        s.accumulator = 0.0;
        s.accumulated = 0;
        s.smoothed.clear();
    }
    s.smoothed.resize(s.raw.size());
    for (qsizetype i = first; i < s.raw.size(); ++i) {
        // TensorBoard's debiased EMA: no pull toward zero at the start.
        s.accumulator = s.accumulator * m_smoothing + (1.0 - m_smoothing) * s.raw[i];
        ++s.accumulated;
        const double debias = 1.0 - std::pow(m_smoothing, s.accumulated);
        s.smoothed[i] = debias > 0 ? s.accumulator / debias : s.raw[i];
    }
}

void LossPlot::appendRows(const QVector<StepMetrics>& rows)
{
    for (const StepMetrics& row : rows) {
        for (std::size_t i = 0; i < row.names.size() && i < row.values.size(); ++i) {
            Series& s = seriesFor(QString::fromStdString(row.names[i]));
            if (!s.steps.isEmpty() && double(row.step) <= s.steps.last())
                continue; // already have it (a resumed run repeats nothing, but be safe)
            if (!std::isfinite(row.values[i]))
                continue;
            s.steps.push_back(double(row.step));
            s.raw.push_back(row.values[i]);
            smoothFrom(s, s.raw.size() - 1);
        }
    }
    scheduleRedraw();
}

QString LossPlot::hint() { return tr("Point at the curves for values; click to see that step's samples."); }

bool LossPlot::readCsv(const QString& path, const QString& prefix, QVector<StepMetrics>& rows)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> header = file.readLine().trimmed().split(',');
    if (header.size() < 4 || header[0] != "step")
        return false;
    while (!file.atEnd()) {
        const QList<QByteArray> cells = file.readLine().trimmed().split(',');
        if (cells.size() != header.size())
            continue;
        StepMetrics row;
        row.step = cells[0].toLongLong();
        row.elapsedSeconds = cells[1].toDouble();
        row.samplesPerSecond = cells[2].toDouble();
        for (qsizetype i = 3; i < cells.size(); ++i) {
            row.names.push_back((prefix + QString::fromUtf8(header[i])).toStdString());
            row.values.push_back(cells[i].toDouble());
        }
        rows.push_back(std::move(row));
    }
    return true;
}

bool LossPlot::loadCsv(const QString& path)
{
    QVector<StepMetrics> rows;
    m_lastLogged.reset();
    if (!readCsv(path, {}, rows))
        return false;
    if (!rows.isEmpty())
        m_lastLogged = rows.last();
    appendRows(rows);
    return true;
}

QString LossPlot::comparedName(const QString& label, const QString& metric)
{
    return label + kComparedMark + metric;
}

bool LossPlot::addComparison(const QString& csvPath, const QString& label)
{
    QVector<StepMetrics> rows;
    if (!readCsv(csvPath, comparedName(label, {}), rows))
        return false;
    if (!m_comparisons.contains(label))
        m_comparisons.append(label);
    appendRows(rows);
    return true;
}

void LossPlot::removeSeries(const std::function<bool(const Series&)>& which)
{
    for (auto it = m_series.begin(); it != m_series.end();) {
        if (which(*it)) {
            m_plot->removeGraph(it->rawGraph);
            m_plot->removeGraph(it->smoothGraph);
            it = m_series.erase(it);
        } else {
            ++it;
        }
    }
    const bool right = std::any_of(m_series.begin(), m_series.end(), [](const Series& s) { return s.rightAxis; });
    m_plot->yAxis2->setVisible(right);
    m_plot->legend->setVisible(!m_series.empty());
    m_following = true;
    scheduleRedraw();
}

void LossPlot::clearComparisons()
{
    m_comparisons.clear();
    removeSeries([](const Series& s) { return s.compared; });
    Q_EMIT comparisonsCleared();
}

void LossPlot::clear()
{
    removeSeries([](const Series& s) { return !s.compared; });
}

void LossPlot::compareDialog()
{
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Compare with another run: choose its project folder"));
    if (dir.isEmpty())
        return;
    if (addComparison(QDir(dir).filePath(QStringLiteral("metrics.csv")), QFileInfo(dir).fileName())) {
        m_readout->setText(hint());
        Q_EMIT runCompared(dir, QFileInfo(dir).fileName());
    }
    else
        m_readout->setText(palettecolours::errorHtml(tr("%1: no readable metrics.csv").arg(dir), palette()));
}

void LossPlot::setSmoothing(double weight)
{
    m_smoothing = std::clamp(weight, 0.0, 0.99);
    for (Series& s : m_series) {
        smoothFrom(s, 0);
        s.smoothDrawn.reset();
    }
    scheduleRedraw();
}

void LossPlot::setLogScale(bool on)
{
    for (QCPAxis* axis : {m_plot->yAxis, m_plot->yAxis2}) {
        axis->setScaleType(on ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
        if (on)
            axis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
        else
            axis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    }
    if (m_logScale->isChecked() != on)
        m_logScale->setChecked(on);
    m_following = true;
    scheduleRedraw();
}

qsizetype LossPlot::pointCount() const { return m_series.empty() ? 0 : m_series.front().raw.size(); }

void LossPlot::refreshGraphs()
{
    m_drawnPoints = 0;
    for (Series& s : m_series) {
        s.rawDrawn.extend(s.steps, s.raw);
        s.smoothDrawn.extend(s.steps, s.smoothed);
        s.rawGraph->setData(s.rawDrawn.keys, s.rawDrawn.values, /*alreadySorted=*/true);
        s.smoothGraph->setData(s.smoothDrawn.keys, s.smoothDrawn.values, /*alreadySorted=*/true);
        m_drawnPoints += s.rawDrawn.keys.size() + s.smoothDrawn.keys.size();
    }
    if (m_following) {
        m_plot->rescaleAxes();
        if (m_plot->yAxis2->visible())
            m_plot->yAxis2->setRange(m_plot->yAxis->scaleType() == QCPAxis::stLogarithmic ? 1e-3 : 0.0, 1.0);
    }
}

void LossPlot::scheduleRedraw()
{
    refreshGraphs();
    m_plot->replot(QCustomPlot::rpQueuedReplot); // coalesced into one paint
}

void LossPlot::redrawNow()
{
    refreshGraphs();
    m_plot->replot(QCustomPlot::rpImmediateRefresh);
}

qint64 LossPlot::stepAt(double x) const
{
    if (m_series.empty() || m_series.front().steps.isEmpty())
        return -1;
    const QVector<double>& steps = m_series.front().steps;
    auto it = std::lower_bound(steps.begin(), steps.end(), x);
    if (it == steps.end())
        --it;
    else if (it != steps.begin() && std::abs(*(it - 1) - x) < std::abs(*it - x))
        --it;
    return qint64(*it);
}

void LossPlot::onMouseMove(QMouseEvent* event)
{
    if (event->buttons() != Qt::NoButton)
        m_following = false; // dragging the view
    const qint64 step = stepAt(m_plot->xAxis->pixelToCoord(event->position().x()));
    if (step < 0)
        return;
    QStringList parts{tr("step %1").arg(step)};
    for (const Series& s : m_series) {
        const auto it = std::lower_bound(s.steps.begin(), s.steps.end(), double(step));
        if (it == s.steps.end() || *it != double(step))
            continue;
        const qsizetype i = it - s.steps.begin();
        //: %1 is a metric's name (loss_d...), %2 its value at the step and %3 the smoothed value
        parts << tr("%1 %2 (smoothed %3)")
                     .arg(s.name)
                     .arg(s.raw[i], 0, 'g', 4)
                     .arg(s.smoothed[i], 0, 'g', 4);
    }
    m_readout->setText(parts.join(QStringLiteral("   ")));
}

void LossPlot::onMousePress(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const qint64 step = stepAt(m_plot->xAxis->pixelToCoord(event->position().x()));
    if (step >= 0)
        Q_EMIT stepClicked(step);
}

bool LossPlot::exportTo(const QString& path)
{
    redrawNow();
    if (path.endsWith(".pdf", Qt::CaseInsensitive))
        return m_plot->savePdf(path);
    return m_plot->savePng(path, 0, 0, 2.0); // twice the screen resolution
}

void LossPlot::exportDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the loss plot"), QStringLiteral("losses.png"),
                                                      tr("PNG image (*.png);;PDF document (*.pdf)"));
    if (!path.isEmpty() && !exportTo(path))
        m_readout->setText(tr("Could not write %1").arg(path));
}

void LossPlot::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette(); // the desktop switched between light and dark
    QWidget::changeEvent(event);
}

void LossPlot::applyPalette() { plotstyle::applyPalette(m_plot, palette()); }

} // namespace latent
