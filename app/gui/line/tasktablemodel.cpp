// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/line/tasktablemodel.h"

#include "app/document/commands/cmdline.h"
#include "app/gui/line/linecontext.h"
#include "app/gui/line/taskcells.h"

namespace taktflow::app {

using namespace taskcells;

TaskTableModel::TaskTableModel(LineContext *context, QObject *parent)
    : QAbstractTableModel(parent)
    , mContext(context)
{
    connect(context, &LineContext::lineChanged, this, &TaskTableModel::reload);
    mColumns = FirstModel;
    reload();
}

const core::ProductionLine *TaskTableModel::line() const
{
    return mContext->line();
}

void TaskTableModel::reload()
{
    const core::ProductionLine *shown = line();
    const int rows = shown ? int(shown->tasks.size()) : 0;
    const int columns = FirstModel + (shown ? int(shown->models.size()) : 0);
    if (rows == mRows && columns == mColumns) {
        // Same shape: keep the view's current cell and selection.
        if (rows > 0)
            emit dataChanged(index(0, 0), index(rows - 1, columns - 1));
        emit headerDataChanged(Qt::Horizontal, 0, columns - 1);
        return;
    }
    beginResetModel();
    mRows = rows;
    mColumns = columns;
    endResetModel();
}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : mRows;
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : mColumns;
}

QString TaskTableModel::taskIdAt(int row) const
{
    const core::ProductionLine *shown = line();
    return shown && row >= 0 && row < int(shown->tasks.size()) ? shown->tasks[std::size_t(row)].id : QString();
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    const core::ProductionLine *shown = line();
    if (!shown || !index.isValid() || index.row() >= int(shown->tasks.size()))
        return {};
    const core::Task &task = shown->tasks[std::size_t(index.row())];
    if (index.column() == Automated && role == Qt::CheckStateRole)
        return task.automated ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return cellText(*shown, task, index.column());
    if (role == Qt::TextAlignmentRole && (index.column() == Time || index.column() == AutomatedTime ||
                                          index.column() == FixedStation || index.column() >= FirstModel))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Zoning)
        return tr("+T3: must share a station with T3; -T5: must not share a station with T5");
    return {};
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Id: return tr("ID");
    case Name: return tr("Name");
    case Time: return tr("Time (s)");
    case Predecessors: return tr("Predecessors");
    case Automated: return tr("Automated");
    case AutomatedTime: return tr("Automated time (s)");
    case StationType: return tr("Station type");
    case FixedStation: return tr("Fixed station");
    case Zoning: return tr("Zoning");
    default: break;
    }
    const core::ProductionLine *shown = line();
    const std::size_t model = std::size_t(section - FirstModel);
    if (shown && model < shown->models.size())
        return tr("Time %1 (s)").arg(shown->models[model].name);
    return {};
}

Qt::ItemFlags TaskTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.column() == Automated)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool TaskTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const core::ProductionLine *shown = line();
    if (!shown || !index.isValid() || index.row() >= int(shown->tasks.size()))
        return false;
    QString text = value.toString();
    if (index.column() == Automated) {
        if (role != Qt::CheckStateRole)
            return false;
        text = value.toInt() == Qt::Checked ? QStringLiteral("1") : QStringLiteral("0");
    } else if (role != Qt::EditRole) {
        return false;
    }
    core::ProductionLine edited = *shown;
    QString reason;
    if (!writeCell(edited, index.row(), index.column(), text, &reason)) {
        emit editRefused(index, reason);
        return false;
    }
    if (edited == *shown)
        return true;
    const QString taskId = shown->tasks[std::size_t(index.row())].id;
    mContext->push(new CmdLineReplace(
        mContext->document(), mContext->variantId(), edited,
        tr("Edit %1 of task %2").arg(headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString(), taskId)));
    return true;
}

} // namespace taktflow::app
