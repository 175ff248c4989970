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
// new grids; moved back, it stays where the user put it. Memory stays flat
// over long runs: only the newest few grids are kept decoded; older ones
// (and a project's grids when it opens) are read from their PNG when shown.
class SampleHistoryView : public QWidget {
    Q_OBJECT
public:
    explicit SampleHistoryView(QWidget* parent = nullptr);

    // `path`: the grid's PNG, from which it is read again once it is old; empty
    // to keep the image itself.
    void addGrid(qint64 step, const QImage& grid, const QString& path = {});
    // Lists samples/step-*.png of a project (read when shown); returns how many.
    int loadFolder(const QString& samplesDir);
    void clear();
    // Shows the grid nearest `step`; false when there is none.
    bool showNearest(qint64 step);

    int gridCount() const { return int(m_grids.size()); }
    qint64 shownStep() const { return m_shownStep; }
    QImage shownGrid() const { return m_shownImage; }
    // Grids held decoded in memory (the newest kDecoded and the one shown).
    int decodedCount() const;
    static constexpr int kDecoded = 8;

Q_SIGNALS:
    void shownStepChanged(qint64 step);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void showIndex(int index);
    void updatePixmap();

    struct Grid {
        QImage image; // null once it is old enough to be read from `path`
        QString path;
    };
    void insert(qint64 step, Grid grid);

    QMap<qint64, Grid> m_grids;
    QImage m_shownImage;
    QList<qint64> m_steps; // the keys, for the slider
    QLabel* m_image;
    QLabel* m_caption;
    QSlider* m_slider;
    qint64 m_shownStep = -1;
};

} // namespace latent
