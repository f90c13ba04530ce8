// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/flow/distance.h"

#include <cmath>

namespace taktflow::core {

double pointDistanceM(const PointM &a, const PointM &b, DistanceMetric metric)
{
    const double dx = a.xM - b.xM;
    const double dy = a.yM - b.yM;
    if (metric == DistanceMetric::Euclidean)
        return std::hypot(dx, dy);
    return std::abs(dx) + std::abs(dy);
}

} // namespace taktflow::core
