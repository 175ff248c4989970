// SPDX-License-Identifier: MIT
#pragma once

#include "train/progressestimate.h"

#include <QObject>
#include <QStringList>

#include <optional>

class QLabel;
class QProgressBar;
class QStatusBar;

namespace latent {

// The permanent widgets of the window's status bar while a project is open:
// the warnings mark, the step, the rate, elapsed time and time left, and a
// progress bar. One place fills them, for our own run and for what another
// process logged. GUI thread only.
class TrainingStatusBar : public QObject {
    Q_OBJECT
public:
    // Adds its widgets to `bar` (owned by it from then on).
    explicit TrainingStatusBar(QStatusBar* bar);

    // A row of our own run: feeds the time-left estimate.
    void showRunProgress(const StepMetrics& row);
    // The last row another process logged, against the project's step count.
    void showLoggedProgress(const StepMetrics& row, qint64 targetSteps);
    // A new run: the time-left estimate starts again.
    void resetEstimate() { m_estimate.reset(); }

    // Warnings of this run (a GAN failing, skipped images): a lasting mark
    // whose tooltip lists the newest.
    void addWarning(const QString& message);
    void clearWarnings();

private:
    // The step label says "of total" when it has one; the bar stops at 100%.
    void show(qint64 step, qint64 total, double imagesPerSecond, double elapsedSeconds,
              std::optional<double> secondsLeft);
    // Adaptive augmentation's strength, hidden when the run has none.
    void showAugmentStrength(std::optional<double> strength);

    QLabel* m_warnings;
    QLabel* m_step;
    QLabel* m_rate;
    QLabel* m_augment;
    QLabel* m_time;
    QProgressBar* m_progress;
    QStringList m_warningList;
    ProgressEstimate m_estimate; // time left, from the recent pace
};

} // namespace latent
