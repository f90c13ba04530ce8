// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/layoutitem.h"

// Boost 1.74 rescales coordinates to integers for overlay operations; newer Boost dropped it
// by default. Without it our metre coordinates stay exact and GCC stops warning inside Boost.
#ifndef BOOST_GEOMETRY_NO_ROBUSTNESS
#define BOOST_GEOMETRY_NO_ROBUSTNESS
#endif
// Boost.Geometry 1.74 pulls in Boost.Math headers that announce their own deprecation.
#ifndef BOOST_ALLOW_DEPRECATED_HEADERS
#define BOOST_ALLOW_DEPRECATED_HEADERS
#endif

#include <boost/geometry/geometries/box.hpp>
#include <boost/geometry/geometries/point_xy.hpp>
#include <boost/geometry/geometries/polygon.hpp>
#include <boost/geometry/geometries/segment.hpp>

#include <vector>

namespace taktflow::core {

/** A floor point in metres for Boost.Geometry. */
using GeoPoint = boost::geometry::model::d2::point_xy<double>;
/** A counter-clockwise, closed polygon in floor metres. */
using GeoPolygon = boost::geometry::model::polygon<GeoPoint, false, true>;
using GeoBox = boost::geometry::model::box<GeoPoint>;
using GeoSegment = boost::geometry::model::segment<GeoPoint>;

/** Turns an item-local point (relative to the centre, before rotation) into floor metres. */
PointM toFloor(const LayoutItem &item, const PointM &local);

/**
 * The item's footprint on the floor: its custom outline when it has at least three points,
 * else the widthM x depthM rectangle rotated about the centre. Always valid orientation.
 */
GeoPolygon footprintPolygon(const LayoutItem &item);

/**
 * Where the item takes in material (its pick-up point, else its centre), in floor metres.
 * A flow from A to B runs from A's drop-off point to B's pick-up point.
 */
PointM pickupPoint(const LayoutItem &item);
/** Where the item hands out material (its drop-off point, else its centre), in floor metres. */
PointM dropoffPoint(const LayoutItem &item);

/**
 * The centre line of an aisle item in floor metres: along the longer side of its rectangle
 * (for a custom outline, of the outline's local bounding rectangle). widthM receives the aisle
 * width, i.e. the shorter side.
 */
GeoSegment aisleCentreLine(const LayoutItem &item, double *widthM = nullptr);

/** True when the item has a custom outline that defines the building (wall or zone with outlineM). */
bool isBuildingOutline(const LayoutItem &item);

/** The axis-aligned bounding box of a polygon. */
GeoBox boundingBox(const GeoPolygon &polygon);

/** Area of a polygon in m² (always non-negative). */
double polygonAreaM2(const GeoPolygon &polygon);

/** Area of the intersection of two polygons in m². */
double intersectionAreaM2(const GeoPolygon &a, const GeoPolygon &b);

} // namespace taktflow::core
