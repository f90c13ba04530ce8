// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scene3d/scene3dpick.h"

#include <cmath>
#include <numbers>

namespace taktflow::core {

namespace {

constexpr double epsilon = 1e-12;

/** Even-odd rule; points on an edge may fall either way, which is harmless for picking. */
bool insidePolygon(const std::vector<PointM> &polygon, double x, double y)
{
    bool inside = false;
    const size_t n = polygon.size();
    for (size_t i = 0, j = n - 1; i < n; j = i++) {
        const PointM &a = polygon[i];
        const PointM &b = polygon[j];
        if ((a.yM > y) != (b.yM > y) && x < (b.xM - a.xM) * (y - a.yM) / (b.yM - a.yM) + a.xM)
            inside = !inside;
    }
    return inside;
}

void keepNearest(std::optional<double> &best, double t)
{
    if (t >= 0.0 && (!best || t < *best))
        best = t;
}

} // namespace

std::optional<double> rayHitItem(const SceneRay &ray, const SceneItem3D &item)
{
    if (item.localOutlineM.size() < 3)
        return std::nullopt;
    // Into the item's own frame: undo the translation, then the counter-clockwise rotation.
    const double rad = item.rotationDeg * std::numbers::pi / 180.0;
    const double c = std::cos(rad), s = std::sin(rad);
    const double ox = ray.originM.xM - item.centreXM, oy = ray.originM.yM - item.centreYM;
    const double px = c * ox + s * oy, py = -s * ox + c * oy, pz = ray.originM.zM;
    const double dx = c * ray.direction.xM + s * ray.direction.yM;
    const double dy = -s * ray.direction.xM + c * ray.direction.yM;
    const double dz = ray.direction.zM;
    const double bottom = item.baseZM, top = item.baseZM + item.heightM;

    std::optional<double> best;
    // Top and bottom faces.
    if (std::abs(dz) > epsilon) {
        for (const double z : {top, bottom}) {
            const double t = (z - pz) / dz;
            if (t >= 0.0 && insidePolygon(item.localOutlineM, px + t * dx, py + t * dy))
                keepNearest(best, t);
        }
    }
    // Side walls: where the ray's floor projection crosses an edge, within the height range.
    const size_t n = item.localOutlineM.size();
    for (size_t i = 0; i < n; ++i) {
        const PointM &a = item.localOutlineM[i];
        const PointM &b = item.localOutlineM[(i + 1) % n];
        const double ex = b.xM - a.xM, ey = b.yM - a.yM;
        const double denominator = dx * ey - dy * ex;
        if (std::abs(denominator) < epsilon)
            continue; // parallel to the wall (or looking straight down): the faces above decide
        const double ax = a.xM - px, ay = a.yM - py;
        const double t = (ax * ey - ay * ex) / denominator;
        const double along = (ax * dy - ay * dx) / denominator;
        if (t < 0.0 || along < 0.0 || along > 1.0)
            continue;
        const double z = pz + t * dz;
        if (z >= bottom && z <= top)
            keepNearest(best, t);
    }
    return best;
}

std::optional<double> rayHitFloor(const SceneRay &ray, double floorWidthM, double floorDepthM)
{
    if (std::abs(ray.direction.zM) < epsilon)
        return std::nullopt;
    const double t = -ray.originM.zM / ray.direction.zM;
    if (t < 0.0)
        return std::nullopt;
    const double x = ray.originM.xM + t * ray.direction.xM;
    const double y = ray.originM.yM + t * ray.direction.yM;
    if (x < 0.0 || y < 0.0 || x > floorWidthM || y > floorDepthM)
        return std::nullopt;
    return t;
}

} // namespace taktflow::core
