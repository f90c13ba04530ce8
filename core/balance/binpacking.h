// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/balance/balanceproblem.h"

#include <functional>
#include <vector>

namespace taktflow::core::lowerbounds {

enum class PackingAnswer { Fits, DoesNotFit, Unknown };

/**
 * Exact bin packing (bin completion on size classes, see detail::MultisetPacker): do the items
 * fit into `bins` bins? Unknown when stepBudget runs out or shouldStop (polled every few
 * thousand steps) returns true. Precedence is ignored, so DoesNotFit
 * means no line with that many stations exists either.
 */
PackingAnswer fitsInBins(std::vector<Ticks> items, Ticks capacity, int bins, std::int64_t stepBudget,
                         const std::function<bool()> &shouldStop = {});

/**
 * Raises a station lower bound `from` while fitsInBins proves DoesNotFit, up to `upTo`
 * (exclusive), with stepBudget steps per question (one packer, so later questions reuse what
 * earlier ones learnt).
 */
int binPacking(const std::vector<Ticks> &times, Ticks cycle, int from, int upTo, std::int64_t stepBudget,
               const std::function<bool()> &shouldStop = {});

} // namespace taktflow::core::lowerbounds
