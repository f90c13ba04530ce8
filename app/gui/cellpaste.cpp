// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/cellpaste.h"

#include <QCoreApplication>

#include <algorithm>

namespace taktflow::app {

// The strings keep the task table's translation context, where the catalogues have them.

QList<QStringList> spreadsheetRows(const QString &text)
{
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList lines = normalised.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    QList<QStringList> rows;
    rows.reserve(lines.size());
    for (const QString &line : lines)
        rows << line.split(QLatin1Char('\t'));
    return rows;
}

QString writePastedCells(const QList<QStringList> &rows, int row, int column, int columns, const CellWriter &write,
                         const std::function<bool(int column)> &onlyColumns)
{
    row = std::max(row, 0);
    column = std::max(column, 0);
    for (int r = 0; r < rows.size(); ++r) {
        const QStringList &cells = rows[r];
        for (int c = 0; c < cells.size() && column + c < columns; ++c) {
            const int target = column + c;
            if (onlyColumns && !onlyColumns(target))
                continue;
            QString reason;
            if (!write(row + r, target, cells[c], &reason))
                return QCoreApplication::translate("TaskPaste", "Pasted row %1, column %2: %3")
                    .arg(r + 1)
                    .arg(c + 1)
                    .arg(reason);
        }
    }
    return {};
}

QString nothingToPasteMessage()
{
    return QCoreApplication::translate("TaskPaste", "The clipboard holds no text to paste.");
}

} // namespace taktflow::app
