// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace taktflow::app {

class LineContext;
class TaskTableModel;

/**
 * The task table with its tools: add, delete, move up and down, paste from a spreadsheet
 * (Ctrl+V in the table) and CSV import. A refused edit or paste is shown under the table in
 * red and as a tool tip at the cell, and the cell keeps its old value.
 */
class TaskTableWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TaskTableWidget(LineContext *context, QWidget *parent = nullptr);

    QTableView *view() const { return mView; }
    TaskTableModel *model() const { return mModel; }
    /** The last refusal shown; empty after a successful edit. */
    QString message() const;

    void addTask();
    void deleteSelected();
    void moveCurrent(int delta);
    /** Pastes text at the current cell (what Ctrl+V does with the clipboard). */
    void pasteText(const QString &text);
    /** Appends the tasks of a CSV file; false with the message shown when refused. */
    bool importCsv(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showRefusal(const QString &reason);
    void clearRefusal();

    LineContext *mContext;
    TaskTableModel *mModel;
    QTableView *mView;
    QLabel *mMessage;
};

} // namespace taktflow::app
