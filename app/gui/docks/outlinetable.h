// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableWidget>

namespace taktflow::app {

class ProjectDocument;

/**
 * The corners of the selected zone (or outlined item) as numbers: one row per corner, X and Y
 * on the floor in metres. Typing a value moves that corner (one CmdItemReshape); a value that
 * would make the outline cross itself is refused with the reason and the table shows the model
 * again. Hidden unless exactly one polygon item is selected.
 */
class OutlineTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit OutlineTable(ProjectDocument *document, QWidget *parent = nullptr);

    /** Shows the corners of the single selected polygon item, or hides itself. */
    void refresh();

signals:
    /** A refused edit, for the user. */
    void message(const QString &text);

private:
    void commitCell(int row, int column);
    void setText(int row, int column, const QString &text);

    ProjectDocument *mDocument;
    QString mItemId;
    bool mRefreshing = false;
};

} // namespace taktflow::app
