// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/salbp2.h"

#include "core/balance/binpacking.h"
#include "core/balance/engine/cycleimprover.h"
#include "core/balance/engine/cyclesmoother.h"
#include "core/balance/engine/greedybalancer.h"
#include "core/balance/engine/proberunner.h"
#include "core/balance/lowerbounds.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>

namespace taktflow::core {

namespace {

// Steps for each exact bin-packing question (at most about a tenth of a second).
constexpr std::int64_t kCyclePackingSteps = 1000000;
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

// One SALBP-2 run on a prepared line: a greedy upper bound, the local search and window
// heuristics, then the two exact searches closing the gap between the bounds.
class Salbp2Search
{
public:
    Salbp2Search(const detail::PreparedProblem &p, int stations, const BalanceOptions &options)
        : mP(p)
        , mStations(stations)
        , mOptions(options)
        , mReversed(mP.reverseUnlessFixed())
        , mBack(mReversed ? &*mReversed : nullptr)
        , mRunner(mP, mBack, options)
        , mStopRequested([this] { return mRunner.stopRequested(); })
        , mLower(lowerbounds::cycleTime(mP.minTime, stations))
    {
    }

    /** Runs every stage; false when no assignment was found (see stopRequested()). */
    bool run()
    {
        greedyUpperBound();
        if (mHaveBest && mUpper > mLower && mP.plain && mP.kindCount == 1)
            smoothAndImprove();
        mRunner.report(mLower, mUpper);
        closeGap();
        return mHaveBest;
    }

    bool stopRequested() const { return mRunner.stopRequested(); }
    bool proven() const { return mHaveBest && mUpper <= mLower; }
    Ticks lower() const { return mLower; }
    std::vector<detail::PlacedStation> &best() { return mBest; }
    const detail::ProbeRunner &runner() const { return mRunner; }
    std::int64_t downwardSteps() const { return mDownwards ? mDownwards->steps() : 0; }
    void report(Ticks lower, Ticks upper) { mRunner.report(lower, upper); }

private:
    void accept(std::vector<detail::PlacedStation> stationsFound)
    {
        mBest = std::move(stationsFound);
        mHaveBest = true;
        mUpper = largestLoad(mP, mBest);
    }

    bool greedyAt(Ticks c)
    {
        auto s = detail::bestGreedy(mP, mBack, c, 0, mStopRequested);
        if (s && detail::stationCount(*s) <= mStations) {
            accept(std::move(*s));
            return true;
        }
        return false;
    }

    // Upper bound: the smallest cycle at which a greedy rule needs no more than `stations`,
    // by bisection (the greedy is not monotone, so this is only a good guess).
    void greedyUpperBound()
    {
        Ticks lo = mLower;
        Ticks hi = std::max(mLower, mP.totalMinTime);
        if (!greedyAt(hi))
            return;
        hi = mUpper;
        // Each greedy pass over a large line takes milliseconds: honour a stop between them.
        while (lo < hi && !mRunner.stopRequested()) {
            const Ticks mid = lo + (hi - lo) / 2;
            if (greedyAt(mid))
                hi = std::min(mid, mUpper);
            else
                lo = mid + 1;
        }
    }

    void smoothAndImprove()
    {
        detail::CycleSmoother smoother(mP, mStations);
        smoother.start(mBest);
        if (smoother.run(mLower, kSmootherPatience, mStopRequested))
            accept(smoother.best());
        mImprover.emplace(mP, mBack, mStations);
        improve(kFirstWindowSteps);
    }

    // Between the exact searches' rounds the heuristics try to lower the best cycle (see
    // cycleimprover.h); they continue from any better line the exact searches find.
    // A round that finds nothing halves the next one's share (down to an eighth), so that the
    // exact searches keep most of the time on lines the heuristics cannot improve.
    void improve(std::int64_t steps)
    {
        if (!mImprover || mUpper <= mLower)
            return;
        mImprover->offer(mBest);
        if (mImprover->improve(mLower, steps >> std::min(mIdleRounds, kMaxShareHalvings), mStopRequested) &&
            mImprover->bestLoad() < mUpper) {
            accept(mImprover->best());
            mIdleRounds = 0;
        } else {
            ++mIdleRounds;
        }
    }

