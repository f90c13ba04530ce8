// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/docks/librarydock.h"

#include "app/gui/layout/itemfactory.h"
#include "app/render/itemstyle.h"

#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QPixmap>

namespace taktflow::app {

namespace {

/** A list whose drags carry the item type for the canvas. */
class LibraryList : public QListWidget
{
public:
    using QListWidget::QListWidget;

protected:
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override
    {
        if (items.isEmpty())
            return nullptr;
        auto *data = new QMimeData;
        data->setData(itemTypeMimeType(), items.first()->data(Qt::UserRole).toString().toUtf8());
        return data;
    }
    QStringList mimeTypes() const override { return {itemTypeMimeType()}; }
};

QIcon swatch(core::ItemType type)
{
    QPixmap pixmap(20, 20);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor fill = render::fillColor(type);
    painter.setPen(fill.darker(160));
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(2.5, 4.5, 15, 11), 2, 2);
    return QIcon(pixmap);
}

} // namespace

LibraryDock::LibraryDock(QWidget *parent) : QDockWidget(tr("Equipment library"), parent)
{
    setObjectName(QStringLiteral("libraryDock"));
    mList = new LibraryList(this);
    mList->setObjectName(QStringLiteral("libraryList"));
    mList->setAccessibleName(tr("Equipment library"));
    mList->setDragEnabled(true);
    mList->setDragDropMode(QAbstractItemView::DragOnly);
    mList->setSelectionMode(QAbstractItemView::SingleSelection);
    for (core::ItemType type : core::allItemTypes()) {
        auto *item = new QListWidgetItem(swatch(type), render::typeDisplayName(type), mList);
        item->setData(Qt::UserRole, core::itemTypeName(type));
        item->setToolTip(tr("Drag onto the floor to place a %1").arg(render::typeDisplayName(type)));
    }
    setWidget(mList);
    connect(mList, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        if (const auto type = core::itemTypeFromName(item->data(Qt::UserRole).toString()))
            emit placeRequested(*type);
    });
}

} // namespace taktflow::app
