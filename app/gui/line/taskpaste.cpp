// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/line/taskpaste.h"

#include "app/document/commands/lineedits.h"
#include "app/gui/cellpaste.h"
#include "app/gui/line/taskcells.h"
#include "core/io/tablecsv.h"
#include "core/model/validation.h"

#include <QCoreApplication>

namespace taktflow::app {

namespace {

TaskPasteResult failure(const QString &message)
{
    TaskPasteResult result;
    result.message = message;
    return result;
}

/** Appends parsed tasks whose ids must be new; their predecessors may name existing tasks. */
TaskPasteResult appendTasks(const core::ProductionLine &line, const core::io::CsvTable &table, const QString &source)
{
    if (!table.ok())
        return failure(QStringLiteral("%1:%2: %3").arg(source).arg(table.errorLine).arg(table.error));
    std::vector<core::Task> tasks;
    const core::io::ImportReport report = core::io::importTasks(table, source, tasks);
    if (!report.ok())
        return failure(report.errors.join(QLatin1Char('\n')));
    TaskPasteResult result;
    result.line = line;
    for (const auto &task : tasks) {
        if (lineedits::taskIndex(result.line, task.id) >= 0)
            return failure(QCoreApplication::translate("TaskPaste", "%1: task %2 exists already in this line.")
                               .arg(source, task.id));
        result.line.tasks.push_back(task);
    }
    result.ok = true;
    result.addedTasks = int(tasks.size());
    return result;
}

} // namespace

TaskPasteResult pasteTasks(const core::ProductionLine &line, const QString &text, int row, int column)
{
    const QList<QStringList> rows = spreadsheetRows(text);
    if (rows.isEmpty())
        return failure(nothingToPasteMessage());
    if (rows.first().value(0).trimmed().compare(QLatin1String("id"), Qt::CaseInsensitive) == 0) {
        QString normalised = text;
        normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        return appendTasks(line, core::io::parseCsv(normalised, QLatin1Char('\t')),
                           QCoreApplication::translate("TaskPaste", "clipboard"));
    }

    TaskPasteResult result;
    result.line = line;
    row = std::max(row, 0);
    const int columns = taskcells::FirstModel + int(line.models.size());
    for (int r = 0; r < rows.size(); ++r) {
        if (row + r >= int(result.line.tasks.size())) {
            core::Task task;
            task.id = lineedits::uniqueTaskId(result.line);
            result.line.tasks.push_back(task);
            ++result.addedTasks;
        }
    }
    const CellWriter write = [&result](int r, int c, const QString &cell, QString *reason) {
        return taskcells::writeCell(result.line, r, c, cell, reason);
    };
    // Two passes: plain values first, then the cells that refer to other tasks.
    for (const bool references : {false, true}) {
        const QString refusal = writePastedCells(rows, row, column, columns, write, [references](int target) {
            return (target == taskcells::Predecessors || target == taskcells::Zoning) == references;
        });
        if (!refusal.isEmpty())
            return failure(refusal);
    }
    if (const QStringList cycle = core::findPrecedenceCycle(result.line.tasks); !cycle.isEmpty())
        return failure(QCoreApplication::translate("TaskPaste", "The paste would make a precedence cycle: %1")
                           .arg(cycle.join(QStringLiteral(" → "))));
    result.ok = true;
    return result;
}

TaskPasteResult importTaskCsv(const core::ProductionLine &line, const QString &path)
{
    return appendTasks(line, core::io::readCsvFile(path), path);
}

} // namespace taktflow::app
