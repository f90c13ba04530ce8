// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QTableView;

namespace taktflow::app {

class LineContext;
class SimTable;
class SimTableModel;

/**
 * A simulation parameter table with its editors: a drop-down for columns with fixed choices,
 * Ctrl+V pastes spreadsheet cells at the current cell (as in the line's task table), and a
 * refused edit or paste is shown in red under the table.
 */
class SimTableWidget : public QWidget
{
    Q_OBJECT

public:
    SimTableWidget(LineContext *context, std::unique_ptr<SimTable> table, const QString &objectName,
                   QWidget *parent = nullptr);

    QTableView *view() const { return mView; }
    SimTableModel *model() const { return mModel; }
    /** The last refusal shown; empty after a successful edit. */
    QString message() const;
    /** Pastes text at the current cell (what Ctrl+V does with the clipboard). */
    void pasteText(const QString &text);

signals:
    /** The current row changed (the task table's density preview follows it). */
    void currentRowChanged(int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showRefusal(const QString &reason);

    SimTableModel *mModel;
    QTableView *mView;
    QLabel *mMessage;
};

} // namespace taktflow::app
