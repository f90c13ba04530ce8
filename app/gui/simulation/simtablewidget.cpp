// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/simulation/simtablewidget.h"

#include "app/gui/simulation/simtablemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>

namespace taktflow::app {

namespace {

/** A drop-down editor for the columns whose table offers choices; text editors elsewhere. */
class ChoiceDelegate : public QStyledItemDelegate
{
public:
    ChoiceDelegate(const SimTable &table, QObject *parent) : QStyledItemDelegate(parent), mTable(table) {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QStringList choices = mTable.choices(index.column());
        if (choices.isEmpty())
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *combo = new QComboBox(parent);
        combo->addItems(choices);
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            combo->setCurrentIndex(std::max(0, int(combo->findText(index.data(Qt::EditRole).toString()))));
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            model->setData(index, combo->currentText(), Qt::EditRole);
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }

private:
    const SimTable &mTable;
};

} // namespace

SimTableWidget::SimTableWidget(LineContext *context, std::unique_ptr<SimTable> table, const QString &objectName,
                               QWidget *parent)
    : QWidget(parent)
{
    mModel = new SimTableModel(context, std::move(table), this);
    mView = new QTableView(this);
    mView->setObjectName(objectName);
    mView->setModel(mModel);
    mView->setItemDelegate(new ChoiceDelegate(mModel->table(), mView));
    mView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    mView->horizontalHeader()->setStretchLastSection(true);
    mView->verticalHeader()->setDefaultSectionSize(mView->fontMetrics().height() + 8);
    mView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                           QAbstractItemView::AnyKeyPressed);
    mView->setToolTip(tr("Double-click a cell to edit it; Ctrl+V pastes cells copied from a spreadsheet"));
    mView->installEventFilter(this);

    mMessage = new QLabel(this);
    mMessage->setObjectName(objectName + QStringLiteral("Message"));
    mMessage->setWordWrap(true);
    mMessage->setStyleSheet(QStringLiteral("color: #b00020;"));
    mMessage->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mView, 1);
    layout->addWidget(mMessage);

    connect(mModel, &SimTableModel::editRefused, this, [this](const QModelIndex &index, const QString &reason) {
        showRefusal(reason);
        QToolTip::showText(mView->viewport()->mapToGlobal(mView->visualRect(index).bottomLeft()), reason, mView);
    });
    connect(mModel, &SimTableModel::dataChanged, this, [this] { mMessage->hide(); });
    connect(mModel, &SimTableModel::modelReset, this, [this] { emit currentRowChanged(mView->currentIndex().row()); });
    connect(mView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { emit currentRowChanged(current.row()); });
}

QString SimTableWidget::message() const
{
    return mMessage->isHidden() ? QString() : mMessage->text();
}

void SimTableWidget::showRefusal(const QString &reason)
{
    mMessage->setText(reason);
    mMessage->show();
}

void SimTableWidget::pasteText(const QString &text)
{
    const QModelIndex current = mView->currentIndex();
    const QString refusal = mModel->paste(text, current.isValid() ? current.row() : 0,
                                          current.isValid() ? current.column() : 0);
    if (refusal.isEmpty())
        mMessage->hide();
    else
        showRefusal(refusal);
}

bool SimTableWidget::eventFilter(QObject *watched, QEvent *event)
{
    // The window's Paste acts on layout items; inside the table it pastes cells.
    if (watched == mView && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        if (static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste)) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                pasteText(QApplication::clipboard()->text());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace taktflow::app
