// SPDX-License-Identifier: MIT
#include "trainview.h"

#include "lossplot.h"
#include "qualityplot.h"
#include "samplehistoryview.h"

namespace latent {

TrainView::TrainView(QWidget* parent)
    : QSplitter(Qt::Horizontal, parent),
      m_lossPlot(new LossPlot),
      m_qualityPlot(new QualityPlot),
      m_samples(new SampleHistoryView)
{
    auto* plots = new QSplitter(Qt::Vertical);
    plots->addWidget(m_lossPlot);
    plots->addWidget(m_qualityPlot);
    plots->setStretchFactor(0, 3);
    plots->setStretchFactor(1, 2);
    addWidget(plots);
    addWidget(m_samples);
    setStretchFactor(0, 3);
    setStretchFactor(1, 2);
    connect(m_lossPlot, &LossPlot::stepClicked, m_samples, &SampleHistoryView::showNearest);
    connect(m_qualityPlot, &QualityPlot::stepClicked, m_samples, &SampleHistoryView::showNearest);
    connect(m_lossPlot, &LossPlot::runCompared, m_qualityPlot, &QualityPlot::addComparison);
    connect(m_lossPlot, &LossPlot::comparisonsCleared, m_qualityPlot, &QualityPlot::clearComparisons);
}

void TrainView::loadProject(const QString& projectDir, const QString& metricsPath, const QString& samplesDir)
{
    m_lossPlot->clear();
    m_lossPlot->loadCsv(metricsPath);
    m_qualityPlot->loadProject(projectDir);
    m_samples->clear();
    m_samples->loadFolder(samplesDir);
}

void TrainView::clearRun()
{
    m_lossPlot->clear();
    m_qualityPlot->clear();
    m_samples->clear();
}

void TrainView::appendRows(const QVector<StepMetrics>& rows)
{
    m_lossPlot->appendRows(rows);
    m_qualityPlot->followSteps(rows.last().step);
}

void TrainView::addScore(const EvalResult& result, const QString& projectDir)
{
    if (m_qualityPlot->results().empty()) // the run has just written what it compares with
        m_qualityPlot->loadReference(projectDir);
    m_qualityPlot->addResult(result);
}

} // namespace latent
