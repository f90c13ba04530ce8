// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/balance/engine/stationcountsearch.h"

#include <stop_token>

namespace taktflow::core::detail {

/**
 * SALBP-1 through SALBP-2: asks the SALBP-2 solver for the shortest cycle on `stations`
 * stations and stops it as soon as its best line fits `cycle`. Its upper-bound heuristics
 * (greedy bisection, late-acceptance smoothing, window search) spread the idle time of a line
 * over all its stations, which removes stations from lines of a thousand tasks that a
 * station-by-station search fills too early: on every 13th Otto n=1000 instance it takes lines
 * one to three stations below the fullest-station heuristics within a second.
 *
 * Runs for at most timeLimitS seconds (on the calling thread, one core) or until `stop`.
 * `prepared` is `problem` prepared for `cycle`; lines come back as its units, in forward order.
 * `refuted` when the SALBP-2 lower bound shows that `stations` stations cannot hold the line.
 */
FewerStationsAnswer reduceStations(const BalanceProblem &problem, const PreparedProblem &prepared, Ticks cycle,
                                int stations, double timeLimitS, std::stop_token stop);

} // namespace taktflow::core::detail
