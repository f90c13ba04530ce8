// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compare/layoutdiff.h"

#include <cmath>

namespace taktflow::core {

namespace {

bool near(double a, double b, double tolerance)
{
    return std::abs(a - b) <= tolerance;
}

bool sameFootprint(const LayoutItem &a, const LayoutItem &b, double tolerance)
{
    if (!near(a.xM, b.xM, tolerance) || !near(a.yM, b.yM, tolerance) || !near(a.widthM, b.widthM, tolerance)
        || !near(a.depthM, b.depthM, tolerance) || a.outlineM.size() != b.outlineM.size())
        return false;
    // 0 and 360 degrees are the same placement.
    const double turn = std::fmod(std::abs(a.rotationDeg - b.rotationDeg), 360.0);
    if (!near(turn, 0.0, tolerance) && !near(turn, 360.0, tolerance))
        return false;
    for (std::size_t i = 0; i < a.outlineM.size(); ++i) {
        if (!near(a.outlineM[i].xM, b.outlineM[i].xM, tolerance) || !near(a.outlineM[i].yM, b.outlineM[i].yM, tolerance))
            return false;
    }
    return true;
}

} // namespace

LayoutDiff diffLayouts(const Variant &from, const Variant &to, double tolerance)
{
    LayoutDiff diff;
    for (const LayoutItem &item : from.items) {
        const LayoutItem *other = to.findItem(item.id);
        if (!other)
            diff.removed << item.id;
        else if (sameFootprint(item, *other, tolerance))
            ++diff.unchanged;
        else
            diff.moved << item.id;
    }
    for (const LayoutItem &item : to.items) {
        if (!from.findItem(item.id))
            diff.added << item.id;
    }
    return diff;
}

} // namespace taktflow::core
