// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/common/appinfo.h"

#include "app/common/languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace taktflow::app {

void setApplicationInfo()
{
    QCoreApplication::setApplicationName(QStringLiteral("taktflow"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TAKTFLOW_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Taktflow"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("taktflow.example.org"));
}

void installTranslations(QCoreApplication &application)
{
    const QString language = effectiveLanguageSetting();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);

    auto *ours = new QTranslator(&application);
    // A language without a catalogue shows the English source text, with English plural forms.
    if (ours->load(locale, QStringLiteral("taktflow"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        ours->load(QStringLiteral("taktflow_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
    auto *qt = new QTranslator(&application);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace taktflow::app
