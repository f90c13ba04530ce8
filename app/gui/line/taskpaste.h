// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/productionline.h"

#include <QString>

namespace taktflow::app {

/** The line after a paste or import, or the reason it was refused (nothing is half-applied). */
struct TaskPasteResult {
    bool ok = false;
    QString message;
    core::ProductionLine line;
    /** Rows added at the end of the task list. */
    int addedTasks = 0;
};

/**
 * Pastes tab-separated text copied from a spreadsheet.
 * - With a header row naming the columns (first cell "id"), the rows are read like a task CSV
 *   file (core/io/tablecsv) and appended as new tasks.
 * - Otherwise the cells overwrite the table from (row, column) rightwards and downwards in the
 *   task table's column order; rows past the end become new tasks. Predecessor and zoning cells
 *   are written last, so they may name tasks the same paste creates or renames.
 * Every cell is checked as if typed; the first bad one refuses the whole paste, naming its row
 * and column.
 */
TaskPasteResult pasteTasks(const core::ProductionLine &line, const QString &text, int row, int column);

/** Appends the tasks of a CSV file (core/io/tablecsv columns); errors name file and line. */
TaskPasteResult importTaskCsv(const core::ProductionLine &line, const QString &path);

} // namespace taktflow::app
