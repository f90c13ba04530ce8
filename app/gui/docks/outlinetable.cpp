// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/docks/outlinetable.h"

#include "app/document/commands/itemproperties.h"
#include "app/document/projectdocument.h"
#include "core/layout/footprint.h"
#include "core/layout/outlinecheck.h"

#include <QHeaderView>
#include <QLocale>

#include <cmath>
#include <numbers>

namespace taktflow::app {

namespace {

/** Floor metres to the item's local metres (the inverse of core::toFloor). */
core::PointM toLocal(const core::LayoutItem &item, const core::PointM &floor)
{
    const double rad = item.rotationDeg * std::numbers::pi / 180.0;
    const double c = std::cos(rad);
    const double s = std::sin(rad);
    const double dx = floor.xM - item.xM;
    const double dy = floor.yM - item.yM;
    return {dx * c + dy * s, -dx * s + dy * c};
}

} // namespace

OutlineTable::OutlineTable(ProjectDocument *document, QWidget *parent) : QTableWidget(parent), mDocument(document)
{
    setObjectName(QStringLiteral("outlineTable"));
    setColumnCount(2);
    setHorizontalHeaderLabels({tr("X (m)"), tr("Y (m)")});
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    setMinimumHeight(120);
    connect(this, &QTableWidget::cellChanged, this, &OutlineTable::commitCell);
    refresh();
}

void OutlineTable::refresh()
{
    const core::Variant *variant = mDocument->currentVariant();
    const QSet<QString> &selection = mDocument->selection();
    const core::LayoutItem *item =
        variant && selection.size() == 1 ? variant->findItem(*selection.cbegin()) : nullptr;
    const bool polygonal =
        item && (item->type == core::ItemType::Zone || item->outlineM.size() >= core::kMinOutlineVertices);
    setVisible(polygonal);
    if (!polygonal) {
        mItemId.clear();
        return;
    }
    mItemId = item->id;
    const std::vector<core::PointM> corners = core::editableOutline(*item);
    mRefreshing = true;
    setRowCount(int(corners.size()));
    const QLocale locale;
    for (int row = 0; row < int(corners.size()); ++row) {
        const core::PointM floor = core::toFloor(*item, corners[std::size_t(row)]);
        setText(row, 0, locale.toString(floor.xM, 'f', 3));
        setText(row, 1, locale.toString(floor.yM, 'f', 3));
    }
    mRefreshing = false;
}

void OutlineTable::setText(int row, int column, const QString &text)
{
    // Cells are updated in place: a refresh may run inside the edited cell's own change
    // signal, where replacing the cell would delete it under its caller.
    if (QTableWidgetItem *cell = item(row, column))
        cell->setText(text);
    else
        setItem(row, column, new QTableWidgetItem(text));
}

void OutlineTable::commitCell(int row, int column)
{
    const core::Variant *variant = mDocument->currentVariant();
    const core::LayoutItem *item = variant ? variant->findItem(mItemId) : nullptr;
    if (mRefreshing || !item)
        return;
    bool ok = false;
    const double value = QLocale().toDouble(this->item(row, column)->text().trimmed(), &ok);
    std::vector<core::PointM> corners = core::editableOutline(*item);
    if (!ok || !std::isfinite(value) || row < 0 || row >= int(corners.size())) {
        emit message(tr("Corner %1: not a number").arg(row + 1));
        refresh();
        return;
    }
    core::PointM floor = core::toFloor(*item, corners[std::size_t(row)]);
    (column == 0 ? floor.xM : floor.yM) = value;
    corners[std::size_t(row)] = toLocal(*item, floor);
    const QString problem = core::outlineProblem(corners);
    if (!problem.isEmpty()) {
        emit message(tr("Corner not moved: %1").arg(problem));
        refresh();
        return;
    }
    // Qualified: inside a QFrame, plain Shape names QFrame::Shape.
    auto *command = new CmdItemReshape(mDocument, variant->id, {{item->id, app::Shape::fromOutline(corners)}});
    command->setText(tr("Move corner"));
    if (command->isObsolete())
        delete command;
    else
        mDocument->undoStack()->push(command);
}

} // namespace taktflow::app
