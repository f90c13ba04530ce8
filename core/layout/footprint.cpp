// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/footprint.h"

#include <boost/geometry.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace bg = boost::geometry;

namespace taktflow::core {

PointM toFloor(const LayoutItem &item, const PointM &local)
{
    const double rad = item.rotationDeg * std::numbers::pi / 180.0;
    const double c = std::cos(rad);
    const double s = std::sin(rad);
    return {item.xM + local.xM * c - local.yM * s, item.yM + local.xM * s + local.yM * c};
}

GeoPolygon footprintPolygon(const LayoutItem &item)
{
    GeoPolygon polygon;
    auto &ring = polygon.outer();
    if (item.outlineM.size() >= 3) {
        ring.reserve(item.outlineM.size() + 1);
        for (const auto &p : item.outlineM) {
            const PointM f = toFloor(item, p);
            ring.emplace_back(f.xM, f.yM);
        }
    } else {
        const double hw = item.widthM / 2.0;
        const double hd = item.depthM / 2.0;
        for (const PointM corner : {PointM{-hw, -hd}, PointM{hw, -hd}, PointM{hw, hd}, PointM{-hw, hd}}) {
            const PointM f = toFloor(item, corner);
            ring.emplace_back(f.xM, f.yM);
        }
    }
    // User outlines come in either orientation and may be open; correct() fixes both.
    bg::correct(polygon);
    return polygon;
}

PointM pickupPoint(const LayoutItem &item)
{
    return item.pickupM ? toFloor(item, *item.pickupM) : PointM{item.xM, item.yM};
}

PointM dropoffPoint(const LayoutItem &item)
{
    return item.dropoffM ? toFloor(item, *item.dropoffM) : PointM{item.xM, item.yM};
}

GeoSegment aisleCentreLine(const LayoutItem &item, double *widthM)
{
    double minX = -item.widthM / 2.0, maxX = item.widthM / 2.0;
    double minY = -item.depthM / 2.0, maxY = item.depthM / 2.0;
    if (item.outlineM.size() >= 3) {
        minX = maxX = item.outlineM.front().xM;
        minY = maxY = item.outlineM.front().yM;
        for (const auto &p : item.outlineM) {
            minX = std::min(minX, p.xM);
            maxX = std::max(maxX, p.xM);
            minY = std::min(minY, p.yM);
            maxY = std::max(maxY, p.yM);
        }
    }
    const double midX = (minX + maxX) / 2.0;
    const double midY = (minY + maxY) / 2.0;
    PointM a, b;
    if (maxX - minX >= maxY - minY) {
        a = {minX, midY};
        b = {maxX, midY};
        if (widthM)
            *widthM = maxY - minY;
    } else {
        a = {midX, minY};
        b = {midX, maxY};
        if (widthM)
            *widthM = maxX - minX;
    }
    const PointM fa = toFloor(item, a);
    const PointM fb = toFloor(item, b);
    return {GeoPoint(fa.xM, fa.yM), GeoPoint(fb.xM, fb.yM)};
}

bool isBuildingOutline(const LayoutItem &item)
{
    return (item.type == ItemType::Wall || item.type == ItemType::Zone) && item.outlineM.size() >= 3;
}

GeoBox boundingBox(const GeoPolygon &polygon)
{
    // Hand-rolled: bg::envelope trips GCC 12's -Wmaybe-uninitialized inside Boost 1.74.
    const auto &ring = polygon.outer();
    if (ring.empty())
        return {};
    double minX = ring.front().x(), maxX = minX, minY = ring.front().y(), maxY = minY;
    for (const auto &p : ring) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    return {GeoPoint(minX, minY), GeoPoint(maxX, maxY)};
}

double polygonAreaM2(const GeoPolygon &polygon)
{
    return std::abs(bg::area(polygon));
}

double intersectionAreaM2(const GeoPolygon &a, const GeoPolygon &b)
{
    bg::model::multi_polygon<GeoPolygon> out;
    bg::intersection(a, b, out);
    return std::abs(bg::area(out));
}

} // namespace taktflow::core
