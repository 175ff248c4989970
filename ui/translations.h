// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>

class QCoreApplication;

namespace latent {

// Installs the studio's translation for `locale` (the installed .qm files of
// translations/*.ts, else the copy compiled in) and Qt's own (standard dialogs and buttons, from the
// system's Qt translations), when there are ones for that language. Returns
// true when the studio's own was found. English needs none.
bool installTranslations(QCoreApplication& app, const QLocale& locale = QLocale());

} // namespace latent
