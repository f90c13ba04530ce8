// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/preferencesdialog.h"

#include "app/common/languages.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace taktflow::app {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    mLanguage = new QComboBox(this);
    mLanguage->setObjectName(QStringLiteral("preferences.language"));
    mLanguage->addItem(tr("System (%1)").arg(QLocale::system().nativeLanguageName()), QString());
    for (const LanguageChoice &language : shippedLanguages())
        mLanguage->addItem(language.nativeName, language.code);
    mLanguage->setToolTip(tr("Language of menus, messages and reports; \"System\" follows the desktop's language"));
    selectLanguage(chosenLanguage());

    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Language:"), this);
    label->setBuddy(mLanguage);
    form->addRow(label, mLanguage);

    QString noteText = tr("A new language takes effect the next time Taktflow starts.");
    if (!qEnvironmentVariableIsEmpty("TAKTFLOW_LANGUAGE"))
        noteText += QLatin1Char(' ') + tr("The TAKTFLOW_LANGUAGE environment variable overrides this setting.");
    auto *note = new QLabel(noteText, this);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

QString PreferencesDialog::selectedLanguage() const
{
    return mLanguage->currentData().toString();
}

void PreferencesDialog::selectLanguage(const QString &code)
{
    const int index = mLanguage->findData(code);
    mLanguage->setCurrentIndex(index >= 0 ? index : 0);
}

bool PreferencesDialog::apply()
{
    const QString before = chosenLanguage();
    setChosenLanguage(selectedLanguage());
    return before != selectedLanguage();
}

} // namespace taktflow::app
