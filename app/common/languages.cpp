// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/common/languages.h"

#include <QSettings>

namespace taktflow::app {

namespace {

QString languageKey()
{
    return QStringLiteral("language");
}

} // namespace

QList<LanguageChoice> shippedLanguages()
{
    // Native names on purpose: someone who cannot read the current language still finds theirs.
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
}

QString chosenLanguage()
{
    return QSettings().value(languageKey()).toString();
}

void setChosenLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(languageKey());
    else
        settings.setValue(languageKey(), code);
}

QString effectiveLanguageSetting()
{
    const QString fromEnvironment = qEnvironmentVariable("TAKTFLOW_LANGUAGE");
    return fromEnvironment.isEmpty() ? chosenLanguage() : fromEnvironment;
}

} // namespace taktflow::app
