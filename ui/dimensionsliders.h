// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QScrollArea;
class QSlider;

namespace latent {

// The Explore tab's Dimensions page: a slider per latent dimension, in
// standard deviations of the prior (-3 to +3), each with a pin that keeps its
// value when the seed changes; a filter by index and Reset all. It shows
// values and reports the user's moves; the vector itself belongs to the
// Explore tab. GUI thread only.
class DimensionSliders : public QWidget {
    Q_OBJECT
public:
    explicit DimensionSliders(QWidget* parent = nullptr);

    // One slider per dimension, all at 0 and unpinned.
    void rebuild(int latentDim);
    int count() const { return int(m_rows.size()); }
    // Shows `sigmas` without reporting moves (values beyond +-3 keep their
    // exact value where the caller holds them; the slider stops at its end).
    void showValues(const std::vector<float>& sigmas);
    // As if the user dragged slider `index` to `sigma` (moved() follows).
    void setValue(int index, double sigma);
    bool isPinned(int index) const;
    void unpinAll();

Q_SIGNALS:
    void moved(int index, double sigma);
    // A drag ended: the next move starts a new undoable edit.
    void released();
    void resetRequested();

private:
    void applyFilter();

    QLineEdit* m_filter;
    QScrollArea* m_area;
    struct Row {
        QWidget* widget;
        QSlider* slider;
        QLabel* value;
        QCheckBox* pin;
    };
    std::vector<Row> m_rows;
};

} // namespace latent
