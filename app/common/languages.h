// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace taktflow::app {

/** A language the user can choose in Preferences. */
struct LanguageChoice {
    QString code;       ///< locale name as in the catalogue file names ("de", "zh_CN"); empty = follow the system
    QString nativeName; ///< the language's name in itself, so every user finds their own
};

/** English (the source text) and every language Taktflow ships a catalogue for. */
QList<LanguageChoice> shippedLanguages();

/** The language stored in the settings (QSettings key "language"); empty means "as the system". */
QString chosenLanguage();

/** Stores the language for the next start; an empty code returns to the system language. */
void setChosenLanguage(const QString &code);

/**
 * The language in effect for this run: TAKTFLOW_LANGUAGE (tests, screenshots) before the setting;
 * empty when the system language applies.
 */
QString effectiveLanguageSetting();

} // namespace taktflow::app
