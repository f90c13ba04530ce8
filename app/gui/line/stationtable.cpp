// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/line/stationtable.h"

#include "app/document/commands/cmdline.h"
#include "app/document/projectdocument.h"
#include "app/gui/line/linecontext.h"
#include "core/automation/assignmentmetrics.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace taktflow::app {

namespace {

enum Column { Station, Type, Item, Tasks, Time, ColumnCount };

} // namespace

StationTable::StationTable(LineContext *context, QWidget *parent)
    : QWidget(parent)
    , mContext(context)
{
    mTable = new QTableWidget(0, ColumnCount, this);
    mTable->setObjectName(QStringLiteral("stationTable"));
    mTable->setHorizontalHeaderLabels(
        {tr("Station"), tr("Station type"), tr("Layout item"), tr("Tasks"), tr("Time (s)")});
    mTable->horizontalHeader()->setStretchLastSection(true);
    mTable->verticalHeader()->hide();
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setColumnWidth(Type, 130);
    mTable->setColumnWidth(Item, 200);
    mTable->setColumnWidth(Tasks, 200);
    auto *tools = new QToolBar(this);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addAction(tr("Add station"), this, &StationTable::addStation);
    tools->addAction(tr("Remove last empty station"), this, &StationTable::removeLastEmptyStation);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tools);
    layout->addWidget(mTable);
    // Queued: a change made from a row's combo box must not delete that box inside its own signal.
    connect(context, &LineContext::lineChanged, this, &StationTable::refresh, Qt::QueuedConnection);
    refresh();
}

void StationTable::refresh()
{
    mRefreshing = true;
    const core::ProductionLine *line = mContext->line();
    const core::Variant *variant = mContext->document()->currentVariant();
    const int rows = line ? int(line->stations.size()) : 0;
    mTable->setRowCount(rows);
    QStringList resources;
    if (line) {
        for (const auto &task : line->tasks) {
            if (!task.requiredResource.isEmpty() && !resources.contains(task.requiredResource))
                resources << task.requiredResource;
        }
        for (const auto &station : line->stations) {
            if (!station.resource.isEmpty() && !resources.contains(station.resource))
                resources << station.resource;
        }
    }
    const QLocale locale;
    for (int row = 0; row < rows; ++row) {
        const core::Station &station = line->stations[std::size_t(row)];
        mTable->setItem(row, Station, new QTableWidgetItem(tr("S%1").arg(row + 1)));

        auto *type = new QComboBox(mTable);
        type->setEditable(true);
        type->addItem(tr("manual"), QString());
        for (const QString &resource : std::as_const(resources))
            type->addItem(resource, resource);
        type->setCurrentIndex(std::max(0, type->findData(station.resource)));
        connect(type, &QComboBox::activated, this, [this, row, type] {
            const QString data = type->currentData().toString();
            setStationType(row, type->currentText() == tr("manual")
                                    ? QString()
                                    : (data.isEmpty() ? type->currentText().trimmed() : data));
        });
        mTable->setCellWidget(row, Type, type);

        auto *item = new QComboBox(mTable);
        item->addItem(tr("(not placed)"), QString());
        if (variant) {
            for (const auto &candidate : variant->items) {
                if (candidate.type == core::ItemType::Workstation || candidate.type == core::ItemType::Machine)
                    item->addItem(QStringLiteral("%1 – %2").arg(candidate.id, candidate.name), candidate.id);
            }
        }
        item->setCurrentIndex(std::max(0, item->findData(station.itemId)));
        connect(item, &QComboBox::activated, this,
                [this, row, item] { linkStation(row, item->currentData().toString()); });
        mTable->setCellWidget(row, Item, item);

        mTable->setItem(row, Tasks, new QTableWidgetItem(station.taskIds.join(QStringLiteral(", "))));
        mTable->setItem(row, Time, new QTableWidgetItem(locale.toString(core::stationTimeS(*line, station), 'f', 1)));
    }
    mRefreshing = false;
}

void StationTable::linkStation(int station, const QString &itemId)
{
    const core::ProductionLine *line = mContext->line();
    if (mRefreshing || !line || station < 0 || station >= int(line->stations.size()))
        return;
    mContext->push(new CmdStationEdit(mContext->document(), mContext->variantId(), line->id, station,
                                      line->stations[std::size_t(station)].resource, itemId));
}

void StationTable::setStationType(int station, const QString &resource)
{
    const core::ProductionLine *line = mContext->line();
    if (mRefreshing || !line || station < 0 || station >= int(line->stations.size()))
        return;
    mContext->push(new CmdStationEdit(mContext->document(), mContext->variantId(), line->id, station, resource,
                                      line->stations[std::size_t(station)].itemId));
}

void StationTable::addStation()
{
    if (const core::ProductionLine *line = mContext->line())
        mContext->push(new CmdStationAdd(mContext->document(), mContext->variantId(), line->id));
}

void StationTable::removeLastEmptyStation()
{
    const core::ProductionLine *line = mContext->line();
    if (!line || line->stations.empty() || !line->stations.back().taskIds.isEmpty())
        return;
    mContext->push(
        new CmdStationRemove(mContext->document(), mContext->variantId(), line->id, int(line->stations.size()) - 1));
}

} // namespace taktflow::app
