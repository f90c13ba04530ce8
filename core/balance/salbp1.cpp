// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/salbp1.h"

#include "core/balance/binpacking.h"
#include "core/balance/greedybalancer.h"
#include "core/balance/lowerbounds.h"
#include "core/balance/proberunner.h"

#include <QCoreApplication>

#include <algorithm>

namespace taktflow::core {

namespace {

// Steps for each exact bin-packing question at the root (at most a few tenths of a second;
// lines of tasks near half the cycle, such as WEE-MAG, need about a million).
constexpr std::int64_t kPackingSteps = 2000000;

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

} // namespace

BalanceResult solveSalbp1(const BalanceProblem &problem, Ticks cycle, const BalanceOptions &options)
{
    const detail::PrepareResult prep = detail::prepareForCycle(problem, cycle);
    if (!prep.prepared)
        return detail::failedResult(prep.status, prep.message);
    const detail::PreparedProblem &p = *prep.prepared;

    const bool hasFixed = std::any_of(p.fixedStation.begin(), p.fixedStation.end(), [](int s) { return s >= 0; });
    std::optional<detail::PreparedProblem> reversed;
    if (!hasFixed)
        reversed = p.reverse();
    detail::ProbeRunner runner(p, reversed ? &*reversed : nullptr, options);

    const int randomPasses = p.unitCount <= 300 ? 30 : 4;
    std::optional<std::vector<detail::PlacedStation>> best =
        detail::bestGreedy(p, reversed ? &*reversed : nullptr, cycle, randomPasses,
                           [&runner] { return runner.stopRequested(); });
    int upper = best ? detail::stationCount(*best) : -1;
    // Without any heuristic answer the search needs a ceiling: every unit alone, after the
    // last fixed station.
    int ceiling = 0;
    for (const Ticks t : p.minTime)
        ceiling += detail::PreparedProblem::replicasFor(t, cycle);
    ceiling += *std::max_element(p.fixedStation.begin(), p.fixedStation.end()) + 1;
    int lower = rootLowerBound(p, cycle);
    if (upper < 0 || lower < upper) {
        // Exact bin packing of the times (Korf-style bound of BB&R) often closes the gap alone.
        std::vector<Ticks> times;
        int longStations = 0;
        for (const Ticks t : p.minTime) {
            if (t > cycle)
                longStations += detail::PreparedProblem::replicasFor(t, cycle);
            else
                times.push_back(t);
        }
        lower = longStations + lowerbounds::binPacking(times, cycle, lower - longStations,
                                                       (upper < 0 ? ceiling : upper) - longStations, kPackingSteps,
                                                       [&runner] { return runner.stopRequested(); });
    }
    runner.report(lower, upper);

    bool proven = false;
    for (int m = lower; upper < 0 ? m <= ceiling : m < upper; ++m) {
        const detail::ProbeOutcome outcome = runner.probe(cycle, m);
        if (outcome == detail::ProbeOutcome::Found) {
            best = runner.solution();
            upper = detail::stationCount(*best);
            proven = true;
            break;
        }
        if (outcome == detail::ProbeOutcome::Aborted)
            break;
        lower = m + 1;
        runner.report(lower, upper);
    }
    if (!best) {
        if (runner.stopRequested() && lower <= ceiling)
            return detail::failedResult(BalanceStatus::Infeasible,
                          QCoreApplication::translate(
                              "Balance", "no assignment that meets every constraint was found within the time limit"));
        return detail::failedResult(BalanceStatus::Infeasible,
                      QCoreApplication::translate("Balance", "no assignment meets every constraint"));
    }
    if (upper <= lower)
        proven = true;
    BalanceResult result =
        detail::makeResult(problem, p, *best, cycle, proven ? BalanceStatus::Optimal : BalanceStatus::Feasible);
    result.lowerBound = proven ? result.stationCount : lower;
    result.seconds = runner.elapsedS();
    result.nodes = runner.steps();
    runner.report(result.lowerBound, result.stationCount);
    return result;
}

} // namespace taktflow::core
