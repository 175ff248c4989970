// SPDX-License-Identifier: MIT
#include "appicon.h"

#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace latent {

QIcon appIcon()
{
    QSvgRenderer svg(QStringLiteral(":/io.github.latentstudio.LatentStudio.svg"));
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256, 512}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace latent
