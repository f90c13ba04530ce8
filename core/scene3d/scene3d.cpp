// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scene3d/scene3d.h"

#include "core/flow/flowlegs.h"
#include "core/layout/footprint.h"
#include "core/layout/linepath.h"
#include "core/layout/triangulate.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>

namespace taktflow::core {

namespace {

void include(SceneBox3D &box, double xM, double yM, double zM)
{
    box.minXM = std::min(box.minXM, xM);
    box.minYM = std::min(box.minYM, yM);
    box.minZM = std::min(box.minZM, zM);
    box.maxXM = std::max(box.maxXM, xM);
    box.maxYM = std::max(box.maxYM, yM);
    box.maxZM = std::max(box.maxZM, zM);
}

QString outlineKey(const std::vector<PointM> &outline)
{
    QString key = QStringLiteral("poly");
    for (const PointM &p : outline)
        key += QStringLiteral(":%1,%2").arg(p.xM, 0, 'g', 9).arg(p.yM, 0, 'g', 9);
    return key;
}

} // namespace

SceneItem3D sceneItem3D(const LayoutItem &item, const Scene3DOptions &options)
{
    SceneItem3D s;
    s.itemId = item.id;
    s.label = item.name.isEmpty() ? item.id : item.name;
    s.type = item.type;
    s.automationLevel = item.automationLevel;
    s.centreXM = item.xM;
    s.centreYM = item.yM;
    s.rotationDeg = item.rotationDeg;
    s.modelFile = item.modelFile;

    std::vector<PointM> outline = item.outlineM;
    // A closing point repeats the first; the prism needs each corner once.
    if (outline.size() >= 2 && outline.front() == outline.back())
        outline.pop_back();
    if (outline.size() >= 3 && std::abs(signedAreaM2(outline)) > 1e-9) {
        if (signedAreaM2(outline) < 0.0)
            std::reverse(outline.begin(), outline.end());
        double minX = outline.front().xM, maxX = minX, minY = outline.front().yM, maxY = minY;
        for (const PointM &p : outline) {
            minX = std::min(minX, p.xM);
            maxX = std::max(maxX, p.xM);
            minY = std::min(minY, p.yM);
            maxY = std::max(maxY, p.yM);
        }
        s.rectangular = false;
        s.widthM = maxX - minX;
        s.depthM = maxY - minY;
        s.localOutlineM = std::move(outline);
        s.shapeKey = outlineKey(s.localOutlineM);
    } else {
        s.rectangular = true;
        s.widthM = std::max(item.widthM, 0.01);
        s.depthM = std::max(item.depthM, 0.01);
        const double hw = s.widthM / 2.0, hd = s.depthM / 2.0;
        s.localOutlineM = {{-hw, -hd}, {hw, -hd}, {hw, hd}, {-hw, hd}};
        s.shapeKey = QStringLiteral("rect");
    }

    switch (item.type) {
    case ItemType::Zone:
        s.kind = SceneItemKind::Marking;
        s.baseZM = 0.0;
        s.heightM = options.markingThicknessM / 2.0;
        break;
    case ItemType::Aisle:
        s.kind = SceneItemKind::Marking;
        s.baseZM = 0.0;
        s.heightM = options.markingThicknessM;
        break;
    default:
        s.kind = SceneItemKind::Solid;
        s.baseZM = 0.0;
        s.heightM = std::max(item.heightM, options.minSolidHeightM);
        break;
    }
    return s;
}

std::vector<SceneFlow3D> sceneLinePaths3D(const Variant &variant, const Scene3DOptions &options)
{
    std::vector<SceneFlow3D> bands;
    for (const LinePathOnFloor &path : linePathsOnFloor(variant)) {
        for (std::size_t i = 1; i < path.pointsM.size(); ++i) {
            SceneFlow3D band;
            band.fromM = path.pointsM[i - 1];
            band.toM = path.pointsM[i];
            band.fromZM = band.toZM = band.peakZM = options.linePathHeightM;
            band.widthM = options.linePathWidthM;
            bands.push_back(band);
        }
    }
    return bands;
}

std::vector<SceneFlow3D> sceneFlows3D(const Variant &variant, const Scene3DOptions &options)
{
    const CollectedFlows collected = collectFlows(variant);
    // One arc per ordered pair; a routing and a direct flow on the same pair add up.
    std::map<std::pair<int, int>, double> unitsByPair;
    for (const FlowLeg &leg : collected.legs) {
        if (leg.fromIndex >= 0 && leg.toIndex >= 0 && leg.fromIndex != leg.toIndex && leg.unitsPerPeriod > 0.0)
            unitsByPair[{leg.fromIndex, leg.toIndex}] += leg.unitsPerPeriod;
    }
    double maxUnits = 0.0;
    for (const auto &[pair, units] : unitsByPair)
        maxUnits = std::max(maxUnits, units);

    std::vector<SceneFlow3D> flows;
    flows.reserve(unitsByPair.size());
    for (const auto &[pair, units] : unitsByPair) {
        const LayoutItem &from = variant.items[size_t(pair.first)];
        const LayoutItem &to = variant.items[size_t(pair.second)];
        SceneFlow3D f;
        f.fromItemId = from.id;
        f.toItemId = to.id;
        f.fromM = dropoffPoint(from);
        f.toM = pickupPoint(to);
        f.fromZM = sceneItem3D(from, options).heightM + 0.05;
        f.toZM = sceneItem3D(to, options).heightM + 0.05;
        const double distanceM = std::hypot(f.toM.xM - f.fromM.xM, f.toM.yM - f.fromM.yM);
        // Long flows arc higher so they stay readable above the equipment they cross.
        f.peakZM = std::max(f.fromZM, f.toZM) + std::clamp(distanceM * 0.3, 1.0, 12.0);
        f.unitsPerPeriod = units;
        f.widthM = options.minFlowWidthM + (options.maxFlowWidthM - options.minFlowWidthM) * units / maxUnits;
        flows.push_back(f);
    }
    return flows;
}

PointM3 flowArcPoint(const SceneFlow3D &flow, double t)
{
    const double u = 1.0 - t;
    const double midX = (flow.fromM.xM + flow.toM.xM) / 2.0;
    const double midY = (flow.fromM.yM + flow.toM.yM) / 2.0;
    return {u * u * flow.fromM.xM + 2 * u * t * midX + t * t * flow.toM.xM,
            u * u * flow.fromM.yM + 2 * u * t * midY + t * t * flow.toM.yM,
            u * u * flow.fromZM + 2 * u * t * flow.peakZM + t * t * flow.toZM};
}

SceneBox3D itemBounds(const SceneItem3D &item)
{
    const double rad = item.rotationDeg * std::numbers::pi / 180.0;
    const double c = std::cos(rad), s = std::sin(rad);
    SceneBox3D box{item.centreXM, item.centreYM, item.baseZM, item.centreXM, item.centreYM, item.baseZM};
    for (const PointM &p : item.localOutlineM)
        include(box, item.centreXM + p.xM * c - p.yM * s, item.centreYM + p.xM * s + p.yM * c, item.baseZM);
    include(box, item.centreXM, item.centreYM, item.baseZM + item.heightM);
    return box;
}

SceneData3D buildScene3D(const Variant &variant, const Scene3DOptions &options)
{
    SceneData3D scene;
    scene.floorWidthM = variant.floorWidthM;
    scene.floorDepthM = variant.floorDepthM;
    scene.boundsM = {0.0, 0.0, 0.0, variant.floorWidthM, variant.floorDepthM, 0.0};
    scene.items.reserve(variant.items.size());
    for (const LayoutItem &item : variant.items) {
        scene.items.push_back(sceneItem3D(item, options));
        const SceneBox3D b = itemBounds(scene.items.back());
        include(scene.boundsM, b.minXM, b.minYM, b.minZM);
        include(scene.boundsM, b.maxXM, b.maxYM, b.maxZM);
    }
    scene.flows = sceneFlows3D(variant, options);
    return scene;
}

} // namespace taktflow::core
