// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>

namespace latent {

// The application's icon (packaging/linux/*.svg, compiled in), drawn at the
// usual sizes for the window, the task bar and dialogs, sharp on high-DPI
// screens. Drawn with QSvgRenderer, so no image-format plugin is needed.
QIcon appIcon();

} // namespace latent
