// SPDX-License-Identifier: MIT
#include "plotstyle.h"

#include <qcustomplot.h>

namespace latent::plotstyle {

void applyPalette(QCustomPlot* plot, const QPalette& p)
{
    const QColor text = p.color(QPalette::Text), mid = p.color(QPalette::Mid);
    plot->setBackground(p.color(QPalette::Base));
    for (QCPAxis* axis : {plot->xAxis, plot->yAxis, plot->yAxis2}) {
        axis->setBasePen(QPen(text, 1));
        axis->setTickPen(QPen(text, 1));
        axis->setSubTickPen(QPen(text, 1));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(mid, 1, Qt::DotLine));
    }
    plot->legend->setBrush(p.color(QPalette::Base));
    plot->legend->setTextColor(text);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

void placeLegendAbove(QCustomPlot* plot, int perLine)
{
    QCPLegend* legend = plot->legend;
    plot->axisRect()->insetLayout()->take(legend);
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, legend);
    plot->plotLayout()->setRowStretchFactor(0, 0.001); // as tall as its entries, no taller
    legend->setFillOrder(QCPLegend::foColumnsFirst);
    legend->setWrap(perLine);
    legend->setBorderPen(Qt::NoPen);
    legend->setMargins(QMargins(4, 0, 4, 0));
}

QColor seriesColour(int index)
{
    static const QColor colours[] = {QColor(31, 119, 180), QColor(214, 39, 40), QColor(44, 160, 44),
                                     QColor(255, 127, 14), QColor(148, 103, 189), QColor(140, 86, 75)};
    return colours[index % 6];
}

} // namespace latent::plotstyle
