// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/variant.h"

#include <QString>

#include <vector>

namespace taktflow::core {

// A renderer-independent description of a variant in 3D, computed from the model. Floor metres
// keep their meaning (x east, y north); zM is the height above the floor. Renderers (the Qt 3D
// view, exports) only turn it into their own objects.

/** How an item appears: a solid prism, or a flat marking painted on the floor. */
enum class SceneItemKind { Solid, Marking };

/** One layout item as an extruded prism (or a model file scaled to the same box). */
struct SceneItem3D {
    QString itemId;
    QString label;
    ItemType type = ItemType::Machine;
    double automationLevel = 0.0;
    SceneItemKind kind = SceneItemKind::Solid;
    /** Footprint in item-local metres, counter-clockwise, relative to the centre before rotation. */
    std::vector<PointM> localOutlineM;
    /** True when localOutlineM is the plain widthM x depthM rectangle (one shared unit mesh). */
    bool rectangular = true;
    double centreXM = 0.0;
    double centreYM = 0.0;
    double rotationDeg = 0.0;
    /** Size of the local outline's bounding rectangle. */
    double widthM = 0.0;
    double depthM = 0.0;
    double baseZM = 0.0;
    double heightM = 0.0;
    QString modelFile;
    /**
     * Items with equal keys share one mesh of unit height scaled to their size: "rect" for
     * rectangles, otherwise the outline's points.
     */
    QString shapeKey;

    friend bool operator==(const SceneItem3D &, const SceneItem3D &) = default;
};

/** A material flow drawn as an arc from one item's drop-off to the next one's pick-up. */
struct SceneFlow3D {
    QString fromItemId;
    QString toItemId;
    PointM fromM;
    PointM toM;
    double fromZM = 0.0;
    double toZM = 0.0;
    /** Height of the arc's control point. */
    double peakZM = 0.0;
    double unitsPerPeriod = 0.0;
    /** Ribbon width, growing with the volume. */
    double widthM = 0.0;

    friend bool operator==(const SceneFlow3D &, const SceneFlow3D &) = default;
};

struct SceneBox3D {
    double minXM = 0.0, minYM = 0.0, minZM = 0.0;
    double maxXM = 0.0, maxYM = 0.0, maxZM = 0.0;

    friend bool operator==(const SceneBox3D &, const SceneBox3D &) = default;
};

struct SceneData3D {
    double floorWidthM = 0.0;
    double floorDepthM = 0.0;
    std::vector<SceneItem3D> items;
    std::vector<SceneFlow3D> flows;
    /** Floor and every item; flow arcs may rise above it (they are shown on demand). */
    SceneBox3D boundsM;
};

struct Scene3DOptions {
    /** Thickness of floor markings (zones, aisles); aisles sit on top of zones. */
    double markingThicknessM = 0.02;
    /** Solid items without a height still show as a thin slab. */
    double minSolidHeightM = 0.05;
    double minFlowWidthM = 0.15;
    double maxFlowWidthM = 1.2;
    /** Production lines are flat bands just above the floor markings. */
    double linePathWidthM = 0.5;
    double linePathHeightM = 0.06;
};

/** The 3D description of one item (used alone for incremental updates). */
SceneItem3D sceneItem3D(const LayoutItem &item, const Scene3DOptions &options = {});

/** One arc per pair of items that material moves between (routings and flows summed). */
std::vector<SceneFlow3D> sceneFlows3D(const Variant &variant, const Scene3DOptions &options = {});

/**
 * Each production line as flat bands on the floor from station to station (see
 * linePathsOnFloor()); drawn like flows, so SceneFlow3D describes each band.
 */
std::vector<SceneFlow3D> sceneLinePaths3D(const Variant &variant, const Scene3DOptions &options = {});

/** The whole variant. */
SceneData3D buildScene3D(const Variant &variant, const Scene3DOptions &options = {});

/** A point on a flow arc (quadratic Bézier), t from 0 (source) to 1 (target). */
struct PointM3 {
    double xM = 0.0, yM = 0.0, zM = 0.0;
};
PointM3 flowArcPoint(const SceneFlow3D &flow, double t);

/** The floor-plan bounding box and height range of one scene item. */
SceneBox3D itemBounds(const SceneItem3D &item);

} // namespace taktflow::core
