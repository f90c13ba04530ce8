// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/itemtablemodel.h"

#include "app/document/projectdocument.h"
#include "app/render/itemstyle.h"

#include <QLocale>

namespace taktflow::app {

ItemTableModel::ItemTableModel(ProjectDocument *document, QObject *parent)
    : QAbstractTableModel(parent), mDocument(document)
{
    connect(mDocument, &ProjectDocument::projectReset, this, &ItemTableModel::reload);
    const auto reloadIfShown = [this](const QString &variantId) {
        if (variantId == mVariantId)
            reload();
    };
    connect(mDocument, &ProjectDocument::variantContentChanged, this, reloadIfShown);
    connect(mDocument, &ProjectDocument::itemAdded, this, reloadIfShown);
    connect(mDocument, &ProjectDocument::itemRemoved, this, reloadIfShown);
    // A drag changes one item many times a second: repaint its row, keep the table as it is.
    connect(mDocument, &ProjectDocument::itemChanged, this, [this](const QString &variantId, const QString &itemId) {
        const core::Variant *variant = mDocument->project().findVariant(variantId);
        if (variantId != mVariantId || !variant)
            return;
        for (int row = 0; row < int(variant->items.size()); ++row) {
            if (variant->items[std::size_t(row)].id == itemId) {
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
                return;
            }
        }
    });
}

void ItemTableModel::setVariant(const QString &variantId)
{
    mVariantId = variantId;
    reload();
}

void ItemTableModel::reload()
{
    beginResetModel();
    endResetModel();
}

QString ItemTableModel::itemIdAt(int row) const
{
    const core::Variant *variant = mDocument->project().findVariant(mVariantId);
    return variant && row >= 0 && row < int(variant->items.size()) ? variant->items[std::size_t(row)].id : QString();
}

int ItemTableModel::rowCount(const QModelIndex &parent) const
{
    const core::Variant *variant = mDocument->project().findVariant(mVariantId);
    return parent.isValid() || !variant ? 0 : int(variant->items.size());
}

int ItemTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ItemTableModel::data(const QModelIndex &index, int role) const
{
    const core::Variant *variant = mDocument->project().findVariant(mVariantId);
    if (!variant || !index.isValid() || index.row() >= int(variant->items.size()))
        return {};
    const core::LayoutItem &item = variant->items[std::size_t(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() >= X)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (Column(index.column())) {
    case Id: return item.id;
    case Name: return item.name;
    case Type: return render::typeDisplayName(item.type);
    case X: return locale.toString(item.xM, 'f', 2);
    case Y: return locale.toString(item.yM, 'f', 2);
    case Width: return locale.toString(item.widthM, 'f', 2);
    case Depth: return locale.toString(item.depthM, 'f', 2);
    case Rotation: return locale.toString(item.rotationDeg, 'f', 1);
    case Automation: return locale.toString(item.automationLevel * 100, 'f', 0);
    case Power: return locale.toString(item.powerKw, 'f', 1);
    case ColumnCount: break;
    }
    return {};
}

QVariant ItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Id: return tr("Id");
    case Name: return tr("Name");
    case Type: return tr("Type");
    case X: return tr("X (m)");
    case Y: return tr("Y (m)");
    case Width: return tr("Width (m)");
    case Depth: return tr("Depth (m)");
    case Rotation: return tr("Rotation (°)");
    case Automation: return tr("Automation (%)");
    case Power: return tr("Power (kW)");
    case ColumnCount: break;
    }
    return {};
}

} // namespace taktflow::app
