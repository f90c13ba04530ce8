// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;

namespace taktflow::app {

/**
 * Edit > Preferences: the user interface language (System, English, Deutsch, 简体中文).
 * The choice is stored in QSettings and takes effect at the next start, as the dialog says:
 * menus, docks and undo texts are built once, so switching live would leave half a window
 * in the old language.
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    /** The language code selected in the dialog; empty for "System". */
    QString selectedLanguage() const;
    void selectLanguage(const QString &code);

    /** Stores the selection; true when it differs from what was stored before. */
    bool apply();

private:
    QComboBox *mLanguage = nullptr;
};

} // namespace taktflow::app
