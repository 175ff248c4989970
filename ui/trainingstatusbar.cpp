// SPDX-License-Identifier: MIT
#include "trainingstatusbar.h"

#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>

#include <algorithm>

namespace latent {

namespace {
// In the user's language: the core's texts go through the installed translators.
QString duration(double seconds) { return QString::fromStdString(ProgressEstimate::formatDuration(seconds)); }
} // namespace

TrainingStatusBar::TrainingStatusBar(QStatusBar* bar)
    : QObject(bar),
      m_warnings(new QLabel),
      m_step(new QLabel),
      m_rate(new QLabel),
      m_augment(new QLabel),
      m_time(new QLabel),
      m_progress(new QProgressBar)
{
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_warnings->setObjectName("trainingWarnings");
    m_warnings->hide();
    m_step->setObjectName("stepLabel");
    m_rate->setObjectName("rateLabel");
    m_augment->setObjectName("augmentStrengthLabel");
    m_augment->setToolTip(tr("Adaptive augmentation: the chance that each augmentation applies to an image the "
                             "discriminator sees. It rises while the discriminator learns the real images by heart."));
    m_augment->hide();
    bar->addPermanentWidget(m_warnings);
    for (QLabel* label : {m_step, m_rate, m_augment, m_time})
        bar->addPermanentWidget(label);
    bar->addPermanentWidget(m_progress);
}

void TrainingStatusBar::showRunProgress(const StepMetrics& row)
{
    m_estimate.update(row);
    show(row.step, row.totalSteps, row.samplesPerSecond, row.elapsedSeconds, m_estimate.secondsLeft());
    showAugmentStrength(row.augmentStrength);
}

void TrainingStatusBar::showLoggedProgress(const StepMetrics& row, qint64 targetSteps)
{
    show(row.step, targetSteps, row.samplesPerSecond, row.elapsedSeconds, std::nullopt);
    showAugmentStrength(std::nullopt); // metrics.csv does not hold it
}

void TrainingStatusBar::showAugmentStrength(std::optional<double> strength)
{
    m_augment->setVisible(strength.has_value());
    if (strength)
        //: The status bar while adaptive augmentation is on: %1 its strength, 0 to 1
        m_augment->setText(tr("augment %1").arg(*strength, 0, 'f', 2));
}

void TrainingStatusBar::show(qint64 step, qint64 total, double imagesPerSecond, double elapsedSeconds,
                             std::optional<double> secondsLeft)
{
    m_step->setText(total >= step ? tr("step %1 / %2").arg(step).arg(total) : tr("step %1").arg(step));
    m_rate->setText(tr("%1 img/s").arg(imagesPerSecond, 0, 'f', 0));
    m_time->setText(secondsLeft ? tr("elapsed %1, left %2").arg(duration(elapsedSeconds), duration(*secondsLeft))
                                : tr("elapsed %1").arg(duration(elapsedSeconds)));
    const double done = total > 0 ? std::min(1.0, double(step) / double(total)) : 0.0;
    m_progress->setValue(int(1000 * done));
    //: The progress bar's text: the share of the run's steps done, in percent.
    m_progress->setFormat(tr("%1%").arg(100.0 * done, 0, 'f', 1));
}

void TrainingStatusBar::addWarning(const QString& message)
{
    m_warningList << message;
    constexpr int kListed = 20; // the newest; a folder of bad images can give thousands
    const QStringList listed = m_warningList.mid(std::max<qsizetype>(0, m_warningList.size() - kListed));
    m_warnings->setText(m_warningList.size() == 1 ? tr("⚠ 1 warning")
                                                  : tr("⚠ %1 warnings").arg(m_warningList.size()));
    m_warnings->setToolTip(listed.join("\n\n"));
    m_warnings->show();
}

void TrainingStatusBar::clearWarnings()
{
    m_warningList.clear();
    m_warnings->clear();
    m_warnings->setToolTip({});
    m_warnings->hide();
}

} // namespace latent
