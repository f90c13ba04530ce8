// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsItem>
#include <QImage>
#include <QPainterPath>

namespace taktflow::app {

/**
 * A floor plan drawn behind the items: an imported DXF drawing or a raster image. It is
 * locked (never selectable or movable by the mouse). Placement is a scale in metres per
 * drawing unit (per pixel for images) and an offset; calibrating from two points sets both.
 */
class BackgroundPlan : public QGraphicsItem
{
public:
    BackgroundPlan();

    /** A vector drawing in drawing units, y up (DXF convention). */
    void setDrawing(const QPainterPath &path);
    /** A raster image; pixels, y down. */
    void setImage(const QImage &image);
    void clear();
    bool isEmpty() const { return mImage.isNull() && mPath.isEmpty(); }

    /** Metres per drawing unit (or per pixel). */
    void setScale(double metresPerUnit);
    double metresPerUnit() const { return mMetresPerUnit; }
    /** Where the drawing origin lands on the floor, scene coordinates. */
    void setOffset(const QPointF &scenePos) { setPos(scenePos); }
    void setOpacityPercent(int percent) { setOpacity(percent / 100.0); }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    /** Drawing unit to item coordinates (scale and, for DXF, the y flip). */
    QTransform unitTransform() const;

    QPainterPath mPath;
    QImage mImage;
    double mMetresPerUnit = 1.0;
};

} // namespace taktflow::app
