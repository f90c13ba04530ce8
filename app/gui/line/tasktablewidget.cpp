// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/line/tasktablewidget.h"

#include "app/document/commands/cmdline.h"
#include "app/document/commands/lineedits.h"
#include "app/gui/line/linecontext.h"
#include "app/gui/line/taskcells.h"
#include "app/gui/line/taskpaste.h"
#include "app/gui/line/tasktablemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTableView>
#include <QToolBar>
#include <QToolTip>
#include <QVBoxLayout>

#include <set>

namespace taktflow::app {

TaskTableWidget::TaskTableWidget(LineContext *context, QWidget *parent)
    : QWidget(parent)
    , mContext(context)
    , mModel(new TaskTableModel(context, this))
{
    mView = new QTableView(this);
    mView->setObjectName(QStringLiteral("taskTable"));
    mView->setModel(mModel);
    mView->setAccessibleName(tr("Tasks"));
    mView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    mView->horizontalHeader()->setStretchLastSection(true);
    mView->verticalHeader()->setDefaultSectionSize(mView->fontMetrics().height() + 8);
    mView->setColumnWidth(taskcells::Name, 170);
    mView->setColumnWidth(taskcells::Predecessors, 110);
    mView->installEventFilter(this);

    auto *tools = new QToolBar(this);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addAction(tr("Add task"), this, &TaskTableWidget::addTask)->setObjectName(QStringLiteral("addTask"));
    tools->addAction(tr("Delete"), this, &TaskTableWidget::deleteSelected)->setObjectName(QStringLiteral("deleteTask"));
    tools->addAction(tr("Move up"), this, [this] { moveCurrent(-1); });
    tools->addAction(tr("Move down"), this, [this] { moveCurrent(1); });
    tools->addSeparator();
    tools->addAction(tr("Paste from spreadsheet"), this, [this] { pasteText(QApplication::clipboard()->text()); })
        ->setToolTip(tr("Pastes tab-separated cells at the current cell (Ctrl+V in the table). "
                        "With a header row (id, name, time_s, predecessors ...) the rows are added as new tasks."));
    tools->addAction(tr("Import CSV..."), this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import tasks"), {}, tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            importCsv(path);
    });

    mMessage = new QLabel(this);
    mMessage->setObjectName(QStringLiteral("taskMessage"));
    mMessage->setWordWrap(true);
    mMessage->setStyleSheet(QStringLiteral("color: #b00020;"));
    mMessage->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tools);
    layout->addWidget(mView);
    layout->addWidget(mMessage);

    connect(mModel, &TaskTableModel::editRefused, this, [this](const QModelIndex &index, const QString &reason) {
        showRefusal(reason);
        const QRect cell = mView->visualRect(index);
        QToolTip::showText(mView->viewport()->mapToGlobal(cell.bottomLeft()), reason, mView);
    });
    connect(mModel, &TaskTableModel::dataChanged, this, &TaskTableWidget::clearRefusal);
}

QString TaskTableWidget::message() const
{
    return mMessage->isHidden() ? QString() : mMessage->text();
}

void TaskTableWidget::showRefusal(const QString &reason)
{
    mMessage->setText(reason);
    mMessage->show();
}

void TaskTableWidget::clearRefusal()
{
    mMessage->clear();
    mMessage->hide();
}

void TaskTableWidget::addTask()
{
    const core::ProductionLine *line = mContext->line();
    if (!line)
        return;
    core::Task task;
    task.id = lineedits::uniqueTaskId(*line);
    task.name = tr("New task");
    mContext->push(new CmdTaskAdd(mContext->document(), mContext->variantId(), line->id, {task}));
    const QModelIndex index = mModel->index(mModel->rowCount() - 1, taskcells::Name);
    mView->setCurrentIndex(index);
    mView->edit(index);
}

void TaskTableWidget::deleteSelected()
{
    const core::ProductionLine *line = mContext->line();
    if (!line)
        return;
    std::set<int> rows;
    for (const QModelIndex &index : mView->selectionModel()->selectedIndexes())
        rows.insert(index.row());
    if (rows.empty() && mView->currentIndex().isValid())
        rows.insert(mView->currentIndex().row());
    QStringList ids;
    for (int row : rows)
        ids << mModel->taskIdAt(row);
    ids.removeAll(QString());
    if (!ids.isEmpty())
        mContext->push(new CmdTaskRemove(mContext->document(), mContext->variantId(), line->id, ids));
}

void TaskTableWidget::moveCurrent(int delta)
{
    const core::ProductionLine *line = mContext->line();
    const QModelIndex current = mView->currentIndex();
    if (!line || !current.isValid())
        return;
    const int target = current.row() + delta;
    if (target < 0 || target >= mModel->rowCount())
        return;
    mContext->push(new CmdTaskMove(mContext->document(), mContext->variantId(), line->id,
                                   mModel->taskIdAt(current.row()), target));
    mView->setCurrentIndex(mModel->index(target, current.column()));
}

void TaskTableWidget::pasteText(const QString &text)
{
    const core::ProductionLine *line = mContext->line();
    if (!line)
        return;
    const QModelIndex current = mView->currentIndex();
    const TaskPasteResult result = pasteTasks(*line, text, current.isValid() ? current.row() : int(line->tasks.size()),
                                              current.isValid() ? current.column() : 0);
    if (!result.ok) {
        showRefusal(result.message);
        return;
    }
    clearRefusal();
    mContext->push(new CmdLineReplace(mContext->document(), mContext->variantId(), result.line, tr("Paste tasks")));
}

bool TaskTableWidget::importCsv(const QString &path)
{
    const core::ProductionLine *line = mContext->line();
    if (!line)
        return false;
    const TaskPasteResult result = importTaskCsv(*line, path);
    if (!result.ok) {
        showRefusal(result.message);
        return false;
    }
    clearRefusal();
    mContext->push(new CmdLineReplace(mContext->document(), mContext->variantId(), result.line,
                                      tr("Import %n task(s)", nullptr, result.addedTasks)));
    return true;
}

bool TaskTableWidget::eventFilter(QObject *watched, QEvent *event)
{
    // The window's Paste and Delete act on layout items; inside the table they act on tasks.
    if (watched == mView && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool paste = key->matches(QKeySequence::Paste);
        // While a cell is edited its editor has the focus, so these keys reach the editor, not here.
        const bool remove = key->matches(QKeySequence::Delete);
        if (paste || remove) {
            event->accept();
            if (event->type() == QEvent::KeyPress) {
                if (paste)
                    pasteText(QApplication::clipboard()->text());
                else
                    deleteSelected();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace taktflow::app
