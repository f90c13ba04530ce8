// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/backgroundplan.h"

#include <QImage>
#include <QPainterPath>
#include <QRectF>
#include <QString>
#include <QTransform>

class QPainter;

namespace taktflow::app::render {

/**
 * A background plan decoded for drawing: its DXF drawing (drawing units, y up) or raster image
 * (pixels, y down) and where it lies on the floor. Copies are cheap (implicitly shared data).
 */
struct BackgroundPicture {
    QPainterPath drawing;
    QImage image;
    double metresPerUnit = 1.0;
    /** The drawing's (0, 0) or the image's top-left corner on the floor, metres with y up. */
    double originXM = 0.0;
    double originYM = 0.0;
    double opacity = 0.6;
    /** Empty on success, else a translated message naming the plan's file. */
    QString error;

    bool isEmpty() const { return image.isNull() && drawing.isEmpty(); }
    /** The drawing's extent in its own units (DXF y up) or the image's pixel rectangle. */
    QRectF unitBounds() const;
    /** Drawing units or pixels to floor metres with y up (scale, the image's y flip, origin). */
    QTransform unitToFloor() const;
    /** The plan's extent on the floor, metres with y up. */
    QRectF boundsM() const;
};

/**
 * Decodes a plan kept in a project. Decoded plans are kept in a small cache keyed by the source
 * bytes, so the editor, an export and every sheet of a report share one decode (thread-safe:
 * exports run on a worker thread). Placement and opacity always come from plan.
 */
BackgroundPicture backgroundPicture(const core::BackgroundPlan &plan);

/**
 * Paints the plan onto a painter whose coordinates are floor metres with y up: DXF entities as
 * thin grey vector lines (a PDF keeps them as vectors), an image smoothly scaled. lineWidthPx is
 * the DXF line width in device pixels; opacity multiplies the painter's (pass the plan's
 * opacity, or 1 where the caller fades it already, like a QGraphicsItem with its own opacity).
 */
void paintBackground(QPainter &painter, const BackgroundPicture &picture, double lineWidthPx, double opacity);

} // namespace taktflow::app::render
