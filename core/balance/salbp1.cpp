// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/salbp1.h"

#include "core/balance/binpacking.h"
#include "core/balance/engine/fulleststations.h"
#include "core/balance/engine/greedybalancer.h"
#include "core/balance/engine/proberunner.h"
#include "core/balance/engine/stationcountsearch.h"
#include "core/balance/lowerbounds.h"
#include "core/balance/stationreduction.h"

#include <QCoreApplication>

#include <algorithm>
#include <memory>
#include <thread>

namespace taktflow::core {

namespace {

// Steps for each exact bin-packing question at the root (at most a few tenths of a second;
// lines of tasks near half the cycle, such as WEE-MAG, need about a million).
constexpr std::int64_t kPackingSteps = 2000000;
// Fullest-station passes of the start heuristic (tens of milliseconds each on 1,000 tasks,
// microseconds on a hundred): on every 13th Otto n=1000 instance eight of them reach the lower
// bound on 18 of 40 lines, the priority rules on none.
constexpr int kStartFullestPasses = 8;

// Station bound for the units: long units need their replicas; the rest pack into bins.
int rootLowerBound(const detail::PreparedProblem &p, Ticks cycle)
{
    std::vector<Ticks> times;
    int longStations = 0;
    for (const Ticks t : p.minTime) {
        if (t > cycle)
            longStations += detail::PreparedProblem::replicasFor(t, cycle);
        else
            times.push_back(t);
    }
    return longStations + (times.empty() ? 0 : lowerbounds::stations(times, cycle));
}

// The thread count BalanceOptions::threads asks for: itself, or one per core for <= 0.
int resolvedThreadCount(int requested)
{
    if (requested > 0)
        return requested;
    return std::max(1, int(std::thread::hardware_concurrency()));
}

} // namespace

BalanceResult solveSalbp1(const BalanceProblem &problem, Ticks cycle, const BalanceOptions &options)
{
    const detail::PrepareResult prep = detail::prepareForCycle(problem, cycle);
    if (!prep.prepared)
        return detail::failedResult(prep.status, prep.message);
    const detail::PreparedProblem &p = *prep.prepared;

    // More threads than two find nothing more today: the second searches from the other end.
    const bool twoThreads = resolvedThreadCount(options.threads) >= 2;
    detail::SharedStationBounds shared(options.progress);
    BalanceOptions runnerOptions = options;
    if (twoThreads)
        runnerOptions.progress = shared.progressHook();
    const std::optional<detail::PreparedProblem> reversed = p.reverseUnlessFixed();
    detail::ProbeRunner runner(p, reversed ? &*reversed : nullptr, runnerOptions, std::chrono::steady_clock::now(),
                               detail::ProbeRunner::kMemoBytes, shared.finishedToken());

    const int randomPasses = p.unitCount <= 300 ? 30 : 4;
    detail::StationCountState state;
    state.best = detail::bestGreedy(p, reversed ? &*reversed : nullptr, cycle, randomPasses,
                                    [&runner] { return runner.stopRequested(); });
    state.upper = state.best ? detail::stationCount(*state.best) : -1;
    // Without any heuristic answer the search needs a ceiling: every unit alone, after the
    // last fixed station.
    int ceiling = 0;
    for (const Ticks t : p.minTime)
        ceiling += detail::PreparedProblem::replicasFor(t, cycle);
    ceiling += *std::max_element(p.fixedStation.begin(), p.fixedStation.end()) + 1;
    state.lower = rootLowerBound(p, cycle);
    if (state.best && detail::fullestLinesApply(p)) {
        if (auto line = detail::bestFullestLine(p, reversed ? &*reversed : nullptr, cycle, state.upper, state.lower,
                                                kStartFullestPasses, 1, [&runner] { return runner.stopRequested(); })) {
            state.upper = detail::stationCount(*line);
            state.best = std::move(line);
        }
    }
    if (state.upper < 0 || state.lower < state.upper) {
        // Exact bin packing of the times (Korf-style bound of BB&R) often closes the gap alone.
        std::vector<Ticks> times;
        int longStations = 0;
        for (const Ticks t : p.minTime) {
            if (t > cycle)
                longStations += detail::PreparedProblem::replicasFor(t, cycle);
            else
                times.push_back(t);
        }
        state.lower = longStations + lowerbounds::binPacking(times, cycle, state.lower - longStations,
                                                             (state.upper < 0 ? ceiling : state.upper) - longStations,
                                                             kPackingSteps, [&runner] { return runner.stopRequested(); });
    }
    const bool searchBothEnds = twoThreads && state.best && state.lower < state.upper && !runner.stopRequested();
    if (searchBothEnds) {
        shared.offerLine(*state.best, runner.elapsedS());
        shared.raiseLower(state.lower, runner.elapsedS());
    }
    runner.report(state.lower, state.upper);

    int threadsUsed = 1;
    if (searchBothEnds) {
        // On plain lines the helper also asks the station reducer (local search from the best line,
        // then the SALBP-2 heuristics) for shorter lines; it keeps its search between turns.
        detail::FewerStationsHeuristic fewerStations;
        if (detail::fullestLinesApply(p))
            fewerStations = [reducer = std::make_shared<detail::StationReducer>(problem, p, cycle)](
                                const std::vector<detail::PlacedStation> &best, int stations, double timeLimitS,
                                std::stop_token stop) {
                return (*reducer)(best, stations, timeLimitS, std::move(stop));
            };
        state = detail::searchFromBothEnds(runner, p, reversed ? &*reversed : nullptr, options, cycle, shared,
                                           fewerStations);
        threadsUsed = 2;
    } else {
        state = detail::searchUpwards(runner, cycle, std::move(state), ceiling);
    }
    if (!state.best) {
        if (runner.stopRequested() && state.lower <= ceiling)
            return detail::failedResult(BalanceStatus::Infeasible,
                          QCoreApplication::translate(
                              "Balance", "no assignment that meets every constraint was found within the time limit"));
        return detail::failedResult(BalanceStatus::Infeasible,
                      QCoreApplication::translate("Balance", "no assignment meets every constraint"));
    }
    const bool proven = state.proven || state.upper <= state.lower;
    BalanceResult result = detail::makeResult(problem, p, *state.best, cycle,
                                              proven ? BalanceStatus::Optimal : BalanceStatus::Feasible);
    result.lowerBound = proven ? result.stationCount : state.lower;
    result.seconds = runner.elapsedS();
    result.nodes = runner.steps();
    result.threads = threadsUsed;
    runner.report(result.lowerBound, result.stationCount);
    return result;
}

} // namespace taktflow::core
