// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/balance/balanceproblem.h"

namespace taktflow::core {

/**
 * SALBP-2: the shortest cycle time for a given number of stations, exact within the time
 * limit.
 *
 * Starts from the cycle-time lower bound (longest task, total / stations, and the pigeonhole
 * sums of lowerbounds::cycleTime) and an upper bound from the greedy heuristics, then bisects
 * on the cycle with the exact bin-packing test and the SALBP-1 station search. lowerBound in
 * the result bounds the cycle time. Parallel stations are not used here.
 * The assignment has exactly `stations` stations when there are enough tasks.
 */
BalanceResult solveSalbp2(const BalanceProblem &problem, int stations, const BalanceOptions &options = {});

} // namespace taktflow::core
