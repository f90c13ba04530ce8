// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/layoutitem.h"
#include "core/model/variant.h"

namespace taktflow::core {

/**
 * Distance between two floor points without the aisle network: straight line for
 * Euclidean, |dx| + |dy| for Rectilinear (and for Aisle, which callers route separately).
 */
double pointDistanceM(const PointM &a, const PointM &b, DistanceMetric metric);

} // namespace taktflow::core
