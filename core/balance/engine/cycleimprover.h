// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/balance/engine/windowsearch.h"

#include <functional>

namespace taktflow::core::detail {

/**
 * The SALBP-2 upper-bound heuristics after the first local search, in rounds that a driver
 * interleaves with its exact searches: each round tries fullest-station lines one tick below
 * the best cycle (forwards and, when given, backwards; again after every success), then gives
 * the window search a number of steps. Better lines found elsewhere (by an exact search) are
 * handed in with offer().
 *
 * Only for plain problems (one station kind, no zoning, no fixed stations, no replicas).
 */
class CycleImprover
{
public:
    CycleImprover(const PreparedProblem &forward, const PreparedProblem *backward, int stations);

    /** The best line so far (at most `stations` stations); restarts the window search from it when better. */
    void offer(const std::vector<PlacedStation> &assignment);
    /** One round; returns true when the best load fell. Stops early at lowerBound or on shouldStop. */
    bool improve(Ticks lowerBound, std::int64_t windowSteps, const std::function<bool()> &shouldStop);

    Ticks bestLoad() const { return mBestLoad; }
    const std::vector<PlacedStation> &best() const { return mBest; }

private:
    const PreparedProblem &mForward;
    const PreparedProblem *mBackward;
    int mStations;
    WindowSearch mWindows;
    bool mStarted = false;
    std::vector<PlacedStation> mBest;
    Ticks mBestLoad = 0;
    std::uint64_t mSeed = 1;
};

} // namespace taktflow::core::detail
