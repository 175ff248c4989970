// SPDX-License-Identifier: MIT
#pragma once

class QString;
class QWidget;

namespace latent {

// A TorchScript file is a program: before one from outside the project is
// loaded, the user is asked, with Cancel as the default. True when they
// chose to load and run it.
bool askToRunTorchScript(QWidget* parent, const QString& path);

} // namespace latent
