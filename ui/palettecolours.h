// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace latent {

// Colours that follow the desktop's light or dark palette (Qt 6.4 has no
// colour-scheme query: a dark window colour is how a dark theme shows).
namespace palettecolours {

bool isDark(const QPalette& palette);
// Error text: a deep red on light palettes, a light red on dark ones.
QColor error(const QPalette& palette);
// `message` as rich text in the error colour (escaped).
QString errorHtml(const QString& message, const QPalette& palette);

} // namespace palettecolours
} // namespace latent
