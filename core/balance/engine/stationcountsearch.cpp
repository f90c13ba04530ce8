// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/engine/stationcountsearch.h"

#include "core/balance/engine/greedybalancer.h"

#include <thread>

namespace taktflow::core::detail {

namespace {

// The helper's memory per direction: it mostly finds lines, which needs far fewer remembered
// states than refuting a station count.
constexpr std::size_t kHelperMemoBytes = std::size_t(128) << 20;

} // namespace

SharedStationBounds::SharedStationBounds(std::function<void(const BalanceProgress &)> progress)
    : mLower(0)
    , mUpper(-1)
    , mProgress(std::move(progress))
{
}

bool SharedStationBounds::offerLine(std::vector<PlacedStation> line, double elapsedS)
{
    const int count = stationCount(line);
    std::lock_guard lock(mMutex);
    if (mUpper.load() >= 0 && count >= mUpper.load())
        return false;
    mBest = std::move(line);
    mUpper.store(count);
    finishIfMetLocked();
    reportLocked(elapsedS);
    return true;
}

void SharedStationBounds::raiseLower(int bound, double elapsedS)
{
    std::lock_guard lock(mMutex);
    if (bound <= mLower.load())
        return;
    mLower.store(bound);
    finishIfMetLocked();
    reportLocked(elapsedS);
}

StationCountState SharedStationBounds::state() const
{
    std::lock_guard lock(mMutex);
    StationCountState s;
    s.lower = mLower.load();
    s.upper = mUpper.load();
    s.best = mBest;
    s.proven = s.best && s.upper <= s.lower;
    return s;
}

std::function<void(const BalanceProgress &)> SharedStationBounds::progressHook()
{
    if (!mProgress)
        return {};
    return [this](const BalanceProgress &p) {
        std::lock_guard lock(mMutex);
        if (!mBest) { // before the search shares anything: the runner's bounds as they are
            mProgress(p);
            return;
        }
        // A runner's own idea of the bounds may lag behind the other thread's. A proven lower
        // bound counts wherever it comes from; the upper bound moves only with a line that
        // offerLine() took, so that the reported count always has a line behind it.
        if (p.lowerBound > mLower.load()) {
            mLower.store(int(p.lowerBound));
            finishIfMetLocked();
        }
        reportLocked(p.elapsedS);
    };
}

void SharedStationBounds::reportLocked(double elapsedS)
{
    if (mProgress)
        mProgress(BalanceProgress{elapsedS, mLower.load(), mUpper.load()});
}

void SharedStationBounds::finishIfMetLocked()
{
    if (mBest && mUpper.load() <= mLower.load())
        mFinished.request_stop();
}

StationCountState searchUpwards(ProbeRunner &runner, Ticks cycle, StationCountState state, int ceiling)
{
    for (int m = state.lower; state.upper < 0 ? m <= ceiling : m < state.upper; ++m) {
        const ProbeOutcome outcome = runner.probe(cycle, m);
        if (outcome == ProbeOutcome::Found) {
            state.best = runner.solution();
            state.upper = stationCount(*state.best);
            state.proven = true;
            break;
        }
        if (outcome == ProbeOutcome::Aborted)
            break;
        state.lower = m + 1;
        runner.report(state.lower, state.upper);
    }
    return state;
}

namespace {

// The helper thread: probes one station fewer than the best line until the bounds meet.
void searchDownwards(const PreparedProblem &forward, const PreparedProblem *backward, const BalanceOptions &options,
                     std::chrono::steady_clock::time_point start, Ticks cycle, SharedStationBounds &shared)
{
    BalanceOptions own = options;
    own.progress = nullptr; // the shared bounds report what this thread finds
    ProbeRunner runner(forward, backward, own, start, kHelperMemoBytes, shared.finishedToken());
    while (!runner.stopRequested()) {
        const int lower = shared.lower();
        const int m = shared.upper() - 1;
        if (m < lower)
            return;
        // At m == lower the other thread asks the same question with every search.
        const ProbeRunner::Strategies strategies =
            m == lower ? ProbeRunner::Strategies::BestFirstOnly : ProbeRunner::Strategies::All;
        if (strategies == ProbeRunner::Strategies::BestFirstOnly && !runner.bestFirstCanRun(cycle, m))
            return;
        switch (runner.probe(cycle, m, 0, strategies)) {
        case ProbeOutcome::Found: shared.offerLine(runner.solution(), runner.elapsedS()); break;
        case ProbeOutcome::Infeasible: shared.raiseLower(m + 1, runner.elapsedS()); break;
        case ProbeOutcome::Aborted:
            if (strategies == ProbeRunner::Strategies::BestFirstOnly && !runner.stopRequested())
                return; // the best-first search gave this question up
            break;
        }
    }
}

} // namespace

StationCountState searchFromBothEnds(ProbeRunner &upwards, const PreparedProblem &forward,
                                     const PreparedProblem *backward, const BalanceOptions &options, Ticks cycle,
                                     SharedStationBounds &shared)
{
    std::thread helper(searchDownwards, std::cref(forward), backward, std::cref(options), upwards.started(), cycle,
                       std::ref(shared));
    for (int m = shared.lower(); m < shared.upper(); m = shared.lower()) {
        const ProbeOutcome outcome = upwards.probe(cycle, m);
        if (outcome == ProbeOutcome::Found)
            shared.offerLine(upwards.solution(), upwards.elapsedS());
        else if (outcome == ProbeOutcome::Infeasible)
            shared.raiseLower(m + 1, upwards.elapsedS());
        else
            break; // stopped: cancelled, out of time, or the helper closed the gap
    }
    helper.join();
    return shared.state();
}

} // namespace taktflow::core::detail
