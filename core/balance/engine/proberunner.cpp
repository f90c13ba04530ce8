// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/engine/proberunner.h"

#include "core/balance/engine/greedybalancer.h"

namespace taktflow::core::detail {

namespace {

constexpr std::int64_t kFirstBudget = 20000;

} // namespace

ProbeRunner::ProbeRunner(const PreparedProblem &forward, const PreparedProblem *backward, const BalanceOptions &options,
                         std::chrono::steady_clock::time_point start, std::size_t memoBytes,
                         std::stop_token finished)
    : mBackwardProblem(backward)
    , mOptions(options)
    , mFinished(std::move(finished))
    , mStart(start)
    , mLastReport(mStart)
{
    if (options.timeLimitS > 0)
        mDeadline = mStart + std::chrono::microseconds(std::int64_t(options.timeLimitS * 1e6));
    mPoll = [this] { return poll(); };
    // The searches' set-up is quadratic in the units: it, too, honours the stop request.
    const std::function<bool()> stop = [this] { return stopRequested(); };
    // When the memory is full the search only slows down.
    mForward = std::make_unique<StationSearch>(forward, memoBytes, stop);
    if (backward && !stopRequested())
        mBackward = std::make_unique<StationSearch>(*backward, memoBytes, stop);
}

double ProbeRunner::elapsedS() const
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - mStart).count();
}

std::int64_t ProbeRunner::steps() const
{
    return mForward->totalSteps() + (mBackward ? mBackward->totalSteps() : 0);
}

bool ProbeRunner::stopRequested() const
{
    if (mOptions.stopToken.stop_requested() || mFinished.stop_requested())
        return true;
    return mDeadline && std::chrono::steady_clock::now() >= *mDeadline;
}

void ProbeRunner::report(std::int64_t lowerBound, std::int64_t upperBound)
{
    mProgress.lowerBound = lowerBound;
    mProgress.upperBound = upperBound;
    mProgress.elapsedS = elapsedS();
    mLastReport = std::chrono::steady_clock::now();
    mHasReported = true;
    if (mOptions.progress)
        mOptions.progress(mProgress);
}

bool ProbeRunner::poll()
{
    if (stopRequested())
        return true;
    // Only bounds that were reported are repeated: a runner that never reported has none (a
    // second runner of SALBP-2 used to send 0 and 0 here, which read as "cycle 0 reached").
    if (mOptions.progress && mHasReported &&
        std::chrono::steady_clock::now() - mLastReport > std::chrono::milliseconds(100))
        report(mProgress.lowerBound, mProgress.upperBound);
    return false;
}

bool ProbeRunner::bestFirstCanRun(Ticks cycle, int stations) const
{
    return mBackward && (!mForward->bestFirstGaveUp(cycle, stations) || !mBackward->bestFirstGaveUp(cycle, stations));
}

ProbeOutcome ProbeRunner::probe(Ticks cycle, int stations, std::int64_t stepBudget, Strategies strategies)
{
    if (cycle != mCycle || stations != mStations) {
        mCycle = cycle;
        mStations = stations;
        mRound = 0;
    }
    if (!mBackward) {
        if (strategies == Strategies::BestFirstOnly)
            return ProbeOutcome::Aborted; // see bestFirstCanRun()
        const ProbeOutcome outcome = mForward->probe(cycle, stations, stepBudget, mPoll);
        if (outcome == ProbeOutcome::Found)
            mSolution = mForward->solution();
        return outcome;
    }
    // Doubling step budgets, alternating directions; the remembered states keep every finished
    // subtree from being searched again, so a restart costs little. Each round gives the same
    // budget to the depth-first search and to the cyclic best-first search of each direction
    // (the best-first one keeps its open nodes between rounds); the depth-first search proves
    // faster, the best-first one finds tight lines the dive misses. Half the budget for the
    // best-first search proved two fewer Scholl SALBP-1 instances. A later call with the same
    // question continues with the next round.
    std::int64_t spent = 0;
    while (true) {
        const std::int64_t budget = kFirstBudget * (std::int64_t(1) << std::min<std::int64_t>(mRound, 40));
        ++mRound;
        for (int turn = 0; turn < 4; ++turn) {
            const int direction = turn % 2;
            const bool bestFirst = turn >= 2;
            if (!bestFirst && strategies == Strategies::BestFirstOnly)
                continue;
            StationSearch &search = direction == 0 ? *mForward : *mBackward;
            if (bestFirst && search.bestFirstGaveUp(cycle, stations))
                continue;
            const std::int64_t before = search.totalSteps();
            const ProbeOutcome outcome = bestFirst ? search.bestFirstProbe(cycle, stations, budget, mPoll)
                                                   : search.probe(cycle, stations, budget, mPoll);
            spent += search.totalSteps() - before;
            if (outcome == ProbeOutcome::Found) {
                mSolution = direction == 0 ? search.solution() : turnAround(search.solution(), *mBackwardProblem);
                return outcome;
            }
            if (outcome == ProbeOutcome::Infeasible)
                return outcome;
            if (stopRequested())
                return ProbeOutcome::Aborted;
        }
        if (stepBudget > 0 && spent >= stepBudget)
            return ProbeOutcome::Aborted;
        if (strategies == Strategies::BestFirstOnly && !bestFirstCanRun(cycle, stations))
            return ProbeOutcome::Aborted;
    }
}

} // namespace taktflow::core::detail
