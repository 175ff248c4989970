// SPDX-License-Identifier: MIT
#pragma once

#include "eval/evalresult.h"
#include "train/stepmetrics.h"

#include <QSplitter>

namespace latent {

class LossPlot;
class QualityPlot;
class SampleHistoryView;

// The Train view: the loss curves over the quality plot, the sample grids
// beside them. A click on either plot shows that step's samples; runs
// compared on the loss plot are compared on the quality plot too.
// GUI thread only.
class TrainView : public QSplitter {
    Q_OBJECT
public:
    explicit TrainView(QWidget* parent = nullptr);

    LossPlot* lossPlot() const { return m_lossPlot; }
    QualityPlot* qualityPlot() const { return m_qualityPlot; }
    SampleHistoryView* sampleView() const { return m_samples; }

    // Everything a project folder holds of its runs: curves, scores, grids.
    void loadProject(const QString& projectDir, const QString& metricsPath, const QString& samplesDir);
    // A new run from the start: this run's curves, scores and grids go.
    void clearRun();
    // Rows of the run training now.
    void appendRows(const QVector<StepMetrics>& rows);
    // A score of the run training now; `projectDir` says what it compares with.
    void addScore(const EvalResult& result, const QString& projectDir);

private:
    LossPlot* m_lossPlot;
    QualityPlot* m_qualityPlot;
    SampleHistoryView* m_samples;
};

} // namespace latent
