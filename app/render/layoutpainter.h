// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/variant.h"

#include <QPolygonF>
#include <QRectF>
#include <QSet>
#include <QString>

class QPainter;

namespace taktflow::app::render {

/** What a layout drawing shows. */
struct LayoutPaintOptions {
    bool showGrid = true;
    double gridM = 5.0;
    bool showLabels = true;
    bool showFlows = false;
    bool colourByAutomation = false;
    /** Label font size in device pixels (screens ~11; print at 300 dpi ~30). */
    int labelPixelSize = 11;
    /** Line width of outlines in device pixels. */
    double outlinePx = 1.0;
    /** Items drawn highlighted (selection or findings). */
    QSet<QString> highlighted;
    /** Draws the variant's background plan (if it has one) faded behind the items. */
    bool showBackground = true;
    /**
     * Where the plan may show, floor metres: a drawing frame at a fixed scale passes the area it
     * shows. Empty: the floor and items plus a margin (drawingBoundsM), not the whole building.
     */
    QRectF backgroundClipM;
};

/** The item's footprint in floor metres (rotated rectangle or custom outline). */
QPolygonF footprintM(const core::LayoutItem &item);

/** The floor rectangle plus every item's bounds, in metres. */
QRectF layoutBoundsM(const core::Variant &variant);

/**
 * What a drawing of the variant shows, in metres: layoutBoundsM, and where options show a
 * background plan, as much of the plan as lies within a margin around it (walls just outside the
 * floor stay visible; the rest of the building does not shrink the layout). Drawings of a free
 * scale fit this; drawings at a standard scale fit layoutBoundsM and pass their frame as
 * LayoutPaintOptions::backgroundClipM, so a plan never changes the scale.
 */
QRectF drawingBoundsM(const core::Variant &variant, const LayoutPaintOptions &options);

/**
 * Draws a variant onto a painter whose coordinates are floor metres with y pointing up
 * (the caller sets the transform; see floorToDevice). The floor and grid come first, then the
 * background plan, then zones, aisles and solid items, so markings never hide equipment.
 */
void paintLayout(QPainter &painter, const core::Variant &variant, const LayoutPaintOptions &options);

/**
 * A transform that maps the floor rectangle boundsM into target (device units) with a
 * uniform scale, y up, centred. Returns the scale in device units per metre via scale.
 */
QTransform floorToDevice(const QRectF &boundsM, const QRectF &target, double *scale = nullptr);

} // namespace taktflow::app::render
