// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/balance/balanceproblem.h"

#include <vector>

namespace taktflow::core {

/**
 * Demand-weighted task times of a mixed-model line: sum over models of share x time, divided
 * by the sum of the shares, rounded to the grid. modelTimes[model][task].
 */
std::vector<Ticks> demandWeightedTimes(const std::vector<std::vector<Ticks>> &modelTimes,
                                       const std::vector<double> &demandShares);

/** A station that one model loads beyond the cycle time (times its replicas). */
struct ModelOverload {
    int model = 0;
    int station = 0;
    Ticks stationTime = 0;
    Ticks excess = 0;
};

/** Station times per model of a balanced mixed-model line, and every overload. */
struct MixedModelReport {
    /** stationTimes[model][station]. */
    std::vector<std::vector<Ticks>> stationTimes;
    std::vector<ModelOverload> overloads;
};

/**
 * Station times of each model for an assignment made on the weighted times. A model overloads
 * a station when its time there exceeds replicas x cycle: that model's units cannot be made in
 * the cycle without help (a utility worker, or a sequence that spreads them).
 */
MixedModelReport mixedModelReport(const std::vector<BalancedStation> &stations,
                                  const std::vector<std::vector<Ticks>> &modelTimes, Ticks cycle);

} // namespace taktflow::core
