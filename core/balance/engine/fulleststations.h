// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/balance/engine/stationsearch.h"

#include <functional>
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
 * shouldStop is asked before every station (a station takes at most stepsPerStation steps);
 * a stopped pass returns nothing.
 */
std::optional<std::vector<PlacedStation>> fullestStations(const PreparedProblem &problem, Ticks cycle,
                                                          int maxStations, std::int64_t stepsPerStation,
                                                          std::uint64_t seed,
                                                          const std::function<bool()> &shouldStop = {});

/**
 * The fewest stations over `passes` fullest-station lines for SALBP-1 at `cycle`: passes
 * alternate between the line read forwards and backwards (when `backward` is given) and
 * between a small and a large step budget per station, with seeds firstSeed, firstSeed + 1, ...
 * On lines of a thousand tasks this beats the priority rules by one to eight stations; the
 * small budget suits lines of many short tasks, the large one lines near the lower bound.
 * Stops early once a line has `lowerBound` stations or shouldStop returns true. Returns the
 * best line (forward order) with fewer than `fewerThan` stations, or nothing.
 * Only for plain problems (see fullestStations()).
 */
std::optional<std::vector<PlacedStation>> bestFullestLine(const PreparedProblem &forward,
                                                          const PreparedProblem *backward, Ticks cycle,
                                                          int fewerThan, int lowerBound, int passes,
                                                          std::uint64_t firstSeed,
                                                          const std::function<bool()> &shouldStop);

/** True when bestFullestLine() applies: one station kind, no zoning or fixed stations, no replicas. */
bool fullestLinesApply(const PreparedProblem &problem);

} // namespace taktflow::core::detail
