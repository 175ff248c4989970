// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>

class QCoreApplication;

namespace latent {

// Installs Latent Studio's translation for `locale` (the installed .qm files
// of translations/*.ts, else the copy compiled in) and Qt's own (standard
// dialogs, buttons and command-line help, from the system's Qt translations),
// when there are ones for that language. The studio and the CLI call it at
// start; from then on the core's messages (base/usertext.h) come translated.
// Returns true when Latent Studio's own was found. English needs none.
bool installTranslations(QCoreApplication& app, const QLocale& locale = QLocale());

} // namespace latent
