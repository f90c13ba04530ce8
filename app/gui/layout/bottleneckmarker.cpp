// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/layout/bottleneckmarker.h"

#include "app/gui/layout/layoutitemgraphic.h"
#include "app/render/animation/animationgeometry.h"
#include "app/render/layoutpainter.h"
#include "app/render/simulationpalette.h"

#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace taktflow::app {

namespace {

// The frame stands this far outside the item, in metres, so the item's own outline stays visible.
constexpr double kFrameOffsetM = 0.4;

QPolygonF toScene(const QPolygonF &floorM)
{
    QPolygonF scene;
    scene.reserve(floorM.size());
    for (const QPointF &p : floorM)
        scene << floorToScene(p.x(), p.y());
    return scene;
}

} // namespace

BottleneckMarker::BottleneckMarker()
{
    // Above the items, below selection handles; hover shows the tooltip of the mark under the mouse.
    setZValue(50);
    setAcceptHoverEvents(true);
    setAcceptedMouseButtons(Qt::NoButton);
}

void BottleneckMarker::setVariant(const core::Variant *variant)
{
    prepareGeometryChange();
    mMarks.clear();
    mBounds = {};
    if (!variant)
        return;
    for (const auto &line : variant->lines) {
        const int index = render::bottleneckStationIndex(line);
        if (index < 0)
            continue;
        const core::LayoutItem *item = variant->findItem(line.stations[std::size_t(index)].itemId);
        if (!item)
            continue;
        const auto &shares = line.lastSimulation->stations[std::size_t(index)];
        Mark mark;
        mark.itemId = item->id;
        const QRectF box = render::footprintM(*item).boundingRect().adjusted(-kFrameOffsetM, -kFrameOffsetM,
                                                                              kFrameOffsetM, kFrameOffsetM);
        mark.outline = toScene(QPolygonF(box));
        mark.toolTip = tr("Bottleneck of line %1 in the last simulation: station %2 (%3), the bottleneck %4 % of the time")
                           .arg(line.name, QString::number(index + 1), shares.name,
                                QString::number(shares.bottleneckShare * 100.0, 'f', 1));
        mBounds = mBounds.united(mark.outline.boundingRect());
        mMarks.push_back(mark);
    }
    update();
}

QStringList BottleneckMarker::markedItems() const
{
    QStringList ids;
    for (const auto &mark : mMarks)
        ids << mark.itemId;
    return ids;
}

QRectF BottleneckMarker::boundingRect() const
{
    return mBounds.adjusted(-1, -1, 1, 1);
}

QPainterPath BottleneckMarker::shape() const
{
    // Only the frames themselves catch the mouse; the items inside stay clickable.
    QPainterPath path;
    for (const auto &mark : mMarks)
        path.addPolygon(mark.outline);
    QPainterPathStroker stroker;
    stroker.setWidth(0.5);
    return stroker.createStroke(path);
}

void BottleneckMarker::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    QPen pen(render::bottleneckColor(), 3);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    for (const auto &mark : mMarks)
        painter->drawPolygon(mark.outline);
}

void BottleneckMarker::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    for (const auto &mark : mMarks) {
        if (mark.outline.boundingRect().adjusted(-0.5, -0.5, 0.5, 0.5).contains(event->pos())) {
            setToolTip(mark.toolTip);
            return;
        }
    }
    setToolTip({});
}

} // namespace taktflow::app
