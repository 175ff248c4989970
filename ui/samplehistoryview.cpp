// SPDX-License-Identifier: MIT
#include "samplehistoryview.h"

#include "project/stepfile.h"

#include <QDir>
#include <QLabel>
#include <QSlider>
#include <QVBoxLayout>

namespace latent {

SampleHistoryView::SampleHistoryView(QWidget* parent)
    : QWidget(parent),
      m_image(new QLabel(this)),
      m_caption(new QLabel(this)),
      m_slider(new QSlider(Qt::Horizontal, this))
{
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setMinimumSize(160, 160);
    m_image->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_image->setStyleSheet(QStringLiteral("background: #202020;"));
    m_caption->setAlignment(Qt::AlignCenter);
    m_caption->setText(tr("Samples appear here as the model trains."));
    m_slider->setEnabled(false);
    m_slider->setToolTip(tr("Go back through the sample grids of this run"));
    connect(m_slider, &QSlider::valueChanged, this, &SampleHistoryView::showIndex);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_image, 1);
    layout->addWidget(m_slider);
    layout->addWidget(m_caption);
}

void SampleHistoryView::addGrid(qint64 step, const QImage& grid, const QString& path)
{
    insert(step, {grid, path});
    // The grid that just fell out of the newest kDecoded is read from disk from now on.
    if (m_steps.size() > kDecoded) {
        Grid& old = m_grids[m_steps[m_steps.size() - 1 - kDecoded]];
        if (!old.path.isEmpty())
            old.image = QImage();
    }
}

void SampleHistoryView::insert(qint64 step, Grid grid)
{
    const bool following = m_steps.isEmpty() || m_slider->value() == m_slider->maximum();
    m_grids.insert(step, std::move(grid));
    m_steps = m_grids.keys();
    m_slider->setEnabled(m_steps.size() > 1);
    {
        const QSignalBlocker block(m_slider);
        m_slider->setRange(0, int(m_steps.size()) - 1);
    }
    if (following)
        m_slider->setValue(int(m_steps.size()) - 1);
    showIndex(following ? int(m_steps.size()) - 1 : int(m_steps.indexOf(m_shownStep)));
}

int SampleHistoryView::loadFolder(const QString& samplesDir)
{
    const QDir dir(samplesDir);
    const QString filter = QString::fromStdString(stepFileFilter("png"));
    const QStringList candidates = dir.entryList({filter}, QDir::Files, QDir::Name);
    int listed = 0;
    for (const QString& name : candidates) {
        const auto step = stepOfFileName(name.toStdString(), "png");
        if (!step)
            continue;
        insert(*step, {QImage(), dir.filePath(name)});
        ++listed;
    }
    return listed;
}

int SampleHistoryView::decodedCount() const
{
    int decoded = 0;
    for (const Grid& grid : m_grids)
        decoded += grid.image.isNull() ? 0 : 1;
    return decoded + (m_shownImage.isNull() || !m_grids.value(m_shownStep).image.isNull() ? 0 : 1);
}

void SampleHistoryView::clear()
{
    m_grids.clear();
    m_shownImage = QImage();
    m_steps.clear();
    m_shownStep = -1;
    m_slider->setEnabled(false);
    m_slider->setRange(0, 0);
    m_image->clear();
    m_caption->setText(tr("Samples appear here as the model trains."));
}

bool SampleHistoryView::showNearest(qint64 step)
{
    if (m_steps.isEmpty())
        return false;
    int best = 0;
    for (int i = 1; i < m_steps.size(); ++i)
        if (std::abs(m_steps[i] - step) < std::abs(m_steps[best] - step))
            best = i;
    m_slider->setValue(best);
    showIndex(best);
    return true;
}

void SampleHistoryView::showIndex(int index)
{
    if (index < 0 || index >= m_steps.size())
        return;
    const qint64 step = m_steps[index];
    const bool changed = step != m_shownStep;
    m_shownStep = step;
    const Grid& grid = m_grids[step];
    // A small PNG (a few hundred KB at most): read on demand, one at a time.
    if (!grid.image.isNull())
        m_shownImage = grid.image;
    else if (changed || m_shownImage.isNull())
        m_shownImage = QImage(grid.path);
    m_caption->setText(tr("Step %1  (grid %2 of %3)").arg(step).arg(index + 1).arg(m_steps.size()));
    updatePixmap();
    if (changed)
        Q_EMIT shownStepChanged(step);
}

void SampleHistoryView::updatePixmap()
{
    if (m_shownImage.isNull())
        return;
    // Scaled to fit without smoothing, so small samples stay crisp.
    m_image->setPixmap(
        QPixmap::fromImage(m_shownImage.scaled(m_image->size(), Qt::KeepAspectRatio, Qt::FastTransformation)));
}

void SampleHistoryView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updatePixmap();
}

} // namespace latent
