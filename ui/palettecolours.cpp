// SPDX-License-Identifier: MIT
#include "palettecolours.h"

namespace latent::palettecolours {

bool isDark(const QPalette& palette) { return palette.color(QPalette::Window).lightness() < 128; }

QColor error(const QPalette& palette) { return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20); }

QString errorHtml(const QString& message, const QPalette& palette)
{
    return QStringLiteral("<span style='color:%1'>%2</span>").arg(error(palette).name(), message.toHtmlEscaped());
}

} // namespace latent::palettecolours
