// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/layout/backgroundplan.h"

#include "app/gui/layout/layoutitemgraphic.h"
#include "app/io/backgroundimport.h"

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

void BackgroundPlan::clearContent()
{
    prepareGeometryChange();
    mPath = {};
    mImage = {};
    mSource = {};
}

QString BackgroundPlan::showPlan(const std::optional<core::BackgroundPlan> &plan)
{
    if (!plan) {
        clearContent();
        return {};
    }
    const bool sameSource = mSource.size() == plan->data.size()
                            && (mSource.constData() == plan->data.constData() || mSource == plan->data);
    if (!sameSource || isEmpty()) {
        clearContent();
        const io::BackgroundImport decoded = io::decodeBackground(plan->data, plan->kind, plan->fileName);
        if (!decoded.ok())
            return decoded.error;
        mPath = decoded.drawing;
        mImage = decoded.image;
        mSource = plan->data;
    }
    prepareGeometryChange();
    mMetresPerUnit = plan->metresPerUnit > 0 ? plan->metresPerUnit : 1.0;
    setPos(floorToScene(plan->originXM, plan->originYM));
    setOpacity(plan->opacity);
    mLocked = plan->locked;
    update();
    return {};
}

QTransform BackgroundPlan::unitTransform() const
{
    // DXF y points up like the floor; images' y points down like the scene.
    const double s = mMetresPerUnit;
    return mImage.isNull() ? QTransform::fromScale(s, -s) : QTransform::fromScale(s, s);
}

QRectF BackgroundPlan::unitBounds() const
{
    return mImage.isNull() ? mPath.boundingRect() : QRectF(mImage.rect());
}

QRectF BackgroundPlan::boundingRect() const
{
    if (isEmpty())
        return {};
    return unitTransform().mapRect(unitBounds()).adjusted(-1, -1, 1, 1);
}

void BackgroundPlan::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->save();
    if (!mImage.isNull()) {
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->setTransform(unitTransform(), true);
        painter->drawImage(QPointF(0, 0), mImage);
    } else if (!mPath.isEmpty()) {
        painter->setTransform(unitTransform(), true);
        QPen pen(QColor(90, 90, 110), 1.0);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(mPath);
    }
    painter->restore();
}

} // namespace taktflow::app
