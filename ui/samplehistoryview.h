// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QMap>
#include <QWidget>

class QLabel;
class QSlider;

namespace latent {

// The fixed-noise sample grids of a run, newest shown as they arrive, with a
// slider back through every one. While the slider is at the end it follows
// new grids; moved back, it stays where the user put it.
class SampleHistoryView : public QWidget {
    Q_OBJECT
public:
    explicit SampleHistoryView(QWidget* parent = nullptr);

    void addGrid(qint64 step, const QImage& grid);
    // Loads samples/step-*.png of a project; returns how many.
    int loadFolder(const QString& samplesDir);
    void clear();
    // Shows the grid nearest `step`; false when there is none.
    bool showNearest(qint64 step);

    int gridCount() const { return int(m_grids.size()); }
    qint64 shownStep() const { return m_shownStep; }
    QImage shownGrid() const { return m_grids.value(m_shownStep); }

Q_SIGNALS:
    void shownStepChanged(qint64 step);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void showIndex(int index);
    void updatePixmap();

    QMap<qint64, QImage> m_grids;
    QList<qint64> m_steps; // the keys, for the slider
    QLabel* m_image;
    QLabel* m_caption;
    QSlider* m_slider;
    qint64 m_shownStep = -1;
};

} // namespace latent
