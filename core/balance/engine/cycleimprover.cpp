// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/engine/cycleimprover.h"

#include "core/balance/engine/fulleststations.h"
#include "core/balance/engine/greedybalancer.h"

#include <algorithm>

namespace taktflow::core::detail {

namespace {

// Fullest-station lines tried per round (each a millisecond or two on a hundred tasks), and
// the branch-and-bound steps each of their stations may spend.
constexpr int kFullestAttempts = 4;
constexpr std::int64_t kFullestStepsPerStation = 2000;

Ticks largestLoad(const PreparedProblem &p, const std::vector<PlacedStation> &stations)
{
    Ticks largest = 0;
    for (const PlacedStation &s : stations) {
        Ticks load = 0;
        for (const int u : s.units)
            load += p.minTime[std::size_t(u)];
        largest = std::max(largest, load);
    }
    return largest;
}

} // namespace

CycleImprover::CycleImprover(const PreparedProblem &forward, const PreparedProblem *backward, int stations)
    : mForward(forward)
    , mBackward(backward)
    , mStations(stations)
    , mWindows(forward, stations)
{
}

void CycleImprover::offer(const std::vector<PlacedStation> &assignment)
{
    const Ticks load = largestLoad(mForward, assignment);
    if (mStarted && load >= mBestLoad)
        return;
    mBest = assignment;
    mBestLoad = load;
    mWindows.start(assignment);
    mStarted = true;
}

bool CycleImprover::improve(Ticks lowerBound, std::int64_t windowSteps, const std::function<bool()> &shouldStop)
{
    const Ticks before = mBestLoad;
    for (int attempt = 0; attempt < kFullestAttempts && mBestLoad > lowerBound; ++attempt) {
        if (shouldStop && shouldStop())
            return mBestLoad < before;
        const bool backwards = mBackward && attempt % 2 == 1;
        auto line = fullestStations(backwards ? *mBackward : mForward, mBestLoad - 1, mStations,
                                    kFullestStepsPerStation, mSeed++);
        if (!line)
            continue;
        offer(backwards ? turnAround(std::move(*line), *mBackward) : std::move(*line));
        attempt = -1;
    }
    if (mBestLoad > lowerBound && mWindows.run(lowerBound, windowSteps, shouldStop) &&
        mWindows.bestLoad() < mBestLoad) {
        mBest = mWindows.best();
        mBestLoad = mWindows.bestLoad();
    }
    return mBestLoad < before;
}

} // namespace taktflow::core::detail
