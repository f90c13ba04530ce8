// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/variant.h"

#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <vector>

namespace taktflow::app::render {

/** Where one station of the line stands in the animation, floor metres (y up). */
struct AnimationStation {
    QString name;
    QPolygonF shapeM;
    QPointF centreM;
    /** False: the station has no layout item and stands in the schematic row below the floor. */
    bool onFloor = true;
};

/** The way parts take from one station to the next: a polyline with its running length. */
struct AnimationGap {
    QPolygonF pathM;
    /** cumulativeM[i]: length of the path up to point i. */
    std::vector<double> cumulativeM;
    /** Parts that may wait here; -1: unlimited. */
    int capacity = 1;

    double lengthM() const { return cumulativeM.empty() ? 0.0 : cumulativeM.back(); }
    /** The point at a share (0..1, clamped) of the path's length. */
    QPointF pointAt(double fraction) const;
};

/** What the animation draws for one line of a variant; built once, read every frame. */
struct AnimationGeometry {
    std::vector<AnimationStation> stations;
    /** stations - 1 entries. */
    std::vector<AnimationGap> gaps;
    /** The floor drawing plus the schematic row, metres. */
    QRectF boundsM;
    /** Index of the station to mark as the bottleneck; -1: none. */
    int bottleneck = -1;
    /** True when any station stands in the schematic row. */
    bool hasSchematicRow = false;
};

/**
 * Places the line's stations on their layout items (Station::itemId) and routes every gap
 * from the upstream station's drop-off point to the downstream one's pick-up point as the
 * variant measures distances: along the aisle network (Aisle; straight where no aisle path
 * exists), with one corner (Rectilinear) or straight (Euclidean). Stations without an item
 * stand in a schematic row below the floor, so every line can be animated. Buffer capacities
 * come from the line's simulation parameters (1 for gaps they do not name).
 */
AnimationGeometry buildAnimationGeometry(const core::Variant &variant, const core::ProductionLine &line);

/** Index of the station named like summary's bottleneck (by its position in the summary's
 *  station list), or -1. */
int bottleneckStationIndex(const core::ProductionLine &line);

} // namespace taktflow::app::render
