// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/exchange/csvimportdialog.h"
#include "core/io/outlineitems.h"
#include "core/model/variant.h"

#include <QObject>
#include <QStringList>

class QWidget;

namespace taktflow::app {

class ProjectDocument;

/**
 * File > Import and File > Export for other programs: tasks, items and flows as CSV (import
 * through the column-mapping dialog), layout items from DXF outlines, the whole project as
 * JSON. Every import is validated first and pushed as one undo command; a refused import
 * changes nothing. The *Dialog functions ask; the others are what they call and tests use.
 */
class DataExchange : public QObject
{
    Q_OBJECT

public:
    DataExchange(ProjectDocument *document, QWidget *dialogParent);

    void importCsvDialog(CsvKind kind);
    /** A mapping dialog wired to applyCsvImport, not yet shown (the caller loads a file and runs it). */
    CsvImportDialog *createCsvImportDialog(CsvKind kind);
    /**
     * Imports the dialog's file into the current variant with its mapping; returns the problems
     * ("file:line: reason", model checks) and changes nothing when there are any.
     */
    QStringList applyCsvImport(const CsvImportDialog &dialog);

    void exportCsvDialog(CsvKind kind);
    /** Writes the current variant's tasks (of its first line), items or flows; a message on failure. */
    QString exportCsvTo(CsvKind kind, const QString &path);

    void exportJsonDialog();
    /** Writes the whole project as JSON (docs/json-export.md); a message on failure. */
    QString exportJsonTo(const QString &path);

    void importDxfItemsDialog();
    /** Adds the chosen outlines of a drawing to the current variant as items; problems, or empty. */
    QStringList importDxfItems(const QString &path, const core::io::OutlineImportOptions &options);

signals:
    void message(const QString &text);

private:
    /** Validates the variant's new content against the project and pushes it; problems, or empty. */
    QStringList commit(core::Variant variant, const QString &undoText);

    ProjectDocument *mDocument;
    QWidget *mParent;
};

} // namespace taktflow::app
