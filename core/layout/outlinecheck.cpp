// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/outlinecheck.h"

#include "core/layout/footprint.h"

#include <QCoreApplication>

#include <boost/geometry.hpp>

#include <cmath>

namespace bg = boost::geometry;

namespace taktflow::core {

QString outlineProblem(const std::vector<PointM> &outline)
{
    if (outline.size() < kMinOutlineVertices)
        return QCoreApplication::translate("Outline", "an outline needs at least three corners");
    GeoPolygon polygon;
    for (const PointM &p : outline) {
        if (!std::isfinite(p.xM) || !std::isfinite(p.yM))
            return QCoreApplication::translate("Outline", "a corner is not a finite number");
        polygon.outer().emplace_back(p.xM, p.yM);
    }
    for (std::size_t i = 0; i < outline.size(); ++i) {
        // Boost accepts repeated consecutive corners; a user never means one.
        if (outline[i] == outline[(i + 1) % outline.size()])
            return QCoreApplication::translate("Outline", "two neighbouring corners lie on the same point");
    }
    bg::correct(polygon);
    bg::validity_failure_type failure = bg::no_failure;
    if (bg::is_valid(polygon, failure) && std::abs(bg::area(polygon)) > 1e-9)
        return {};
    // A crossing outline has no defined orientation, so Boost may name that first.
    if (bg::intersects(polygon))
        return QCoreApplication::translate("Outline", "the outline would cross or touch itself");
    switch (failure) {
    case bg::failure_self_intersections:
        return QCoreApplication::translate("Outline", "the outline would cross or touch itself");
    case bg::failure_spikes:
        return QCoreApplication::translate("Outline", "the outline would fold back on itself (a spike)");
    case bg::failure_few_points:
    case bg::failure_wrong_topological_dimension:
    case bg::no_failure:
        return QCoreApplication::translate("Outline", "the outline would have no area");
    default:
        return QCoreApplication::translate("Outline", "the outline would not be a simple polygon");
    }
}

std::vector<PointM> editableOutline(const LayoutItem &item)
{
    if (item.outlineM.size() >= kMinOutlineVertices)
        return item.outlineM;
    const double hw = item.widthM / 2.0;
    const double hd = item.depthM / 2.0;
    // From the back left corner, clockwise seen from above: the order the canvas draws it.
    return {{-hw, hd}, {hw, hd}, {hw, -hd}, {-hw, -hd}};
}

} // namespace taktflow::core
