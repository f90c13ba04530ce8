// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/animation/animationgeometry.h"

#include "app/render/layoutpainter.h"
#include "core/flow/aislenetwork.h"
#include "core/layout/footprint.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <memory>

namespace taktflow::app::render {

namespace {

// The schematic row: square stations of this size, this far apart, below the floor.
constexpr double kRowStationM = 2.5;
constexpr double kRowPitchM = 5.0;
constexpr double kRowGapBelowFloorM = 4.0;

QPointF toQt(const core::PointM &p)
{
    return {p.xM, p.yM};
}

void finishPath(AnimationGap &gap)
{
    gap.cumulativeM.assign(std::size_t(gap.pathM.size()), 0.0);
    for (qsizetype i = 1; i < gap.pathM.size(); ++i) {
        const QPointF d = gap.pathM[i] - gap.pathM[i - 1];
        gap.cumulativeM[std::size_t(i)] = gap.cumulativeM[std::size_t(i - 1)] + std::hypot(d.x(), d.y());
    }
}

} // namespace

QPointF AnimationGap::pointAt(double fraction) const
{
    if (pathM.isEmpty())
        return {};
    const double target = std::clamp(fraction, 0.0, 1.0) * lengthM();
    const auto it = std::lower_bound(cumulativeM.begin(), cumulativeM.end(), target);
    if (it == cumulativeM.begin())
        return pathM.front();
    if (it == cumulativeM.end())
        return pathM.back();
    const auto i = qsizetype(it - cumulativeM.begin());
    const double span = cumulativeM[std::size_t(i)] - cumulativeM[std::size_t(i - 1)];
    const double t = span > 0.0 ? (target - cumulativeM[std::size_t(i - 1)]) / span : 1.0;
    return pathM[i - 1] + t * (pathM[i] - pathM[i - 1]);
}

AnimationGeometry buildAnimationGeometry(const core::Variant &variant, const core::ProductionLine &line)
{
    AnimationGeometry geometry;
    const QRectF floorM = layoutBoundsM(variant);
    geometry.boundsM = floorM;

    const auto count = line.stations.size();
    std::vector<const core::LayoutItem *> items(count, nullptr);
    std::size_t unplaced = 0;
    for (std::size_t i = 0; i < count; ++i) {
        items[i] = line.stations[i].itemId.isEmpty() ? nullptr : variant.findItem(line.stations[i].itemId);
        unplaced += items[i] ? 0 : 1;
    }
    const auto perRow = std::max<std::size_t>(1, std::size_t(std::max(floorM.width(), kRowPitchM) / kRowPitchM));

    std::size_t rowSlot = 0;
    for (std::size_t i = 0; i < count; ++i) {
        AnimationStation station;
        if (const core::LayoutItem *item = items[i]) {
            station.name = item->name.isEmpty() ? item->id : item->name;
            station.shapeM = footprintM(*item);
            station.centreM = QPointF(item->xM, item->yM);
        } else {
            station.name = QCoreApplication::translate("AnimationGeometry", "Station %1").arg(i + 1);
            station.onFloor = false;
            const auto row = rowSlot / perRow, column = rowSlot % perRow;
            ++rowSlot;
            station.centreM = QPointF(floorM.left() + kRowPitchM / 2 + double(column) * kRowPitchM,
                                      floorM.top() - kRowGapBelowFloorM - double(row) * kRowPitchM);
            const QRectF box(station.centreM - QPointF(kRowStationM / 2, kRowStationM / 2),
                             QSizeF(kRowStationM, kRowStationM));
            station.shapeM = QPolygonF(box);
            geometry.boundsM = geometry.boundsM.united(box.adjusted(-1, -1, 1, 1));
        }
        geometry.stations.push_back(station);
    }
    geometry.hasSchematicRow = unplaced > 0;

    // The network is built only when a gap is routed along it.
    std::unique_ptr<core::AisleNetwork> network;
    const auto &buffers = line.simulation.buffers;
    for (std::size_t g = 0; g + 1 < count; ++g) {
        AnimationGap gap;
        gap.capacity = g < buffers.size() ? (buffers[g] ? *buffers[g] : -1) : 1;
        const core::LayoutItem *from = items[g];
        const core::LayoutItem *to = items[g + 1];
        const QPointF a = from ? toQt(core::dropoffPoint(*from)) : geometry.stations[g].centreM;
        const QPointF b = to ? toQt(core::pickupPoint(*to)) : geometry.stations[g + 1].centreM;
        if (from && to && variant.distanceMetric == core::DistanceMetric::Aisle) {
            if (!network)
                network = std::make_unique<core::AisleNetwork>(variant.items);
            const core::PointM pa{a.x(), a.y()}, pb{b.x(), b.y()};
            for (const core::PointM &p : network->pathM(pa, network->attach(pa), pb, network->attach(pb)).value_or(std::vector<core::PointM>{}))
                gap.pathM << toQt(p);
        }
        if (gap.pathM.isEmpty()) {
            gap.pathM << a;
            // One corner: along x first on the floor; to or from the schematic row vertically
            // first, so the path leaves the floor without crossing the other stations.
            if (variant.distanceMetric != core::DistanceMetric::Euclidean && a.x() != b.x() && a.y() != b.y())
                gap.pathM << (from && to ? QPointF(b.x(), a.y()) : QPointF(a.x(), b.y()));
            gap.pathM << b;
        }
        finishPath(gap);
        geometry.gaps.push_back(gap);
    }
    geometry.bottleneck = bottleneckStationIndex(line);
    return geometry;
}

int bottleneckStationIndex(const core::ProductionLine &line)
{
    if (!line.lastSimulation || line.lastSimulation->bottleneck.isEmpty())
        return -1;
    const auto &stations = line.lastSimulation->stations;
    for (std::size_t i = 0; i < stations.size() && i < line.stations.size(); ++i) {
        if (stations[i].name == line.lastSimulation->bottleneck)
            return int(i);
    }
    return -1;
}

} // namespace taktflow::app::render
