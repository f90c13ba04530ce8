// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/backgroundpainter.h"
#include "core/model/backgroundplan.h"

#include <QGraphicsItem>

#include <optional>

namespace taktflow::app {

/**
 * The current variant's floor plan drawn behind the items: its DXF drawing or raster image,
 * decoded from the bytes the project keeps, placed by the plan's scale and origin. It never
 * takes the mouse itself; an unlocked plan is moved by the edit tool. The drawing itself is
 * render::paintBackground, which exports and reports share; the item adds the plan's opacity.
 */
class BackgroundPlanGraphic : public QGraphicsItem
{
public:
    BackgroundPlanGraphic();

    /**
     * Shows a plan, or nothing. Decoded sources are cached by their bytes, so moving, scaling
     * or undoing a placement is cheap. Returns an error message when the bytes cannot be drawn
     * (the plan is then not shown).
     */
    QString showPlan(const std::optional<core::BackgroundPlan> &plan);
    bool isEmpty() const { return mPicture.isEmpty(); }
    bool isLocked() const { return mLocked; }

    /** Metres per drawing unit (or per pixel). */
    double metresPerUnit() const { return mPicture.metresPerUnit; }
    /** The drawing's extent in its own units (DXF y up) or pixels: where a fresh import is placed from. */
    QRectF unitBounds() const { return mPicture.unitBounds(); }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    /** Floor metres (y up) to item coordinates: the item sits at the plan's origin, y down. */
    QTransform floorToItem() const;

    render::BackgroundPicture mPicture;
    bool mLocked = true;
};

} // namespace taktflow::app
