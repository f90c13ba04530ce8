// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/balance/engine/stationsearch.h"

#include <functional>

namespace taktflow::core::detail {

/** The units in a topological order (Kahn's). */
std::vector<int> unitTopologicalOrder(const PreparedProblem &problem);

/**
 * Stations from a station number per unit: units of a station in a topological order, as the
 * other solvers deliver them; empty stations are left out.
 */
std::vector<PlacedStation> stationsFromAssignment(const PreparedProblem &problem, const std::vector<int> &stationOf,
                                                  int stations);

/**
 * Local search for SALBP-2 upper bounds: lowers the largest station load of an assignment to
 * a fixed number of stations by moving single tasks between stations and swapping pairs of
 * tasks, under precedence.
 *
 * It aims at a target cycle (one below the best load found) and minimises the overload above
 * the target with late acceptance hill climbing (Burke & Bykov): a move is taken when the
 * overload after it is no worse than now or than `history` moves ago, which lets the search
 * cross plateaus without a temperature to tune. Reaching zero overload gives a new best
 * assignment and a lower target. Gives up after `patience` moves without a new best, when the
 * best load reaches `lowerBound`, or when shouldStop returns true.
 *
 * Only for plain problems (one station kind, no zoning, no fixed stations, no replicas).
 */
class CycleSmoother
{
public:
    CycleSmoother(const PreparedProblem &problem, int stations);

    /**
     * Starts from an assignment (at most `stations` stations; fewer are padded with empty ones).
     * The first target is one tick below its largest load, or `target` when given (> 0): a
     * start whose largest load is far above the cycle wanted then spreads its overload over
     * the whole line at once instead of one tick at a time.
     */
    void start(const std::vector<PlacedStation> &assignment, Ticks target = 0);
    /** Runs until patience moves bring no new best; returns true when the best load fell. */
    bool run(Ticks lowerBound, std::int64_t patience, const std::function<bool()> &shouldStop);

    Ticks bestLoad() const { return mBestLoad; }
    /** The best assignment found, station 1 first, exactly `stations` stations. */
    std::vector<PlacedStation> best() const;

private:
    Ticks overloadOf(Ticks load) const { return load > mTarget ? load - mTarget : 0; }
    void setTarget(Ticks target);
    void moveTo(int unit, int station);
    bool tryShift(int unit);
    bool trySwap(int unit);
    bool accept(Ticks delta);
    void recordBest();

    const PreparedProblem &mProblem;
    int mStations;
    std::vector<int> mStationOf;
    std::vector<int> mBestStationOf;
    std::vector<Ticks> mLoad;
    // Units of each station, with each unit's position for O(1) removal.
    std::vector<std::vector<int>> mMembers;
    std::vector<int> mSlot;
    Ticks mTarget = 0;
    Ticks mOverload = 0;
    Ticks mBestLoad = 0;
    std::vector<Ticks> mHistory;
    std::size_t mMoves = 0;
    std::uint64_t mRandom = 0x51ab;
};

} // namespace taktflow::core::detail
