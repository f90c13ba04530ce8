// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/layout/layoutitemgraphic.h"

#include "app/render/itemstyle.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace taktflow::app {

namespace {

double zOf(core::ItemType type)
{
    switch (type) {
    case core::ItemType::Zone: return -20;
    case core::ItemType::Aisle: return -10;
    case core::ItemType::Wall:
    case core::ItemType::Column: return 5;
    default: return 0;
    }
}

} // namespace

LayoutItemGraphic::LayoutItemGraphic(const core::LayoutItem &item)
{
    setItem(item);
}

void LayoutItemGraphic::setItem(const core::LayoutItem &item)
{
    prepareGeometryChange();
    mItem = item;
    mLocal.clear();
    if (item.outlineM.size() >= 3) {
        for (const auto &p : item.outlineM)
            mLocal << QPointF(p.xM, -p.yM);
    } else {
        const double w = std::max(item.widthM, 0.01) / 2;
        const double d = std::max(item.depthM, 0.01) / 2;
        mLocal << QPointF(-w, -d) << QPointF(w, -d) << QPointF(w, d) << QPointF(-w, d);
    }
    const double margin = core::isSolid(item.type) ? std::max(item.clearanceM, 0.0) : 0.0;
    // Room for the selection outline and label overhang.
    mBounds = mLocal.boundingRect().adjusted(-margin - 0.3, -margin - 0.3, margin + 0.3, margin + 0.3);
    setPos(floorToScene(item.xM, item.yM));
    // Floor rotation is counter-clockwise with y up; the scene's y points down.
    setRotation(-item.rotationDeg);
    setZValue(zOf(item.type));
    update();
}

void LayoutItemGraphic::setMarkedSelected(bool selected)
{
    if (selected == mSelected)
        return;
    mSelected = selected;
    setZValue(zOf(mItem.type) + (selected ? 1 : 0));
    update();
}

void LayoutItemGraphic::setConflicting(bool conflicting)
{
    if (conflicting == mConflicting)
        return;
    mConflicting = conflicting;
    update();
}

void LayoutItemGraphic::setColourMode(ColourMode mode)
{
    if (mode == mColourMode)
        return;
    mColourMode = mode;
    update();
}

QRectF LayoutItemGraphic::boundingRect() const
{
    return mBounds;
}

QPainterPath LayoutItemGraphic::shape() const
{
    QPainterPath path;
    path.addPolygon(mLocal);
    path.closeSubpath();
    return path;
}

void LayoutItemGraphic::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    using core::ItemType;
    const double lod = std::max(option->levelOfDetailFromTransform(painter->worldTransform()), 1e-9);
    const double px = 1.0 / lod;
    const bool automationColours = mColourMode == ColourMode::ByAutomation && core::isSolid(mItem.type) &&
                                   mItem.type != ItemType::Wall && mItem.type != ItemType::Column;
    QColor fill = automationColours ? render::automationColor(mItem.automationLevel) : render::fillColor(mItem.type);
    if (mItem.type == ItemType::Zone)
        fill.setAlpha(45);
    else if (mItem.type == ItemType::Aisle)
        fill.setAlpha(120);

    // A few pixels on screen: a plain block is all the eye can see, at a fraction of the cost.
    const QRectF local = mLocal.boundingRect();
    if (std::max(local.width(), local.height()) * lod < 5 && !mSelected && !mConflicting) {
        const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->fillRect(local, fill);
        painter->setRenderHint(QPainter::Antialiasing, antialiased);
        return;
    }

    QPen outline(fill.darker(170), px);
    outline.setCosmetic(false);
    if (mItem.type == ItemType::Zone) {
        outline.setStyle(Qt::DashLine);
        outline.setWidthF(1.5 * px);
    }
    painter->setPen(outline);
    painter->setBrush(fill);
    painter->drawPolygon(mLocal);

    if (mItem.type == ItemType::Aisle && lod > 2) {
        // The centre line runs along the longer side; the shorter side is the width.
        const QRectF r = mLocal.boundingRect();
        QPen centre(QColor(120, 100, 20), px, Qt::DashLine);
        painter->setPen(centre);
        if (r.width() >= r.height())
            painter->drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
        else
            painter->drawLine(QPointF(r.center().x(), r.top()), QPointF(r.center().x(), r.bottom()));
    } else if (mItem.type == ItemType::Column && lod > 2) {
        const QRectF r = mLocal.boundingRect();
        painter->setPen(QPen(QColor(230, 230, 230), px));
        painter->drawLine(r.topLeft(), r.bottomRight());
        painter->drawLine(r.topRight(), r.bottomLeft());
    }
    if (mItem.clearanceM > 0 && core::isSolid(mItem.type) && lod > 3) {
        painter->setPen(QPen(fill.darker(140), px, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        const double c = mItem.clearanceM;
        painter->drawRect(mLocal.boundingRect().adjusted(-c, -c, c, c));
    }
    if (mConflicting) {
        QColor red(220, 30, 40);
        painter->setPen(QPen(red, 2.5 * px));
        red.setAlpha(70);
        QTransform hatchScale;
        hatchScale.scale(px, px);
        QBrush hatch(red, Qt::BDiagPattern);
        hatch.setTransform(hatchScale);
        painter->setBrush(hatch);
        painter->drawPolygon(mLocal);
    }
    if (mSelected) {
        QPen pen(QColor(20, 110, 230), 2.5 * px);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPolygon(mLocal);
    }
    if (lod > 4)
        paintLabel(painter, lod);
}

void LayoutItemGraphic::paintLabel(QPainter *painter, double lod) const
{
    using core::ItemType;
    if (mItem.type == ItemType::Column || mItem.type == ItemType::Wall)
        return;
    const QRectF r = mLocal.boundingRect();
    // Labels stay upright whatever the item's rotation.
    const bool sideways = std::abs(std::remainder(mItem.rotationDeg, 180.0)) > 45.0;
    double widthPx = (sideways ? r.height() : r.width()) * lod;
    double heightPx = (sideways ? r.width() : r.height()) * lod;
    // An aisle's name runs along it: a north-south aisle reads bottom to top instead of being
    // cut to its first letters.
    const bool alongHeight = mItem.type == ItemType::Aisle && heightPx > widthPx;
    if (alongHeight)
        std::swap(widthPx, heightPx);
    if (widthPx < 26 || heightPx < 11)
        return;
    const QString text = mItem.name.isEmpty() ? mItem.id : mItem.name;
    painter->save();
    painter->rotate(mItem.rotationDeg + (alongHeight ? -90.0 : 0.0));
    painter->scale(1.0 / lod, 1.0 / lod);
    QFont font = painter->font();
    font.setPixelSize(std::clamp(int(heightPx * 0.35), 9, 13));
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    const QString shown = metrics.elidedText(text, Qt::ElideRight, widthPx - 4);
    painter->setPen(mItem.type == ItemType::Zone ? QColor(40, 90, 40) : QColor(15, 15, 15));
    QRectF box(-widthPx / 2, -heightPx / 2, widthPx, heightPx);
    if (mItem.type == ItemType::Aisle) {
        // Crossing aisles would print their names on top of each other at the centre.
        box = QRectF(-widthPx / 2 + 6, -heightPx / 2, widthPx / 2, heightPx);
    }
    const Qt::Alignment align = mItem.type == ItemType::Zone    ? (Qt::AlignLeft | Qt::AlignTop)
                                : mItem.type == ItemType::Aisle ? (Qt::AlignLeft | Qt::AlignVCenter)
                                                                : Qt::AlignCenter;
    painter->drawText(box, align, shown);
    painter->restore();
}

} // namespace taktflow::app
