// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/balance/engine/preparedproblem.h"
#include "core/balance/engine/stationsearch.h"
#include "core/balance/heuristics.h"

#include <functional>
#include <optional>

namespace taktflow::core::detail {

/** Priority values of a rule for each unit; higher goes first. */
std::vector<double> rulePriorities(const PreparedProblem &problem, PriorityRule rule);

/**
 * One greedy pass: fills stations in order with the highest-priority available unit that
 * fits. Returns nothing when the constraints defeat the greedy (e.g. an unmet fixed station).
 */
std::optional<std::vector<PlacedStation>> greedyBalance(const PreparedProblem &problem, Ticks cycle,
                                                        const std::vector<double> &priority);

/** Stations used by a solution, counting replicas. */
int stationCount(const std::vector<PlacedStation> &stations);

/**
 * Best greedy solution over the deterministic rules, on the problem and (when given) on its
 * reverse; a reversed solution is turned around so that it reads forwards. randomPasses extra
 * passes with noisy positional weights may improve it. shouldStop is asked between passes (each
 * takes milliseconds on a line of a thousand tasks) once there is an answer; the best so far
 * is returned then.
 */
std::optional<std::vector<PlacedStation>> bestGreedy(const PreparedProblem &forward, const PreparedProblem *backward,
                                                     Ticks cycle, int randomPasses,
                                                     const std::function<bool()> &shouldStop = {});

/** Turns a solution of the reversed problem around. */
std::vector<PlacedStation> turnAround(std::vector<PlacedStation> stations, const PreparedProblem &reversed);

/** Builds the public result from unit stations: tasks in precedence order, loads per kind. */
BalanceResult makeResult(const BalanceProblem &problem, const PreparedProblem &prepared,
                         const std::vector<PlacedStation> &stations, Ticks cycle, BalanceStatus status);

} // namespace taktflow::core::detail
