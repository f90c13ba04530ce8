// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/layoutitem.h"

#include <QString>

#include <vector>

namespace taktflow::core {

/** The fewest corners an outline may have. */
constexpr std::size_t kMinOutlineVertices = 3;

/**
 * Why an outline (item-local metres, either orientation, not repeated at the end) is not a
 * simple polygon, in words for the user; empty when it is one. Uses Boost.Geometry's validity
 * check: fewer than three corners, edges crossing or touching, spikes, repeated corners or no
 * area are refused.
 */
QString outlineProblem(const std::vector<PointM> &outline);

/** The corners an outline edit starts from: the item's outline, else its rectangle's corners. */
std::vector<PointM> editableOutline(const LayoutItem &item);

} // namespace taktflow::core
