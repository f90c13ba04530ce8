// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/simulation/simtablemodel.h"

#include "app/document/commands/cmdsimulation.h"
#include "app/gui/cellpaste.h"
#include "app/gui/line/linecontext.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

namespace taktflow::app {

SimTableModel::SimTableModel(LineContext *context, std::unique_ptr<SimTable> table, QObject *parent)
    : QAbstractTableModel(parent), mContext(context), mTable(std::move(table))
{
    connect(context, &LineContext::lineChanged, this, &SimTableModel::reload);
    reload();
}

SimTableModel::~SimTableModel() = default;

void SimTableModel::reload()
{
    const core::ProductionLine *line = mContext->line();
    const int rows = line ? mTable->rowCount(*line) : 0;
    if (rows == mRows) {
        // Same shape: keep the view's current cell and selection.
        if (rows > 0)
            emit dataChanged(index(0, 0), index(rows - 1, mTable->columnCount() - 1));
        return;
    }
    beginResetModel();
    mRows = rows;
    endResetModel();
}

int SimTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : mRows;
}

int SimTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : mTable->columnCount();
}

QVariant SimTableModel::data(const QModelIndex &index, int role) const
{
    const core::ProductionLine *line = mContext->line();
    if (!line || !index.isValid() || index.row() >= mTable->rowCount(*line))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return mTable->text(*line, index.row(), index.column());
    case Qt::ForegroundRole:
        // Computed and not-applicable cells read as such.
        if (index.column() > 0 && !mTable->editable(*line, index.row(), index.column()))
            return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
        return {};
    default:
        return {};
    }
}

QVariant SimTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return mTable->header(section);
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole)
        return mTable->headerTip(section);
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    return {};
}

Qt::ItemFlags SimTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    const core::ProductionLine *line = mContext->line();
    if (line && index.isValid() && index.row() < mTable->rowCount(*line) &&
        mTable->editable(*line, index.row(), index.column()))
        result |= Qt::ItemIsEditable;
    return result;
}

bool SimTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const core::ProductionLine *line = mContext->line();
    if (role != Qt::EditRole || !line || !index.isValid())
        return false;
    core::SimulationParameters after = line->simulation;
    QString reason;
    if (!mTable->write(*line, after, index.row(), index.column(), value.toString(), &reason)) {
        emit editRefused(index, reason);
        return false;
    }
    mContext->push(mTable->rowCommand(mContext->document(), mContext->variantId(), *line, index.row(), after));
    return true;
}

QString SimTableModel::paste(const QString &text, int row, int column)
{
    const core::ProductionLine *line = mContext->line();
    if (!line)
        return tr("There is no production line to paste into.");
    const QList<QStringList> rows = spreadsheetRows(text);
    if (rows.isEmpty())
        return nothingToPasteMessage();
    const int available = mTable->rowCount(*line);
    if (std::max(row, 0) + int(rows.size()) > available)
        return tr("The paste has %n row(s) from row %1, but the table ends at row %2.", nullptr, int(rows.size()))
            .arg(std::max(row, 0) + 1)
            .arg(available);
    core::SimulationParameters after = line->simulation;
    const CellWriter write = [&](int r, int c, const QString &cell, QString *reason) {
        return mTable->write(*line, after, r, c, cell, reason);
    };
    if (const QString refusal = writePastedCells(rows, row, column, mTable->columnCount(), write); !refusal.isEmpty())
        return refusal;
    mContext->push(new CmdSimParametersReplace(mContext->document(), mContext->variantId(), line->id, after,
                                               tr("Paste simulation parameters")));
    return {};
}

} // namespace taktflow::app
