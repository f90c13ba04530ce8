// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/balance/engine/stationsearch.h"

#include <functional>

namespace taktflow::core::detail {

/**
 * Iterated local search for SALBP-2 upper bounds that re-solves windows of two to four
 * consecutive stations exactly.
 *
 * The units of a window can be redistributed among its stations freely as long as precedence
 * inside the window holds: their predecessors outside lie in earlier stations, their followers
 * in later ones. For each window a small branch and bound over the precedence-closed task
 * sets finds the smallest largest load of the window (a subset-sum question with precedence,
 * which single moves and pair swaps only approximate). Re-solving every window until none
 * improves gives a line where no two to four neighbouring stations can be balanced better.
 * From there a kick moves a task out of a bottleneck station or a station near one (possibly
 * overloading another one) and the descent runs again; a kicked line is kept when its largest load and the number
 * of stations at that load are no worse, so the search walks across plateaus of equal cycle.
 *
 * The state carries over between run() calls, so a driver can hand out effort in rounds.
 * Only for plain problems (one station kind, no zoning, no fixed stations, no replicas).
 */
class WindowSearch
{
public:
    WindowSearch(const PreparedProblem &problem, int stations);

    /** Starts from an assignment (at most `stations` stations; fewer are padded with empty ones). */
    void start(const std::vector<PlacedStation> &assignment);
    /** Continues from another assignment (say, a new construction), keeping the best found so far. */
    void restart(const std::vector<PlacedStation> &assignment);
    /**
     * Runs for about `effort` search steps, until the best load reaches lowerBound or until
     * shouldStop returns true; returns true when the best load fell.
     */
    bool run(Ticks lowerBound, std::int64_t effort, const std::function<bool()> &shouldStop);

    Ticks bestLoad() const { return mBestLoad; }
    /** The best assignment found, station 1 first, empty stations left out. */
    std::vector<PlacedStation> best() const;
    std::int64_t steps() const { return mSteps; }

private:
    struct Score {
        Ticks largest = 0;
        int atLargest = 0;
    };

    Score score() const;
    bool descend(const std::function<bool()> &shouldStop);
    bool resolveWindow(int first, int width);
    bool fitsWindow(int width, Ticks bound, std::int64_t stepLimit);
    bool fillStation(int station, int width, std::size_t index, Ticks load, Ticks need, Ticks bound);
    void kick();
    void moveTo(int unit, int station);
    int earliestStation(int unit) const;
    int latestStation(int unit) const;

    const PreparedProblem &mProblem;
    int mStations;
    // Position of each unit in a topological order, to sort a window's units.
    std::vector<int> mTopoRank;
    std::vector<int> mStationOf;
    std::vector<Ticks> mLoad;
    std::vector<int> mBestStationOf;
    Ticks mBestLoad = 0;
    // The last accepted local optimum, to which a kick that made things worse returns.
    std::vector<int> mAcceptedStationOf;
    Score mAccepted;

    // Stamps that let the descent skip windows that did not change since they were solved.
    std::int64_t mClock = 1;
    std::vector<std::int64_t> mChangedAt;
    // One row per window width (2, 3, 4).
    std::vector<std::int64_t> mCheckedAt[3];

    // Scratch of the window branch and bound: units in topological order, their predecessors
    // inside the window (as window positions), the station each is placed at, and the
    // placement of the first solution found.
    std::vector<int> mWindow;
    std::vector<std::vector<int>> mInnerPreds;
    std::vector<int> mWindowPos;
    std::vector<int> mPlacedAt;
    std::vector<int> mFound;
    std::vector<Ticks> mSuffix;
    std::int64_t mStepLimit = 0;
    std::int64_t mSteps = 0;
    std::uint64_t mRandom = 0x7a11;
};

} // namespace taktflow::core::detail
