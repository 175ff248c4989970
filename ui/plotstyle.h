// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>

class QCustomPlot;
class QPalette;

namespace latent {

// What the studio's plots share: their look in the window's palette and the
// colours of their series.
namespace plotstyle {

// Background, axes, grid and legend in `palette` (light or dark); queues a replot.
void applyPalette(QCustomPlot* plot, const QPalette& palette);
// The series colours, in order (repeating after six).
QColor seriesColour(int index);
// Moves the legend out of the axes into a row of its own above them, `perLine`
// entries to a line: inside, it hid the newest points of every curve.
void placeLegendAbove(QCustomPlot* plot, int perLine);

} // namespace plotstyle
} // namespace latent
