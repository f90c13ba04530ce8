// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace taktflow::app {

/**
 * Tab-separated text copied from a spreadsheet, as rows of cells: Windows line ends and the
 * empty rows a spreadsheet appends are dropped. Empty when there is nothing to paste.
 */
QList<QStringList> spreadsheetRows(const QString &text);

/** Writes one pasted cell into a table row and column; false with *reason when refused. */
using CellWriter = std::function<bool(int row, int column, const QString &text, QString *reason)>;

/**
 * Writes pasted rows from (row, column) rightwards and downwards, cells beyond `columns`
 * ignored, through the same writer a cell edit uses, so a paste refuses the values a typed edit
 * refuses. onlyColumns, when set, picks the target columns of this pass (a table that writes
 * references after plain values pastes twice). The first refusal stops and returns a message
 * naming the pasted row and column; an empty string means every cell was written.
 */
QString writePastedCells(const QList<QStringList> &rows, int row, int column, int columns, const CellWriter &write,
                         const std::function<bool(int column)> &onlyColumns = {});

/** The message for text that holds no cells. */
QString nothingToPasteMessage();

} // namespace taktflow::app
