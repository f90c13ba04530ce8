// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/engine/stationcountsearch.h"

#include "core/balance/engine/fulleststations.h"
#include "core/balance/engine/greedybalancer.h"

#include <algorithm>
#include <thread>

namespace taktflow::core::detail {

namespace {

// The helper's memory per direction: it mostly finds lines, which needs far fewer remembered
// states than refuting a station count.
constexpr std::size_t kHelperMemoBytes = std::size_t(128) << 20;
// Fullest-station passes the helper runs before its exact probes, after the start's eight
// (seeds continue from there). On lines of a thousand tasks they take a second or two and find
// lines the depth-first dive below the best line does not find in ten seconds.
constexpr int kHelperFullestPasses = 40;
constexpr std::uint64_t kHelperFirstSeed = 1001;
// The helper's turns: the heuristic's first and longest wall time (it doubles after each turn
// that found nothing, so that a slow or busy machine still gives it enough to finish a SALBP-2
// start), the exact probe's first step budget (doubled whenever spent), and how often the
// probe's share doubles while the heuristic finds nothing.
constexpr double kFirstHeuristicTurnS = 0.5;
constexpr double kLongestHeuristicTurnS = 8.0;
constexpr std::int64_t kFirstHelperProbeSteps = 200000;
constexpr int kMaxProbeShareDoublings = 3;

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

// The helper thread: looks for lines with one station fewer than the best until the bounds meet.
void searchDownwards(const PreparedProblem &forward, const PreparedProblem *backward, const BalanceOptions &options,
                     std::chrono::steady_clock::time_point start, Ticks cycle, SharedStationBounds &shared,
                     const FewerStationsHeuristic &fewerStations)
{
    BalanceOptions own = options;
    own.progress = nullptr; // the shared bounds report what this thread finds
    ProbeRunner runner(forward, backward, own, start, kHelperMemoBytes, shared.finishedToken());
    if (fullestLinesApply(forward)) {
        if (auto line = bestFullestLine(forward, backward, cycle, shared.upper(), shared.lower(), kHelperFullestPasses,
                                        kHelperFirstSeed, [&runner] { return runner.stopRequested(); }))
            shared.offerLine(std::move(*line), runner.elapsedS());
    }
    // With a heuristic the exact probes get step budgets, so that the two take turns.
    int idleTurns = 0;
    double heuristicS = kFirstHeuristicTurnS; // kept after a success: it was long enough
    std::int64_t probeSteps = fewerStations ? kFirstHelperProbeSteps : 0;
    int bestFirstGaveUpAt = -1;
    int jump = 1;
    while (!runner.stopRequested()) {
        const int lower = shared.lower();
        const int m = shared.upper() - 1;
        if (m < lower)
            return;
        // The heuristic and the exact probe take turns: some lines give way to the one, some to
        // the other, and nobody knows which beforehand. The probe's turn is as long as the
        // heuristic's, doubled for each turn in a row in which the heuristic found nothing
        // (up to eight times), so that lines where only the probe progresses get most of it.
        double turnS = 0;
        // With the bounds one apart the cyclic best-first search on the last question comes
        // first, undisturbed (it closes lines such as SCHOLL c=1659 in seconds); the heuristic
        // takes over when it gives up.
        const bool bestFirstFirst =
            m == lower && bestFirstGaveUpAt != m && runner.bestFirstCanRun(cycle, m);
        if (fewerStations && !bestFirstFirst) {
            // The heuristic is asked for `jump` stations fewer: twice as many after a success,
            // half as many after a failure.
            const int asked = std::max(lower, m + 1 - jump);
            double sliceS = heuristicS;
            if (options.timeLimitS > 0)
                sliceS = std::min(sliceS, options.timeLimitS - runner.elapsedS());
            std::stop_source stop;
            const std::stop_callback onCancel(options.stopToken, [&stop] { stop.request_stop(); });
            const std::stop_callback onMet(shared.finishedToken(), [&stop] { stop.request_stop(); });
            const double before = runner.elapsedS();
            FewerStationsAnswer answer = sliceS > 0
                                             ? fewerStations(*shared.state().best, asked, sliceS, stop.get_token())
                                             : FewerStationsAnswer{};
            turnS = runner.elapsedS() - before;
            if (answer.line && stationCount(*answer.line) <= asked) {
                shared.offerLine(std::move(*answer.line), runner.elapsedS());
                idleTurns = 0;
                jump *= 2;
                continue;
            }
            if (answer.refuted) {
                shared.raiseLower(asked + 1, runner.elapsedS());
                continue;
            }
            if (jump > 1) {
                jump /= 2;
                continue;
            }
            turnS *= double(1 << std::min(idleTurns, kMaxProbeShareDoublings));
            ++idleTurns;
            heuristicS = std::min(2 * heuristicS, kLongestHeuristicTurnS);
        }
        // At m == lower the other thread asks the same question with every search.
        const ProbeRunner::Strategies strategies =
            m == lower ? ProbeRunner::Strategies::BestFirstOnly : ProbeRunner::Strategies::All;
        if (strategies == ProbeRunner::Strategies::BestFirstOnly &&
            (bestFirstGaveUpAt == m || !runner.bestFirstCanRun(cycle, m))) {
            if (!fewerStations)
                return;
            continue; // only the heuristic is left to try
        }
        const double turnEnd = runner.elapsedS() + turnS;
        for (;;) {
            const std::int64_t budget = fewerStations && !bestFirstFirst ? probeSteps : 0;
            const ProbeOutcome outcome = runner.probe(cycle, m, budget, strategies);
            if (outcome == ProbeOutcome::Found) {
                shared.offerLine(runner.solution(), runner.elapsedS());
                break;
            }
            if (outcome == ProbeOutcome::Infeasible) {
                shared.raiseLower(m + 1, runner.elapsedS());
                break;
            }
            if (runner.stopRequested())
                return;
            if (strategies == ProbeRunner::Strategies::BestFirstOnly && !runner.bestFirstCanRun(cycle, m)) {
                bestFirstGaveUpAt = m; // the best-first search gave this question up
                break;
            }
            probeSteps *= 2; // out of budget: the next call resumes where this one stopped
            if (runner.elapsedS() >= turnEnd)
                break;
        }
    }
}

} // namespace

StationCountState searchFromBothEnds(ProbeRunner &upwards, const PreparedProblem &forward,
                                     const PreparedProblem *backward, const BalanceOptions &options, Ticks cycle,
                                     SharedStationBounds &shared, const FewerStationsHeuristic &fewerStations)
{
    std::thread helper(searchDownwards, std::cref(forward), backward, std::cref(options), upwards.started(), cycle,
                       std::ref(shared), std::cref(fewerStations));
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
