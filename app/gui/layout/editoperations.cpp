// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/layout/editoperations.h"

#include "app/document/commands/cmditemadd.h"
#include "app/document/commands/itemproperties.h"
#include "app/document/projectdocument.h"
#include "app/gui/layout/itemclipboard.h"
#include "app/render/layoutpainter.h"

#include <QCoreApplication>
#include <QMimeData>

#include <algorithm>

namespace taktflow::app::edit {

namespace {

bool pushPlacements(ProjectDocument &document, std::vector<CmdItemPlace::Change> changes, const QString &text)
{
    const core::Variant *variant = document.currentVariant();
    if (!variant || changes.empty())
        return false;
    auto *command = new CmdItemPlace(&document, variant->id, std::move(changes));
    if (command->isObsolete()) {
        delete command;
        return false;
    }
    command->setText(text);
    document.undoStack()->push(command);
    return true;
}

/** Floor bounds (y up) of an item's footprint. */
QRectF floorBounds(const core::LayoutItem &item)
{
    return render::footprintM(item).boundingRect();
}

} // namespace

std::vector<core::LayoutItem> selectedItems(const ProjectDocument &document)
{
    std::vector<core::LayoutItem> items;
    const core::Variant *variant = document.currentVariant();
    if (!variant)
        return items;
    for (const auto &item : variant->items) {
        if (document.selection().contains(item.id))
            items.push_back(item);
    }
    return items;
}

bool deleteSelection(ProjectDocument &document)
{
    const core::Variant *variant = document.currentVariant();
    if (!variant || document.selection().isEmpty())
        return false;
    QStringList ids;
    for (const auto &item : selectedItems(document))
        ids << item.id;
    auto *command = new CmdItemRemove(&document, variant->id, ids);
    if (command->isEmpty()) {
        delete command;
        return false;
    }
    document.undoStack()->push(command);
    return true;
}

bool rotateSelection(ProjectDocument &document, double degrees)
{
    std::vector<CmdItemPlace::Change> changes;
    for (const auto &item : selectedItems(document)) {
        Placement p = Placement::of(item);
        p.rotationDeg = std::fmod(std::fmod(p.rotationDeg + degrees, 360.0) + 360.0, 360.0);
        changes.emplace_back(item.id, p);
    }
    return pushPlacements(document, std::move(changes), QCoreApplication::translate("EditOperations", "Rotate items"));
}

bool nudgeSelection(ProjectDocument &document, double dxM, double dyM)
{
    std::vector<CmdItemPlace::Change> changes;
    for (const auto &item : selectedItems(document)) {
        Placement p = Placement::of(item);
        p.xM += dxM;
        p.yM += dyM;
        changes.emplace_back(item.id, p);
    }
    return pushPlacements(document, std::move(changes), QCoreApplication::translate("EditOperations", "Move items"));
}

bool alignSelection(ProjectDocument &document, Alignment alignment)
{
    const std::vector<core::LayoutItem> items = selectedItems(document);
    if (items.size() < 2)
        return false;
    QRectF all;
    for (const auto &item : items)
        all = all.isNull() ? floorBounds(item) : all.united(floorBounds(item));
    std::vector<CmdItemPlace::Change> changes;
    for (const auto &item : items) {
        const QRectF b = floorBounds(item);
        Placement p = Placement::of(item);
        switch (alignment) {
        case Alignment::Left: p.xM += all.left() - b.left(); break;
        case Alignment::HCentre: p.xM += all.center().x() - b.center().x(); break;
        case Alignment::Right: p.xM += all.right() - b.right(); break;
        // QRectF's bottom is the larger y, which is the floor's top.
        case Alignment::Top: p.yM += all.bottom() - b.bottom(); break;
        case Alignment::VCentre: p.yM += all.center().y() - b.center().y(); break;
        case Alignment::Bottom: p.yM += all.top() - b.top(); break;
        }
        changes.emplace_back(item.id, p);
    }
    return pushPlacements(document, std::move(changes), QCoreApplication::translate("EditOperations", "Align items"));
}

bool distributeSelection(ProjectDocument &document, Qt::Orientation orientation)
{
    std::vector<core::LayoutItem> items = selectedItems(document);
    if (items.size() < 3)
        return false;
    const bool horizontal = orientation == Qt::Horizontal;
    auto low = [&](const core::LayoutItem &item) {
        const QRectF b = floorBounds(item);
        return horizontal ? b.left() : b.top();
    };
    auto extent = [&](const core::LayoutItem &item) {
        const QRectF b = floorBounds(item);
        return horizontal ? b.width() : b.height();
    };
    std::sort(items.begin(), items.end(), [&](const auto &a, const auto &b) { return low(a) < low(b); });
    double occupied = 0;
    double span = 0;
    for (const auto &item : items) {
        occupied += extent(item);
        span = std::max(span, low(item) + extent(item));
    }
    span -= low(items.front());
    const double gap = (span - occupied) / double(items.size() - 1);
    double cursor = low(items.front());
    std::vector<CmdItemPlace::Change> changes;
    for (const auto &item : items) {
        Placement p = Placement::of(item);
        const double shift = cursor - low(item);
        (horizontal ? p.xM : p.yM) += shift;
        cursor += extent(item) + gap;
        changes.emplace_back(item.id, p);
    }
    return pushPlacements(document, std::move(changes), QCoreApplication::translate("EditOperations", "Distribute items"));
}

bool pasteItems(ProjectDocument &document, std::vector<core::LayoutItem> items)
{
    const core::Variant *variant = document.currentVariant();
    if (!variant || items.empty())
        return false;
    bool allOnTop = true;
    for (const auto &item : items) {
        const core::LayoutItem *same = variant->findItem(item.id);
        allOnTop = allOnTop && same && same->xM == item.xM && same->yM == item.yM;
    }
    QStringList taken;
    QSet<QString> selection;
    for (auto &item : items) {
        if (variant->findItem(item.id) || taken.contains(item.id)) {
            QString prefix = item.id;
            while (!prefix.isEmpty() && prefix.back().isDigit())
                prefix.chop(1);
            item.id = uniqueItemId(*variant, prefix.isEmpty() ? QStringLiteral("I") : prefix, taken);
        }
        if (allOnTop) {
            item.xM += 1.0;
            item.yM -= 1.0;
        }
        taken << item.id;
        selection.insert(item.id);
    }
    document.undoStack()->push(new CmdItemAdd(&document, variant->id, std::move(items), QCoreApplication::translate("EditOperations", "Paste items")));
    document.setSelection(selection);
    return true;
}

bool pasteMimeData(ProjectDocument &document, const QMimeData *data)
{
    if (!data || !data->hasFormat(itemsMimeType()))
        return false;
    return pasteItems(document, itemsFromJson(data->data(itemsMimeType())));
}

} // namespace taktflow::app::edit
