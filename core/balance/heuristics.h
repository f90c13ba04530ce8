// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/balance/balanceproblem.h"

namespace taktflow::core {

/** Priority rules of the station-oriented greedy heuristic. */
enum class PriorityRule {
    RankedPositionalWeight, ///< own time plus the times of all followers (Helgeson & Birnie)
    MostFollowers,          ///< number of transitive followers, then time
    LongestTime,            ///< task time, then positional weight
    RandomizedMultiPass,    ///< many passes of positional weight with random noise; keeps the best
};

/**
 * Balances with one priority rule for a cycle time: each station takes, one by one, the
 * available task of highest priority that still fits, honouring every constraint of the
 * problem. Fast enough for live feedback (a few ms for 1,000 tasks). The result is Feasible
 * (never claimed optimal), or Infeasible / Invalid with a message.
 */
BalanceResult balanceHeuristic(const BalanceProblem &problem, Ticks cycle, PriorityRule rule);

/** Runs every deterministic rule forwards and backwards and returns the best answer. */
BalanceResult balanceHeuristicBest(const BalanceProblem &problem, Ticks cycle);

} // namespace taktflow::core