    // Two searches close the gap from both ends, with equal and doubling step budgets: one
    // asks whether the lower bound itself is feasible (proving it infeasible raises the bound
    // by one), the other looks for an assignment below the best known cycle (halfway to the
    // lower bound, one tick below once they are close), which lowers the upper bound or
    // raises the lower one. Neither end can stall the other, and the probes at the lower
    // bound, whose idle-time budget is smallest, prune hardest. The downward search only ever
    // lowers its cycle, so its memory of dead states stays valid from probe to probe. It is
    // built on first use: its set-up costs as much as the first search's.
    void closeGap()
    {
        // Without a greedy answer (zoning or station kinds can defeat it) the searches start
        // from a cycle above the total time, as if it had been answered.
        if (!mHaveBest)
            mUpper = std::max(mLower, mP.totalMinTime) + 1;
        std::int64_t budget = kFirstProbeSteps;
        Ticks below = -1;
        while (mLower < mUpper && !mRunner.stopRequested()) {
            if (lowerBoundRefuted()) {
                ++mLower;
                mRunner.report(mLower, mUpper);
                continue;
            }
            const detail::ProbeOutcome atLower = mRunner.probe(mLower, mStations, budget);
            if (atLower == detail::ProbeOutcome::Found) {
                accept(mRunner.solution());
                break;
            }
            if (atLower == detail::ProbeOutcome::Infeasible) {
                ++mLower;
                mRunner.report(mLower, mUpper);
                continue;
            }
            if (mRunner.stopRequested())
                break;
            // The downward search keeps its question until it is answered or the lower bound
            // passes it, so that its budget rounds and memory carry over.
            if (below <= mLower || below >= mUpper) {
                below = mUpper - std::max<Ticks>(1, (mUpper - mLower) / kDownwardStepShare);
                if (below > mLower && greedyAt(below))
                    continue;
            }
            if (below > mLower && probeBelow(below, budget)) {
                mRunner.report(mLower, mUpper);
                continue;
            }
            improve(budget);
            mRunner.report(mLower, mUpper);
            budget *= 2;
        }
    }

    // The counting and bin-packing bounds prove that the lower bound cannot be met.
    bool lowerBoundRefuted()
    {
        return lowerbounds::stations(mP.minTime, mLower) > mStations ||
               lowerbounds::fitsInBins(mP.minTime, mLower, mStations, kCyclePackingSteps, mStopRequested) ==
                   lowerbounds::PackingAnswer::DoesNotFit;
    }

    // Asks the downward search about cycle `below`; true when it settled the question (a
    // better line, or a raised lower bound).
    bool probeBelow(Ticks below, std::int64_t budget)
    {
        if (!mDownwards)
            mDownwards.emplace(mP, mBack, mOptions, mRunner.started());
        const detail::ProbeOutcome atBelow = mDownwards->probe(below, mStations, budget);
        if (atBelow == detail::ProbeOutcome::Found) {
            accept(mDownwards->solution());
            return true;
        }
        if (atBelow == detail::ProbeOutcome::Infeasible) {
            mLower = below + 1;
            return true;
        }
        return false;
    }

    const detail::PreparedProblem &mP;
    const int mStations;
    const BalanceOptions &mOptions;
    const std::optional<detail::PreparedProblem> mReversed;
    const detail::PreparedProblem *const mBack;
    detail::ProbeRunner mRunner;
    const std::function<bool()> mStopRequested;
    Ticks mLower;
    Ticks mUpper = -1;
    std::vector<detail::PlacedStation> mBest;
    bool mHaveBest = false;
    std::optional<detail::CycleImprover> mImprover;
    int mIdleRounds = 0;
    std::optional<detail::ProbeRunner> mDownwards;
};

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
    const bool hasFixed = p.hasFixedStations();
    if (hasFixed && *std::max_element(p.fixedStation.begin(), p.fixedStation.end()) >= stations)
        return detail::failedResult(
            BalanceStatus::Infeasible,
            QCoreApplication::translate("Balance", "a task is fixed to a station beyond the number of stations"));
    Salbp2Search search(p, stations, options);
    if (!search.run())
        return detail::failedResult(BalanceStatus::Infeasible,
                      search.stopRequested()
                          ? QCoreApplication::translate(
                                "Balance", "no assignment that meets every constraint was found within the time limit")
                          : QCoreApplication::translate("Balance", "no assignment meets every constraint"));
    const bool proven = search.proven();
    std::vector<detail::PlacedStation> &best = search.best();
    if (!hasFixed)
        spreadTo(best, stations);
    const Ticks cycle = largestLoad(p, best);
    BalanceResult result =
        detail::makeResult(problem, p, best, cycle, proven ? BalanceStatus::Optimal : BalanceStatus::Feasible);
    result.lowerBound = proven ? cycle : search.lower();
    result.seconds = search.runner().elapsedS();
    result.nodes = search.runner().steps() + search.downwardSteps();
    search.report(result.lowerBound, cycle);
    return result;
}

} // namespace taktflow::core
