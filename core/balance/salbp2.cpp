// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/salbp2.h"

#include "core/balance/binpacking.h"
#include "core/balance/cycleimprover.h"
#include "core/balance/cyclesmoother.h"
#include "core/balance/greedybalancer.h"
#include "core/balance/lowerbounds.h"
#include "core/balance/proberunner.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>

namespace taktflow::core {

namespace {

// Steps for each exact bin-packing question (at most about a tenth of a second).
constexpr std::int64_t kPackingSteps = 1000000;
// Search steps each end of the cycle gap gets in the first round (then doubling).
constexpr std::int64_t kFirstProbeSteps = 40000;
// Moves without a better cycle before the local search gives up (tens of milliseconds).
constexpr std::int64_t kSmootherPatience = 300000;
// Window-search steps of the first improvement round, right after the local search (a few
// milliseconds); later rounds get as many steps as each exact search.
constexpr std::int64_t kFirstWindowSteps = 100000;
constexpr int kMaxShareHalvings = 3;
// The downward search asks for the best cycle minus this share of the gap (at least one tick).
constexpr Ticks kDownwardStepShare = 2;

Ticks largestLoad(const detail::PreparedProblem &p, const std::vector<detail::PlacedStation> &stations)
{
    Ticks worst = 0;
    for (const detail::PlacedStation &s : stations) {
        Ticks load = 0;
        for (const int u : s.units)
            load += p.time[std::size_t(s.kind)][std::size_t(u)];
        worst = std::max(worst, load);
    }
    return worst;
}

// Splits stations until there are `stations` of them: moving the last unit of a station into
// a new station right after it keeps precedence and never raises a load.
void spreadTo(std::vector<detail::PlacedStation> &solution, int stations)
{
    while (int(solution.size()) < stations) {
        std::size_t widest = solution.size();
        for (std::size_t i = 0; i < solution.size(); ++i)
            if (solution[i].units.size() > 1 &&
                (widest == solution.size() || solution[i].units.size() > solution[widest].units.size()))
                widest = i;
        if (widest == solution.size())
            return;
        detail::PlacedStation split;
        split.kind = solution[widest].kind;
        split.units.push_back(solution[widest].units.back());
        solution[widest].units.pop_back();
        solution.insert(solution.begin() + std::ptrdiff_t(widest) + 1, std::move(split));
    }
}

} // namespace

BalanceResult solveSalbp2(const BalanceProblem &problem, int stations, const BalanceOptions &options)
{
    if (stations <= 0)
        return detail::failedResult(BalanceStatus::Invalid,
                      QCoreApplication::translate("Balance", "the number of stations must be positive"));
    const detail::PrepareResult prep = detail::prepareProblem(problem);
    if (!prep.prepared)
        return detail::failedResult(prep.status, prep.message);
    detail::PreparedProblem p = *prep.prepared;
    p.allowParallel = false;
    const bool hasFixed = std::any_of(p.fixedStation.begin(), p.fixedStation.end(), [](int s) { return s >= 0; });
    if (hasFixed && *std::max_element(p.fixedStation.begin(), p.fixedStation.end()) >= stations)
        return detail::failedResult(
            BalanceStatus::Infeasible,
            QCoreApplication::translate("Balance", "a task is fixed to a station beyond the number of stations"));
    std::optional<detail::PreparedProblem> reversed;
    if (!hasFixed)
        reversed = p.reverse();
    const detail::PreparedProblem *back = reversed ? &*reversed : nullptr;
    detail::ProbeRunner runner(p, back, options);
    const std::function<bool()> stopRequested = [&runner] { return runner.stopRequested(); };

    Ticks lower = lowerbounds::cycleTime(p.minTime, stations);
    // Upper bound: the smallest cycle at which a greedy rule needs no more than `stations`,
    // by bisection (the greedy is not monotone, so this is only a good guess).
    std::vector<detail::PlacedStation> best;
    bool haveBest = false;
    Ticks upper = -1;
    const auto accept = [&](std::vector<detail::PlacedStation> stationsFound) {
        best = std::move(stationsFound);
        haveBest = true;
        upper = largestLoad(p, best);
    };
    const auto greedyAt = [&](Ticks c) {
        auto s = detail::bestGreedy(p, back, c, 0, stopRequested);
        if (s && detail::stationCount(*s) <= stations) {
            accept(std::move(*s));
            return true;
        }
        return false;
    };
    {
        Ticks lo = lower;
        Ticks hi = std::max(lower, p.totalMinTime);
        if (greedyAt(hi)) {
            hi = upper;
            // Each greedy pass over a large line takes milliseconds: honour a stop between them.
            while (lo < hi && !runner.stopRequested()) {
                const Ticks mid = lo + (hi - lo) / 2;
                if (greedyAt(mid))
                    hi = std::min(mid, upper);
                else
                    lo = mid + 1;
            }
        }
    }
    // Between the exact searches' rounds the heuristics try to lower the best cycle (see
    // cycleimprover.h); they continue from any better line the exact searches find.
    // A round that finds nothing halves the next one's share (down to an eighth), so that the
    // exact searches keep most of the time on lines the heuristics cannot improve.
    std::optional<detail::CycleImprover> improver;
    int idleRounds = 0;
    const auto improve = [&](std::int64_t steps) {
        if (!improver || upper <= lower)
            return;
        improver->offer(best);
        if (improver->improve(lower, steps >> std::min(idleRounds, kMaxShareHalvings), stopRequested) &&
            improver->bestLoad() < upper) {
            accept(improver->best());
            idleRounds = 0;
        } else {
            ++idleRounds;
        }
    };
    if (haveBest && upper > lower && p.plain && p.kindCount == 1) {
        detail::CycleSmoother smoother(p, stations);
        smoother.start(best);
        if (smoother.run(lower, kSmootherPatience, stopRequested))
            accept(smoother.best());
        improver.emplace(p, back, stations);
        improve(kFirstWindowSteps);
    }
    runner.report(lower, upper);

    // Two searches close the gap from both ends, with equal and doubling step budgets: one
    // asks whether the lower bound itself is feasible (proving it infeasible raises the bound
    // by one), the other looks for an assignment below the best known cycle (halfway to the
    // lower bound, one tick below once they are close), which lowers the upper bound or
    // raises the lower one. Neither end can stall the other, and the probes at the lower
    // bound, whose idle-time budget is smallest, prune hardest. The downward search only ever
    // lowers its cycle, so its memory of dead states stays valid from probe to probe. It is
    // built on first use: its set-up costs as much as the first search's.
    std::optional<detail::ProbeRunner> downwards;
    // Without a greedy answer (zoning or station kinds can defeat it) the searches start from
    // a cycle above the total time, as if it had been answered.
    if (!haveBest)
        upper = std::max(lower, p.totalMinTime) + 1;
    std::int64_t budget = kFirstProbeSteps;
    Ticks below = -1;
    while (lower < upper && !runner.stopRequested()) {
        if (lowerbounds::stations(p.minTime, lower) > stations ||
            lowerbounds::fitsInBins(p.minTime, lower, stations, kPackingSteps, stopRequested) ==
                lowerbounds::PackingAnswer::DoesNotFit) {
            ++lower;
            runner.report(lower, upper);
            continue;
        }
        const detail::ProbeOutcome atLower = runner.probe(lower, stations, budget);
        if (atLower == detail::ProbeOutcome::Found) {
            accept(runner.solution());
            break;
        }
        if (atLower == detail::ProbeOutcome::Infeasible) {
            ++lower;
            runner.report(lower, upper);
            continue;
        }
        if (runner.stopRequested())
            break;
        // The downward search keeps its question until it is answered or the lower bound
        // passes it, so that its budget rounds and memory carry over.
        if (below <= lower || below >= upper) {
            below = upper - std::max<Ticks>(1, (upper - lower) / kDownwardStepShare);
            if (below > lower && greedyAt(below))
                continue;
        }
        if (below > lower) {
            if (!downwards)
                downwards.emplace(p, back, options, runner.started());
            const detail::ProbeOutcome atBelow = downwards->probe(below, stations, budget);
            if (atBelow == detail::ProbeOutcome::Found) {
                accept(downwards->solution());
                runner.report(lower, upper);
                continue;
            }
            if (atBelow == detail::ProbeOutcome::Infeasible) {
                lower = below + 1;
                runner.report(lower, upper);
                continue;
            }
        }
        improve(budget);
        runner.report(lower, upper);
        budget *= 2;
    }
    bool proven = haveBest && upper <= lower;
    if (!haveBest)
        return detail::failedResult(BalanceStatus::Infeasible,
                      runner.stopRequested()
                          ? QCoreApplication::translate(
                                "Balance", "no assignment that meets every constraint was found within the time limit")
                          : QCoreApplication::translate("Balance", "no assignment meets every constraint"));
    if (!hasFixed)
        spreadTo(best, stations);
    const Ticks cycle = largestLoad(p, best);
    BalanceResult result =
        detail::makeResult(problem, p, best, cycle, proven ? BalanceStatus::Optimal : BalanceStatus::Feasible);
    result.lowerBound = proven ? cycle : lower;
    result.seconds = runner.elapsedS();
    result.nodes = runner.steps() + (downwards ? downwards->steps() : 0);
    runner.report(result.lowerBound, cycle);
    return result;
}

} // namespace taktflow::core
