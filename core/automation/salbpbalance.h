// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/automation/assignmentmetrics.h"
#include "core/model/productionline.h"

#include <stop_token>
#include <vector>

namespace taktflow::core {

/**
 * Balances a line at cycleTimeS with the SALBP-1 solver of core/balance (fewest stations),
 * honouring precedences, zoning, fixed stations and parallel stations when the line allows
 * them; station resources are not modelled here. Stops after timeLimitS with the best
 * assignment found; a stop request ends it the same way within milliseconds. Empty when the solver finds no feasible assignment. Matches
 * BalanceFunction (bind the time limit).
 */
std::vector<Station> salbpBalance(const ProductionLine &line, double cycleTimeS, double timeLimitS = 2.0,
                                  std::stop_token stopToken = {});

/** salbpBalance() as the balancing hook of KpiOptions: the one choice shared by CLI, GUI and reports. */
BalanceFunction exactBalance(double timeLimitS = 2.0, std::stop_token stopToken = {});

} // namespace taktflow::core
