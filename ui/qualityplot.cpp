// SPDX-License-Identifier: MIT
#include "qualityplot.h"

#include "base/studioerror.h"
#include "eval/evaluationlog.h"
#include "plotstyle.h"

#include <qcustomplot.h>

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace latent {

namespace {
// The series' colours (plotstyle::seriesColour), apart from the loss plot's
// first ones so the two plots are not read as one.
constexpr int kFdColour = 4, kPrecisionColour = 5, kCoverageColour = 2;

QString number(double value, int digits) { return QString::number(value, 'g', digits); }
} // namespace

QualityPlot::QualityPlot(QWidget* parent)
    : QWidget(parent), m_plot(new QCustomPlot(this)), m_readout(new QLabel(this)), m_table(new QTableWidget(this))
{
    setObjectName("qualityPlot");
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->xAxis->setLabel(tr("step"));
    m_plot->yAxis->setLabel(tr("FD (lower is better)"));
    // FD falls by orders of magnitude as a run learns: a log axis shows the
    // early drop and the late differences alike.
    m_plot->yAxis->setScaleType(QCPAxis::stLogarithmic);
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    m_plot->yAxis->setNumberFormat("gb");
    m_plot->yAxis2->setLabel(tr("precision, coverage"));
    m_plot->yAxis2->setVisible(true);
    m_plot->yAxis2->setRange(0.0, 1.05);
    m_plot->legend->setFont(font());
    m_plot->legend->setVisible(false);
    plotstyle::placeLegendAbove(m_plot, 3);
    m_plot->setMinimumSize(320, 150);
    m_bestLine = new QCPItemStraightLine(m_plot);
    m_bestLine->setPen(QPen(plotstyle::seriesColour(kFdColour), 1, Qt::DashLine));
    m_bestLine->setVisible(false);
    m_bestMark = new QCPItemTracer(m_plot);
    m_bestMark->setStyle(QCPItemTracer::tsCircle);
    m_bestMark->setSize(9);
    m_bestMark->setPen(QPen(plotstyle::seriesColour(kFdColour), 2));
    m_bestMark->setVisible(false);
    makeGraphs(m_run, 0);
    plotstyle::applyPalette(m_plot, palette());
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent* event) {
        if (event->button() != Qt::LeftButton || m_run.results.empty())
            return;
        const double x = m_plot->xAxis->pixelToCoord(event->position().x());
        const auto nearest = std::min_element(m_run.results.begin(), m_run.results.end(),
                                              [x](const EvalResult& a, const EvalResult& b) {
                                                  return std::abs(double(a.step) - x) < std::abs(double(b.step) - x);
                                              });
        Q_EMIT stepClicked(nearest->step);
    });

    m_readout->setObjectName("qualityReadout");
    m_readout->setWordWrap(true);
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName("comparedScores");
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Run"), tr("Best FD"), tr("At step"), tr("KID"), tr("Precision"), tr("Coverage")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMaximumHeight(120);
    m_table->setVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_readout);
    layout->addWidget(m_table);
    refresh();
}

void QualityPlot::makeGraphs(Run& run, int shade)
{
    const auto colour = [shade](int index) { return plotstyle::seriesColour(index).lighter(100 + 35 * shade); };
    const QString prefix = run.label.isEmpty() ? QString() : run.label + QStringLiteral(" · ");
    run.fd = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis);
    run.fd->setName(prefix + tr("FD"));
    run.fd->setPen(QPen(colour(kFdColour), shade ? 1.5 : 2.0));
    run.fd->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 4));
    run.fdErrors = new QCPErrorBars(m_plot->xAxis, m_plot->yAxis);
    run.fdErrors->setDataPlottable(run.fd);
    run.fdErrors->setPen(QPen(colour(kFdColour), 1));
    run.fdErrors->removeFromLegend();
    run.precision = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis2);
    run.precision->setName(prefix + tr("precision"));
    run.precision->setPen(QPen(colour(kPrecisionColour), 1.5, Qt::DashLine));
    run.coverage = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis2);
    run.coverage->setName(prefix + tr("coverage"));
    run.coverage->setPen(QPen(colour(kCoverageColour), 1.5));
}

void QualityPlot::removeGraphs(Run& run)
{
    m_plot->removePlottable(run.fdErrors);
    for (QCPGraph* graph : {run.fd, run.precision, run.coverage})
        m_plot->removeGraph(graph);
}

void QualityPlot::showRun(Run& run)
{
    QVector<double> steps, fd, errors, precision, coverage;
    for (const EvalResult& r : run.results) {
        steps << double(r.step);
        fd << r.fd;
        errors << r.fdError;
        precision << r.precision;
        coverage << r.coverage;
    }
    run.fd->setData(steps, fd);
    run.fdErrors->setData(errors);
    run.precision->setData(steps, precision);
    run.coverage->setData(steps, coverage);
}

void QualityPlot::addResult(const EvalResult& result)
{
    // A resumed run scores again from its checkpoint: later rows were undone.
    while (!m_run.results.empty() && m_run.results.back().step >= result.step)
        m_run.results.pop_back();
    m_run.results.push_back(result);
    refresh();
}

void QualityPlot::loadReference(const QString& projectDir)
{
    QFile reference(QDir(projectDir).filePath(QStringLiteral("evaluation/reference.json")));
    if (reference.open(QIODevice::ReadOnly))
        setReference(QJsonDocument::fromJson(reference.readAll()).object().value("description").toString());
}

bool QualityPlot::loadProject(const QString& projectDir)
{
    loadReference(projectDir);
    try {
        m_run.results = EvaluationLog::read(QDir(projectDir).filePath(QStringLiteral("evaluation.csv")).toStdString());
    } catch (const StudioError&) {
        m_run.results.clear();
        refresh();
        return false;
    }
    refresh();
    return true;
}

