// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/layoutitem.h"

#include <array>
#include <vector>

namespace taktflow::core {

/** Signed area of a polygon in m²: positive when its points run counter-clockwise. */
double signedAreaM2(const std::vector<PointM> &polygon);

/**
 * Splits a simple polygon (either orientation, not closed) into triangles by ear clipping.
 * Returns index triples into polygon, each counter-clockwise. A degenerate polygon yields
 * fewer than size() - 2 triangles; fewer than three points yield none.
 */
std::vector<std::array<int, 3>> triangulatePolygon(const std::vector<PointM> &polygon);

} // namespace taktflow::core
