// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/balance/engine/cyclesmoother.h"
#include "core/balance/engine/stationcountsearch.h"

#include <optional>
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

/**
 * The helper thread's FewerStationsHeuristic on plain lines: each turn first lets the late-
 * acceptance local search (CycleSmoother) spread the overload of the best line merged down to
 * the stations asked for, against the cycle itself, for kSeededShare of the turn; then
 * reduceStations() from scratch for the rest. The local search keeps its state between turns
 * that ask the same question, so that slow progress adds up instead of starting over.
 * On lines of about two tasks per station (Otto n=1000 #176: 532 -> 530 stations in 10 s) the
 * best line holds what a fresh SALBP-2 start has to find again.
 *
 * Not thread-safe: one helper thread calls it.
 */
class StationReducer
{
public:
    StationReducer(const BalanceProblem &problem, const PreparedProblem &prepared, Ticks cycle);
    FewerStationsAnswer operator()(const std::vector<PlacedStation> &best, int stations, double timeLimitS,
                                   std::stop_token stop);
    /** Share of each turn for the seeded local search; the rest goes to reduceStations(). */
    static constexpr double kSeededShare = 0.5;

private:
    const BalanceProblem &mProblem;
    const PreparedProblem &mPrepared;
    Ticks mCycle;
    std::optional<CycleSmoother> mSmoother;
    int mSeedStations = -1;  ///< stations of the best line mSmoother started from
    int mAskedStations = -1; ///< stations mSmoother has
};

/**
 * `line` with `stations` stations (fewer than it has) by merging neighbouring stations, the
 * pair with the smallest joint load first: precedence still holds, loads may exceed the cycle.
 */
std::vector<PlacedStation> mergedLine(const PreparedProblem &prepared, std::vector<PlacedStation> line, int stations);

} // namespace taktflow::core::detail
