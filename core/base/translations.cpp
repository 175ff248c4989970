// SPDX-License-Identifier: MIT
#include "base/translations.h"

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
    // The installed files first (PREFIX/share/latent-studio/translations,
    // beside PREFIX/libexec where the studio runs), so that a new or
    // corrected one needs no rebuild.
    auto* ours = new QTranslator(&app);
    const QString installed = QCoreApplication::applicationDirPath() + "/../share/latent-studio/translations";
    for (const QString& dir : {installed, QStringLiteral(":/i18n")}) {
        if (ours->load(locale, "latent-studio", "_", dir)) {
            QCoreApplication::installTranslator(ours);
            return true;
        }
    }
    delete ours;
    return false;
}

} // namespace latent
