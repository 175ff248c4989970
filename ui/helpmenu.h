// SPDX-License-Identifier: MIT
#pragma once

class QMainWindow;
class QWidget;

namespace latent {

// The window's Help menu: What's This (Shift+F1, then click a setting),
// About Latent Studio and About Qt.
void addHelpMenu(QMainWindow* window);
// Help > About Latent Studio: the version, the libraries and the machine it
// runs on (threads, BLAS, device), in a modal box over `parent`.
void showAboutBox(QWidget* parent);

} // namespace latent
