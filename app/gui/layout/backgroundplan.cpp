// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/layout/backgroundplan.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace taktflow::app {

BackgroundPlan::BackgroundPlan()
{
    setZValue(-50);
    setAcceptedMouseButtons(Qt::NoButton);
    setFlag(ItemIsSelectable, false);
    setFlag(ItemIsMovable, false);
    setOpacity(0.6);
}

void BackgroundPlan::setDrawing(const QPainterPath &path)
{
    prepareGeometryChange();
    mImage = {};
    mPath = path;
    update();
}

void BackgroundPlan::setImage(const QImage &image)
{
    prepareGeometryChange();
    mPath = {};
    mImage = image;
    update();
}

void BackgroundPlan::clear()
{
    prepareGeometryChange();
    mPath = {};
    mImage = {};
}

void BackgroundPlan::setScale(double metresPerUnit)
{
    if (!(metresPerUnit > 0))
        return;
    prepareGeometryChange();
    mMetresPerUnit = metresPerUnit;
    update();
}

QTransform BackgroundPlan::unitTransform() const
{
    // DXF y points up like the floor; images' y points down like the scene.
    const double s = mMetresPerUnit;
    return mImage.isNull() ? QTransform::fromScale(s, -s) : QTransform::fromScale(s, s);
}

QRectF BackgroundPlan::boundingRect() const
{
    const QRectF units = mImage.isNull() ? mPath.boundingRect() : QRectF(mImage.rect());
    return unitTransform().mapRect(units).adjusted(-1, -1, 1, 1);
}

void BackgroundPlan::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->save();
    if (!mImage.isNull()) {
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->setTransform(unitTransform(), true);
        painter->drawImage(QPointF(0, 0), mImage);
    } else if (!mPath.isEmpty()) {
        const double lod = std::max(option->levelOfDetailFromTransform(painter->worldTransform()), 1e-9);
        painter->setTransform(unitTransform(), true);
        QPen pen(QColor(90, 90, 110), 1.0 / lod);
        pen.setCosmetic(true);
        pen.setWidthF(1.0);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(mPath);
    }
    painter->restore();
}

} // namespace taktflow::app
