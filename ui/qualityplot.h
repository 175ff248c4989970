// SPDX-License-Identifier: MIT
#pragma once

#include "eval/evalresult.h"

#include <QWidget>

#include <optional>
#include <vector>

class QCPErrorBars;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemTracer;
class QCustomPlot;
class QLabel;
class QTableWidget;

namespace latent {

// How good the generator is, as training goes: the Fréchet distance (lower
// is better, with its error bars) on the left axis, precision (fidelity) and
// coverage (diversity) on the right, the best step marked. A read-out says
// the latest and the best scores, what they are measured against, and that
// they are not the Inception FIDs of papers; a click picks a step. Other
// runs' scores can be overlaid (lighter), and are then listed side by side
// with their best. GUI thread only.
class QualityPlot : public QWidget {
    Q_OBJECT
public:
    explicit QualityPlot(QWidget* parent = nullptr);

    // A score of the run shown (live).
    void addResult(const EvalResult& result);
    // Reads a project's evaluation.csv (and what it compares with, from
    // evaluation/reference.json beside it); a missing file is no scores.
    // False when it cannot be read.
    bool loadProject(const QString& projectDir);
    // The run has reached `step`: the step axis reaches it too, as the loss curves' does.
    void followSteps(qint64 step);
    // Clears this run's scores; compared runs stay.
    void clear();
    // What the scores compare with ("2000 held-out images").
    void setReference(const QString& description);
    // The same, as the project's evaluation/reference.json says (kept when it has none).
    void loadReference(const QString& projectDir);

    // Overlays another project's scores; false when it has no readable evaluation.csv.
    bool addComparison(const QString& projectDir, const QString& label);
    void clearComparisons();

    const std::vector<EvalResult>& results() const { return m_run.results; }
    std::optional<EvalResult> best() const;
    QString readoutText() const;
    int comparedRunCount() const { return int(m_compared.size()); }

Q_SIGNALS:
    void stepClicked(qint64 step);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Run {
        QString label;
        std::vector<EvalResult> results;
        QCPGraph* fd = nullptr;
        QCPErrorBars* fdErrors = nullptr;
        QCPGraph* precision = nullptr;
        QCPGraph* coverage = nullptr;
    };
    // The graphs of a run, in the series colours (lighter for compared runs).
    void makeGraphs(Run& run, int shade);
    void showRun(Run& run);
    void removeGraphs(Run& run);
    void refresh();
    void updateReadout();
    void updateTable();
    static QString describe(const EvalResult& result);

    QCustomPlot* m_plot;
    QLabel* m_readout;
    QTableWidget* m_table;
    QCPItemTracer* m_bestMark;
    QCPItemStraightLine* m_bestLine;
    Run m_run;
    std::vector<Run> m_compared;
    QString m_reference;
    qint64 m_lastStep = 0;
};

} // namespace latent
