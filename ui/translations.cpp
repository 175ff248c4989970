// SPDX-License-Identifier: MIT
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace latent {

bool installTranslations(QCoreApplication& app, const QLocale& locale)
{
    // Parented to the application: they live as long as it does.
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, "qtbase", "_", QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* ours = new QTranslator(&app);
    if (!ours->load(locale, "latent-studio", "_", ":/i18n"))
        return false;
    QCoreApplication::installTranslator(ours);
    return true;
}

} // namespace latent
