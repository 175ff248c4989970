// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QSlider;
class QVBoxLayout;

namespace latent {

// The Explore tab's Directions page: Find directions, then one slider per
// principal direction, labelled with its share of variance, in standard
// deviations along it. It holds the directions and their offsets; the
// Explore tab adds them to its vector (addOffsets) and finds them through
// the explorer's worker. GUI thread only.
class DirectionPanel : public QWidget {
    Q_OBJECT
public:
    explicit DirectionPanel(QWidget* parent = nullptr);

    // Replaces the directions (none: cleared), all at 0.
    void setDirections(const QList<QList<float>>& directions, const QList<double>& variance);
    int count() const { return int(m_rows.size()); }
    const std::vector<float>& vector(int index) const { return m_rows[std::size_t(index)].vector; }
    double sigma(int index) const { return m_rows[std::size_t(index)].sigma; }
    std::vector<double> sigmas() const;
    // Shows `sigmas` (missing ones 0) without reporting moves.
    void showSigmas(const std::vector<double>& sigmas);
    bool anyMoved() const;
    // As if the user dragged direction `index` to `sigma` (moved() follows).
    void setSigma(int index, double sigma);
    // z += sigma_i * direction_i over every direction.
    void addOffsets(std::vector<float>& z) const;

    // The Find button: busy while directions are being found.
    void setFinding(bool finding);
    void setFindToolTip(const QString& text);
    // Before the first search of a snapshot, the button says Find, after it Find again.
    void resetFindButton();

Q_SIGNALS:
    void findRequested();
    void moved(int index, double sigma);
    // A drag ended: the next move starts a new undoable edit.
    void released();

private:
    QPushButton* m_find;
    QVBoxLayout* m_rowsLayout;
    struct Row {
        std::vector<float> vector;
        QSlider* slider;
        QLabel* value;
        double sigma = 0.0;
    };
    std::vector<Row> m_rows;
};

} // namespace latent
