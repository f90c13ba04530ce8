// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/layout/layoutitemgraphic.h"

#include "app/render/itemstyle.h"

#include <QGraphicsScene>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace taktflow::app {

namespace {

// A name may reach this far beyond a narrow item into free floor on each side.
constexpr double kLabelOverflowM = 2.5;

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
    // The label may reach beyond a narrow item (labelOverflowM), in any direction once rotated.
    const double reach = std::max(margin + 0.3, kLabelOverflowM);
    mBounds = mLocal.boundingRect().adjusted(-reach, -reach, reach, reach);
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
    painter->setPen(mItem.type == ItemType::Zone ? QColor(40, 90, 40) : QColor(15, 15, 15));
    QRectF box(-widthPx / 2, -heightPx / 2, widthPx, heightPx);
    const bool solid = mItem.type != ItemType::Aisle && mItem.type != ItemType::Zone;
    if (solid && metrics.horizontalAdvance(text) > widthPx - 4) {
        paintLongLabel(painter, text, box, lod, metrics);
        painter->restore();
        return;
    }
    const QString shown = metrics.elidedText(text, Qt::ElideRight, widthPx - 4);
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

void LayoutItemGraphic::paintLongLabel(QPainter *painter, const QString &text, const QRectF &box, double lod,
                                       const QFontMetricsF &metrics) const
{
    // First choice: two lines inside the item, when it is tall enough and the words allow.
    const double line = metrics.height();
    const QRectF inside = box.adjusted(2, 1, -2, -1);
    const QRectF wrapped = metrics.boundingRect(inside, Qt::AlignCenter | Qt::TextWordWrap, text);
    if (box.height() >= 2 * line + 2 && wrapped.width() <= inside.width() && wrapped.height() <= inside.height()) {
        painter->drawText(inside, Qt::AlignCenter | Qt::TextWordWrap, text);
        return;
    }
    // Else one line reaching into the free floor beside the item, on a light plate so that it
    // reads over the grid and the flow arrows; elided only when even that room is too short.
    const double overflowPx = labelOverflowM(box.width() / lod, line / lod) * lod;
    const double roomPx = box.width() + 2 * overflowPx - 4;
    const QString shown = metrics.elidedText(text, Qt::ElideRight, roomPx);
    const double textPx = std::min(metrics.horizontalAdvance(shown), roomPx);
    const QRectF plate(-textPx / 2 - 2, -line / 2, textPx + 4, line);
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 190));
    painter->drawRoundedRect(plate, 2, 2);
    painter->restore();
    painter->drawText(plate, Qt::AlignCenter, shown);
}

double LayoutItemGraphic::labelOverflowM(double widthM, double bandHeightM) const
{
    if (!scene())
        return 0.0;
    // The label frame is upright: the item's local frame turned back by its rotation.
    QTransform upright;
    upright.rotate(mItem.rotationDeg);
    // Neighbours up to twice the reach away limit it (to half the gap), so the band is that wide.
    const QRectF band(-widthM / 2 - 2 * kLabelOverflowM, -bandHeightM / 2, widthM + 4 * kLabelOverflowM, bandHeightM);
    const QPolygonF bandInScene = mapToScene(upright.map(QPolygonF(band)));
    double leftGapM = 2 * kLabelOverflowM;
    double rightGapM = 2 * kLabelOverflowM;
    const QTransform toUpright = upright.inverted();
    for (QGraphicsItem *other : scene()->items(bandInScene, Qt::IntersectsItemShape)) {
        const auto *neighbour = dynamic_cast<const LayoutItemGraphic *>(other);
        if (!neighbour || neighbour == this || neighbour->item().type == core::ItemType::Aisle ||
            neighbour->item().type == core::ItemType::Zone)
            continue;
        const QRectF r = toUpright.map(mapFromScene(neighbour->footprintSceneRect())).boundingRect();
        if (r.bottom() <= band.top() || r.top() >= band.bottom())
            continue;
        if (r.right() <= -widthM / 2)
            leftGapM = std::min(leftGapM, -widthM / 2 - r.right());
        else if (r.left() >= widthM / 2)
            rightGapM = std::min(rightGapM, r.left() - widthM / 2);
        else
            return 0.0; // something overlaps the item's own band: no room to reach into
    }
    // Centred labels reach equally far both ways.
    return std::clamp(std::min(leftGapM, rightGapM) / 2, 0.0, kLabelOverflowM);
}

} // namespace taktflow::app
