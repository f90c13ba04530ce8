// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/layout/backgroundplangraphic.h"

#include "app/gui/layout/layoutitemgraphic.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace taktflow::app {

BackgroundPlanGraphic::BackgroundPlanGraphic()
{
    setZValue(-50);
    setAcceptedMouseButtons(Qt::NoButton);
    setFlag(ItemIsSelectable, false);
    setFlag(ItemIsMovable, false);
    setOpacity(0.6);
}

QString BackgroundPlanGraphic::showPlan(const std::optional<core::BackgroundPlan> &plan)
{
    prepareGeometryChange();
    if (!plan) {
        mPicture = {};
        return {};
    }
    render::BackgroundPicture picture = render::backgroundPicture(*plan);
    if (!picture.error.isEmpty()) {
        mPicture = {};
        return picture.error;
    }
    mPicture = std::move(picture);
    setPos(floorToScene(plan->originXM, plan->originYM));
    setOpacity(plan->opacity);
    mLocked = plan->locked;
    update();
    return {};
}

QTransform BackgroundPlanGraphic::floorToItem() const
{
    return QTransform(1, 0, 0, -1, -mPicture.originXM, mPicture.originYM);
}

QRectF BackgroundPlanGraphic::boundingRect() const
{
    if (isEmpty())
        return {};
    return floorToItem().mapRect(mPicture.boundsM()).adjusted(-1, -1, 1, 1);
}

void BackgroundPlanGraphic::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->save();
    painter->setTransform(floorToItem(), true);
    // The item's own opacity fades it already (the plan's opacity, set in showPlan).
    render::paintBackground(*painter, mPicture, 1.0, 1.0);
    painter->restore();
}

} // namespace taktflow::app
