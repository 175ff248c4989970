// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QWidget>

namespace latent {

// A setting's short tooltip and its longer What's This help (Help > What's
// This, Shift+F1), both in the user's language.
inline void describeSetting(QWidget* setting, const QString& tip, const QString& help)
{
    setting->setToolTip(tip);
    setting->setWhatsThis(help);
}

} // namespace latent
