// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/line/linebalancer.h"

#include "core/balance/heuristics.h"
#include "core/balance/lineproblem.h"
#include "core/balance/lowerbounds.h"
#include "core/balance/salbp1.h"
#include "core/balance/salbp2.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>

namespace taktflow::app {

namespace {

/** Each task's shortest time over the station kinds it may use: what a valid bound may assume. */
std::vector<core::Ticks> shortestTimes(const core::BalanceProblem &problem)
{
    std::vector<core::Ticks> times = problem.taskTimes;
    for (std::size_t t = 0; t < problem.kindTimes.size() && t < times.size(); ++t) {
        core::Ticks best = -1;
        for (core::Ticks time : problem.kindTimes[t]) {
            if (time != core::kNotAllowed && (best < 0 || time < best))
                best = time;
        }
        if (best >= 0)
            times[t] = best;
    }
    return times;
}

/** SALBP-2 by the heuristics: the shortest cycle (binary search) at which they need <= m stations. */
core::BalanceResult heuristicSalbp2(const core::BalanceProblem &problem, int stations)
{
    const std::vector<core::Ticks> times = shortestTimes(problem);
    core::Ticks total = 0;
    for (core::Ticks t : problem.taskTimes)
        total += t;
    core::Ticks lo = core::lowerbounds::cycleTime(times, stations);
    core::Ticks hi = std::max(total, lo);
    core::BalanceResult best = core::balanceHeuristicBest(problem, hi);
    if (!best.hasSolution() || best.stationCount > stations) {
        best.status = core::BalanceStatus::Infeasible;
        best.message =
            QCoreApplication::translate("LineBalancer", "No assignment to %n station(s) was found.", nullptr, stations);
        return best;
    }
    core::Ticks low = lo;
    while (low < hi) {
        const core::Ticks mid = low + (hi - low) / 2;
        core::BalanceResult trial = core::balanceHeuristicBest(problem, mid);
        if (trial.hasSolution() && trial.stationCount <= stations) {
            best = std::move(trial);
            hi = mid;
        } else {
            low = mid + 1;
        }
    }
    best.cycleTime = hi;
    best.lowerBound = lo;
    return best;
}

} // namespace

LineBalanceOutcome balanceLine(const core::ProductionLine &line, const LineBalanceRequest &request,
                               core::BalanceOptions options)
{
    LineBalanceOutcome outcome;
    QElapsedTimer clock;
    clock.start();
    if (line.tasks.empty()) {
        outcome.message = QCoreApplication::translate("LineBalancer", "The line has no tasks to balance.");
        return outcome;
    }
    if (request.minimiseStations && !(request.cycleTimeS > 0.0)) {
        outcome.message = QCoreApplication::translate(
            "LineBalancer",
            "Balancing for the fewest stations needs a takt time: enter the demand and shift calendar.");
        return outcome;
    }
    if (!request.minimiseStations && request.stations < 1) {
        outcome.message = QCoreApplication::translate("LineBalancer", "The number of stations must be at least 1.");
        return outcome;
    }
    const core::LineProblemResult converted = core::lineProblemFromLine(line);
    if (!converted) {
        outcome.message = converted.errorMessage;
        return outcome;
    }
    const core::LineProblem &lp = *converted.lineProblem;
    options.timeLimitS = request.timeLimitS;

    core::BalanceResult result;
    if (request.minimiseStations) {
        const core::Ticks cycle = core::toTicks(request.cycleTimeS);
        if (request.exact) {
            result = core::solveSalbp1(lp.problem, cycle, options);
        } else {
            result = core::balanceHeuristicBest(lp.problem, cycle);
            const std::vector<core::Ticks> times = shortestTimes(lp.problem);
            const bool allFit = std::all_of(times.begin(), times.end(), [&](core::Ticks t) { return t <= cycle; });
            result.lowerBound =
                allFit ? core::lowerbounds::stations(times, cycle) : core::lowerbounds::totalTime(times, cycle);
            if (result.hasSolution() && result.stationCount <= result.lowerBound)
                result.status = core::BalanceStatus::Optimal;
        }
    } else {
        result = request.exact ? core::solveSalbp2(lp.problem, request.stations, options)
                               : heuristicSalbp2(lp.problem, request.stations);
        if (!request.exact && result.hasSolution() && result.cycleTime <= result.lowerBound)
            result.status = core::BalanceStatus::Optimal;
    }

    outcome.cancelled = options.stopToken.stop_requested();
    outcome.seconds = double(clock.nsecsElapsed()) / 1e9;
    if (!result.hasSolution()) {
        outcome.message = outcome.cancelled
                              ? QCoreApplication::translate("LineBalancer", "Cancelled before a solution was found.")
                              : result.message;
        return outcome;
    }
    outcome.ok = true;
    outcome.stations = core::stationsFromResult(lp, result);
    outcome.cycleTimeS = core::ticksToSeconds(result.cycleTime);
    outcome.stationCount = result.stationCount;
    outcome.optimal = result.optimal();
    outcome.lowerBound = request.minimiseStations ? double(result.lowerBound) : core::ticksToSeconds(result.lowerBound);
    if (outcome.cancelled)
        outcome.message =
            QCoreApplication::translate("LineBalancer", "Cancelled; the best solution found so far is shown.");
    else if (!outcome.optimal && request.exact)
        outcome.message = QCoreApplication::translate("LineBalancer", "Time limit reached; optimality not proven.");
    return outcome;
}

} // namespace taktflow::app
