// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/engine/fulleststations.h"

#include "core/balance/engine/greedybalancer.h"
#include "core/balance/engine/searchutil.h"

#include <algorithm>

namespace taktflow::core::detail {

namespace {

class FullestFiller
{
public:
    FullestFiller(const PreparedProblem &problem, Ticks cycle, std::int64_t stepsPerStation, std::uint64_t seed)
        : mP(problem)
        , mCycle(cycle)
        , mStepsPerStation(stepsPerStation)
        , mRandom(seed)
    {
    }

    std::optional<std::vector<PlacedStation>> run(int maxStations, const std::function<bool()> &shouldStop)
    {
        const auto n = std::size_t(mP.unitCount);
        mDone.assign(n, 0);
        mJoined.assign(n, 0);
        mMissing.resize(n);
        for (std::size_t v = 0; v < n; ++v)
            mMissing[v] = int(mP.predecessors[v].size());
        mPathTime.assign(n, 0);
        std::vector<PlacedStation> stations;
        std::size_t doneCount = 0;
        while (doneCount < n) {
            if (int(stations.size()) == maxStations || (shouldStop && shouldStop()))
                return std::nullopt;
            collectCandidates();
            mBest.clear();
            mBestLoad = 0;
            mChosen.clear();
            mSteps = 0;
            search(0, 0);
            if (mBest.empty())
                return std::nullopt; // a unit longer than the cycle
            PlacedStation station;
            for (const int u : mBest) {
                mDone[std::size_t(u)] = 1;
                for (const int s : mP.successors[std::size_t(u)])
                    --mMissing[std::size_t(s)];
                station.units.push_back(u);
            }
            doneCount += mBest.size();
            stations.push_back(std::move(station));
        }
        return stations;
    }

private:
    // The units that could join the next station, in a random topological order: reachable
    // from the available ones through units that are themselves candidates, and whose
    // longest chain of undone predecessors fits the cycle.
    void collectCandidates()
    {
        mCandidates.clear();
        std::vector<int> ready;
        for (std::size_t v = 0; v < mDone.size(); ++v)
            if (!mDone[v] && mMissing[v] == 0 && mP.minTime[v] <= mCycle) {
                ready.push_back(int(v));
                mPathTime[v] = mP.minTime[v];
            }
        // Undone predecessors still to be taken as candidates, per unit, for the order below.
        std::vector<int> &waiting = mWaiting;
        waiting.assign(mDone.size(), 0);
        while (!ready.empty()) {
            const std::size_t pick = splitMix(mRandom) % ready.size();
            const int v = ready[pick];
            ready[pick] = ready.back();
            ready.pop_back();
            mCandidates.push_back(v);
            for (const int s : mP.successors[std::size_t(v)]) {
                const auto su = std::size_t(s);
                if (waiting[su] == 0)
                    waiting[su] = mMissing[su] + 1;
                if (--waiting[su] == 1) {
                    waiting[su] = -1;
                    Ticks longest = 0;
                    for (const int p : mP.predecessors[su])
                        if (!mDone[std::size_t(p)])
                            longest = std::max(longest, mPathTime[std::size_t(p)]);
                    mPathTime[su] = longest + mP.minTime[su];
                    if (mPathTime[su] <= mCycle)
                        ready.push_back(s);
                }
            }
        }
        mSuffix.assign(mCandidates.size() + 1, 0);
        for (std::size_t i = mCandidates.size(); i-- > 0;)
            mSuffix[i] = mSuffix[i + 1] + mP.minTime[std::size_t(mCandidates[i])];
    }

    void search(std::size_t index, Ticks load)
    {
        ++mSteps;
        if (load > mBestLoad) {
            mBestLoad = load;
            mBest = mChosen;
        }
        if (index == mCandidates.size() || mBestLoad == mCycle || mSteps > mStepsPerStation ||
            load + mSuffix[index] <= mBestLoad)
            return;
        const int v = mCandidates[index];
        const auto u = std::size_t(v);
        bool canJoin = load + mP.minTime[u] <= mCycle;
        for (const int p : mP.predecessors[u])
            canJoin = canJoin && (mDone[std::size_t(p)] || mJoined[std::size_t(p)]);
        if (canJoin) {
            mJoined[u] = 1;
            mChosen.push_back(v);
            search(index + 1, load + mP.minTime[u]);
            mChosen.pop_back();
            mJoined[u] = 0;
        }
        search(index + 1, load);
    }

    const PreparedProblem &mP;
    Ticks mCycle;
    std::int64_t mStepsPerStation;
    std::uint64_t mRandom;
    std::vector<char> mDone;
    std::vector<char> mJoined;
    std::vector<int> mMissing;
    std::vector<int> mWaiting;
    std::vector<Ticks> mPathTime;
    std::vector<int> mCandidates;
    std::vector<Ticks> mSuffix;
    std::vector<int> mChosen;
    std::vector<int> mBest;
    Ticks mBestLoad = 0;
    std::int64_t mSteps = 0;
};

} // namespace

std::optional<std::vector<PlacedStation>> fullestStations(const PreparedProblem &problem, Ticks cycle,
                                                          int maxStations, std::int64_t stepsPerStation,
                                                          std::uint64_t seed, const std::function<bool()> &shouldStop)
{
    return FullestFiller(problem, cycle, stepsPerStation, seed).run(maxStations, shouldStop);
}

bool fullestLinesApply(const PreparedProblem &problem)
{
    return problem.plain && problem.kindCount == 1 && !problem.allowParallel;
}

std::optional<std::vector<PlacedStation>> bestFullestLine(const PreparedProblem &forward,
                                                          const PreparedProblem *backward, Ticks cycle,
                                                          int fewerThan, int lowerBound, int passes,
                                                          std::uint64_t firstSeed,
                                                          const std::function<bool()> &shouldStop)
{
    // Steps per station of the two budgets. Measured on every 13th Otto n=1000 instance: the
    // small one finds the better line on lines with many short tasks, the large one reaches
    // the lower bound on four lines where the small one ends a station above it.
    constexpr std::int64_t kSmallSteps = 2000;
    constexpr std::int64_t kLargeSteps = 20000;
    std::optional<std::vector<PlacedStation>> best;
    for (int pass = 0; pass < passes && fewerThan > lowerBound; ++pass) {
        if (shouldStop && shouldStop())
            break;
        const bool back = backward && pass % 2 == 1;
        const std::int64_t steps = (pass / 2) % 2 == 0 ? kSmallSteps : kLargeSteps;
        auto line = fullestStations(back ? *backward : forward, cycle, fewerThan - 1, steps,
                                    firstSeed + std::uint64_t(pass), shouldStop);
        if (!line)
            continue;
        if (back)
            line = turnAround(std::move(*line), *backward);
        fewerThan = stationCount(*line);
        best = std::move(line);
    }
    return best;
}

} // namespace taktflow::core::detail
