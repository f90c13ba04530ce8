// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/balance/engine/stationsearch.h"

#include <optional>

namespace taktflow::core::detail {

/**
 * Hoffmann's heuristic: fills stations one after another, each with the fullest set of
 * available units that fits the cycle (a small branch and bound per station, not one task at
 * a time as the priority rules do). Among equally full sets the order of the search is
 * shuffled by `seed`, so that repeated calls try different lines.
 *
 * Returns the stations when at most maxStations are needed, nothing otherwise (also when the
 * step budget of a station runs out, its fullest set found so far is used). For SALBP-2 this
 * answers "does this cycle fit m stations?" heuristically, with the idle time spread thinly
 * over the line. Only for plain problems (one station kind, no zoning, no fixed stations).
 */
std::optional<std::vector<PlacedStation>> fullestStations(const PreparedProblem &problem, Ticks cycle,
                                                          int maxStations, std::int64_t stepsPerStation,
                                                          std::uint64_t seed);

} // namespace taktflow::core::detail
