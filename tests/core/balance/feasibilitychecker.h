// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/balance/balanceproblem.h"

#include <QString>

namespace taktflow::tests {

/**
 * Checks an answer against a problem without any solver code: every task exactly once,
 * precedence (a task's station is not before any predecessor's), load <= replicas x cycle at
 * the station's kind, kinds allowed, zoning together / apart, fixed stations (positions count
 * replicas), and that stationCount adds up. Returns an empty string or what is wrong.
 */
QString checkFeasible(const core::BalanceProblem &problem, const core::BalanceResult &result, core::Ticks cycle);

} // namespace taktflow::tests
