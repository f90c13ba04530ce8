// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/csvreader.h"
#include "core/io/tablecsv.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QRadioButton;
class QTableWidget;

namespace taktflow::app {

/** What a CSV file holds. */
enum class CsvKind { Tasks, Items, Flows };

/**
 * Imports a spreadsheet whose columns are named differently from Taktflow's: shows the file's
 * header and first rows, lets the user pick the separator, the decimal mark and, for each of
 * our fields, the column that holds it (guessed by name first), and whether the rows replace
 * or update what the variant has. OK hands the choice to the apply function; its errors
 * ("file:line: reason") are listed in the dialog and nothing is imported until there are none.
 */
class CsvImportDialog : public QDialog
{
    Q_OBJECT

public:
    /** Returns the problems that stop the import (empty: imported). */
    using ApplyFn = std::function<QStringList(const CsvImportDialog &)>;

    CsvImportDialog(CsvKind kind, ApplyFn apply, QWidget *parent = nullptr);

    /** Reads the file, guesses the separator and the mapping; false (with the reason shown) on failure. */
    bool loadFile(const QString &path);
    void setSeparator(QChar separator);
    void setDecimalComma(bool on);
    /** Chooses the file column for one of our fields; an empty header means "not in the file". */
    void setColumn(const QString &field, const QString &header);
    void setReplaceExisting(bool replace);

    CsvKind kind() const { return mKind; }
    QString filePath() const { return mPath; }
    const core::io::CsvTable &table() const { return mTable; }
    core::io::ImportOptions options() const;
    bool replaceExisting() const;
    QStringList shownErrors() const;
    /** The combo box of one field, for tests and accessibility checks. */
    QComboBox *columnBox(const QString &field) const { return mBoxes.value(field); }

    /** Our fields of this kind, required ones first, and how many are required. */
    static QStringList fields(CsvKind kind);
    static int requiredFields(CsvKind kind);
    static QString fieldDescription(const QString &field);

private:
    void reparse();
    void fillPreview();
    void fillColumnChoices();
    void updateOk();
    void tryApply();

    CsvKind mKind;
    ApplyFn mApply;
    QString mPath;
    core::io::CsvTable mTable;
    QLabel *mFileLabel;
    QComboBox *mSeparator;
    QCheckBox *mDecimalComma;
    QRadioButton *mUpdate;
    QRadioButton *mReplace;
    QTableWidget *mPreview;
    QHash<QString, QComboBox *> mBoxes;
    QListWidget *mErrors;
    QDialogButtonBox *mButtons;
};

} // namespace taktflow::app
