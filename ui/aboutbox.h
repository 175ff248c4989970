// SPDX-License-Identifier: MIT
#pragma once

class QWidget;

namespace latent {

// Help > About Latent Studio: the version, the libraries and the machine it
// runs on (threads, BLAS, device), in a modal box over `parent`.
void showAboutBox(QWidget* parent);

} // namespace latent
