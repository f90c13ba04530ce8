// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/triangulate.h"

#include <algorithm>
#include <numeric>

namespace taktflow::core {

namespace {

double cross(const PointM &a, const PointM &b, const PointM &c)
{
    return (b.xM - a.xM) * (c.yM - a.yM) - (b.yM - a.yM) * (c.xM - a.xM);
}

bool insideTriangle(const PointM &p, const PointM &a, const PointM &b, const PointM &c)
{
    // Points on an edge count as inside so collinear neighbours never form a false ear.
    return cross(a, b, p) >= 0.0 && cross(b, c, p) >= 0.0 && cross(c, a, p) >= 0.0;
}

} // namespace

double signedAreaM2(const std::vector<PointM> &polygon)
{
    double twice = 0.0;
    for (size_t i = 0, n = polygon.size(); i < n; ++i) {
        const PointM &a = polygon[i];
        const PointM &b = polygon[(i + 1) % n];
        twice += a.xM * b.yM - b.xM * a.yM;
    }
    return twice / 2.0;
}

std::vector<std::array<int, 3>> triangulatePolygon(const std::vector<PointM> &polygon)
{
    std::vector<std::array<int, 3>> triangles;
    if (polygon.size() < 3)
        return triangles;
    std::vector<int> remaining(polygon.size());
    std::iota(remaining.begin(), remaining.end(), 0);
    if (signedAreaM2(polygon) < 0.0)
        std::reverse(remaining.begin(), remaining.end());
    triangles.reserve(polygon.size() - 2);

    size_t i = 0;
    size_t sinceLastEar = 0;
    while (remaining.size() > 3 && sinceLastEar < remaining.size()) {
        const size_t n = remaining.size();
        const int ia = remaining[(i + n - 1) % n];
        const int ib = remaining[i % n];
        const int ic = remaining[(i + 1) % n];
        const PointM &a = polygon[size_t(ia)];
        const PointM &b = polygon[size_t(ib)];
        const PointM &c = polygon[size_t(ic)];
        bool ear = cross(a, b, c) > 1e-12;
        for (size_t k = 0; ear && k < n; ++k) {
            const int ip = remaining[k];
            if (ip != ia && ip != ib && ip != ic && insideTriangle(polygon[size_t(ip)], a, b, c))
                ear = false;
        }
        if (ear) {
            triangles.push_back({ia, ib, ic});
            remaining.erase(remaining.begin() + std::ptrdiff_t(i % n));
            sinceLastEar = 0;
            if (i >= remaining.size())
                i = 0;
        } else {
            i = (i + 1) % n;
            ++sinceLastEar;
        }
    }
    if (remaining.size() == 3 && cross(polygon[size_t(remaining[0])], polygon[size_t(remaining[1])],
                                       polygon[size_t(remaining[2])]) > 1e-12)
        triangles.push_back({remaining[0], remaining[1], remaining[2]});
    return triangles;
}

} // namespace taktflow::core