void QualityPlot::followSteps(qint64 step)
{
    if (step <= m_lastStep)
        return;
    m_lastStep = step;
    refresh();
}

void QualityPlot::clear()
{
    m_lastStep = 0;
    m_run.results.clear();
    m_reference.clear();
    refresh();
}

void QualityPlot::setReference(const QString& description)
{
    m_reference = description;
    updateReadout();
}

bool QualityPlot::addComparison(const QString& projectDir, const QString& label)
{
    std::vector<EvalResult> results;
    try {
        results = EvaluationLog::read(QDir(projectDir).filePath(QStringLiteral("evaluation.csv")).toStdString());
    } catch (const StudioError&) {
        return false;
    }
    if (results.empty())
        return false;
    for (auto it = m_compared.begin(); it != m_compared.end(); ++it)
        if (it->label == label) {
            removeGraphs(*it);
            m_compared.erase(it);
            break;
        }
    Run run;
    run.label = label;
    run.results = std::move(results);
    makeGraphs(run, int(m_compared.size()) + 1);
    m_compared.push_back(std::move(run));
    refresh();
    return true;
}

void QualityPlot::clearComparisons()
{
    for (Run& run : m_compared)
        removeGraphs(run);
    m_compared.clear();
    refresh();
}

std::optional<EvalResult> QualityPlot::best() const { return EvaluationLog::best(m_run.results); }

void QualityPlot::refresh()
{
    showRun(m_run);
    for (Run& run : m_compared)
        showRun(run);
    const std::optional<EvalResult> top = best();
    m_bestMark->setVisible(top.has_value());
    m_bestLine->setVisible(top.has_value());
    if (top) {
        m_bestMark->setGraph(m_run.fd);
        m_bestMark->setGraphKey(double(top->step));
        m_bestLine->point1->setCoords(double(top->step), 1.0);
        m_bestLine->point2->setCoords(double(top->step), 2.0);
    }
    m_plot->legend->setVisible(!m_run.results.empty() || !m_compared.empty());
    // The steps from 0 to the latest, worked out here: QCustomPlot's rescale()
    // keeps the old width around a single score (step 400 drawn to 830).
    double last = double(m_lastStep);
    const auto reach = [&last](const Run& run) {
        for (const EvalResult& r : run.results)
            last = std::max(last, double(r.step));
    };
    reach(m_run);
    std::for_each(m_compared.begin(), m_compared.end(), reach);
    m_plot->xAxis->setRange(0.0, last + std::max(1.0, 0.02 * last));
    m_plot->yAxis->rescale();
    const QCPRange y = m_plot->yAxis->range();
    if (m_run.results.empty() && m_compared.empty())
        m_plot->yAxis->setRange(1.0, 1000.0); // where FDs land, not an empty log axis's 0 to 5
    else if (y.lower > 0.0)
        m_plot->yAxis->setRange(y.lower / 1.5, y.upper * 1.5);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    updateReadout();
    updateTable();
}

QString QualityPlot::describe(const EvalResult& r)
{
    //: The scores of one evaluation: FD and KID with their standard errors, then precision and coverage
    return tr("FD %1 ± %2, KID %3 ± %4, precision %5, coverage %6")
        .arg(number(r.fd, 4), number(r.fdError, 2), number(r.kid, 3), number(r.kidError, 2),
             QString::number(r.precision, 'f', 2), QString::number(r.coverage, 'f', 2));
}

void QualityPlot::updateReadout()
{
    //: Says what the scores are; shown under the quality plot
    const QString what = tr("Measured against %1; not comparable with the Inception FIDs of papers.")
                             .arg(m_reference.isEmpty() ? tr("real images of the data, in the features of a network "
                                                             "trained on them")
                                                        : m_reference);
    if (m_run.results.empty()) {
        m_readout->setText(tr("No quality scores yet: the run scores its generator every few hundred steps "
                              "(Training tab, Evaluate every). %1")
                               .arg(what));
        return;
    }
    const EvalResult& last = m_run.results.back();
    const EvalResult top = *best();
    m_readout->setText(tr("Step %1: %2. Best: FD %3 ± %4 at step %5. %6")
                           .arg(last.step)
                           .arg(describe(last), number(top.fd, 4), number(top.fdError, 2))
                           .arg(top.step)
                           .arg(what));
}

void QualityPlot::updateTable()
{
    m_table->setVisible(!m_compared.empty());
    if (m_compared.empty())
        return;
    std::vector<const Run*> runs{&m_run};
    for (const Run& run : m_compared)
        runs.push_back(&run);
    m_table->setRowCount(int(runs.size()));
    for (int row = 0; row < int(runs.size()); ++row) {
        const Run& run = *runs[std::size_t(row)];
        const std::optional<EvalResult> top = EvaluationLog::best(run.results);
        const QStringList cells = {
            run.label.isEmpty() ? tr("this run") : run.label,
            top ? QStringLiteral("%1 ± %2").arg(number(top->fd, 4), number(top->fdError, 2)) : QStringLiteral("–"),
            top ? QString::number(top->step) : QStringLiteral("–"),
            top ? QStringLiteral("%1 ± %2").arg(number(top->kid, 3), number(top->kidError, 2)) : QStringLiteral("–"),
            top ? QString::number(top->precision, 'f', 2) : QStringLiteral("–"),
            top ? QString::number(top->coverage, 'f', 2) : QStringLiteral("–")};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
}

QString QualityPlot::readoutText() const { return m_readout->text(); }

void QualityPlot::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        plotstyle::applyPalette(m_plot, palette()); // the desktop switched between light and dark
    QWidget::changeEvent(event);
}

} // namespace latent
