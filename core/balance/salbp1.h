// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/balance/balanceproblem.h"

namespace taktflow::core {

/**
 * SALBP-1: the fewest stations for a given cycle time, exact within the time limit.
 *
 * Takes the best greedy answer as the first upper bound and the largest of LB1-LB3 and the
 * Martello-Toth bound as the first lower bound, then asks the exact station search whether
 * lowerBound stations suffice, raising the bound until the answer is yes or the bounds meet.
 * With two or more threads (BalanceOptions::threads) a second search works down from the
 * upper bound at the same time (is one station fewer than the best line enough?), sharing the
 * best line and the bounds with the first; a proven station count is the same on any thread
 * count, while which of several optimal lines is returned may then depend on timing.
 * On the time limit or cancellation the best assignment found is returned as Feasible with the
 * best proven lowerBound; Optimal only when proven. Every optional constraint of the problem
 * is honoured. A task longer than the cycle gives Infeasible naming the task unless parallel
 * stations are allowed.
 */
BalanceResult solveSalbp1(const BalanceProblem &problem, Ticks cycle, const BalanceOptions &options = {});

} // namespace taktflow::core
