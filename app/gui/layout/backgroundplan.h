// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/backgroundplan.h"

#include <QByteArray>
#include <QGraphicsItem>
#include <QImage>
#include <QPainterPath>

#include <optional>

namespace taktflow::app {

/**
 * The current variant's floor plan drawn behind the items: its DXF drawing or raster image,
 * decoded from the bytes the project keeps, placed by the plan's scale and origin. It never
 * takes the mouse itself; an unlocked plan is moved by the edit tool.
 */
class BackgroundPlan : public QGraphicsItem
{
public:
    BackgroundPlan();

    /**
     * Shows a plan, or nothing. The source is decoded only when its bytes changed, so moving,
     * scaling or undoing a placement is cheap. Returns an error message when the bytes cannot
     * be drawn (the plan is then not shown).
     */
    QString showPlan(const std::optional<core::BackgroundPlan> &plan);
    bool isEmpty() const { return mImage.isNull() && mPath.isEmpty(); }
    bool isLocked() const { return mLocked; }

    /** Metres per drawing unit (or per pixel). */
    double metresPerUnit() const { return mMetresPerUnit; }
    /** The drawing's extent in its own units (DXF y up) or pixels: where a fresh import is placed from. */
    QRectF unitBounds() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void clearContent();
    /** Drawing unit to item coordinates (scale and, for DXF, the y flip). */
    QTransform unitTransform() const;

    QPainterPath mPath;
    QImage mImage;
    /** The bytes decoded into mPath or mImage (shared with the model, never copied). */
    QByteArray mSource;
    double mMetresPerUnit = 1.0;
    bool mLocked = true;
};

} // namespace taktflow::app
