// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/engine/cyclesmoother.h"

#include "core/balance/engine/searchutil.h"

#include <algorithm>

namespace taktflow::core::detail {

namespace {

// Length of the late-acceptance memory: long enough to walk across plateaus of equal
// overload, short enough that the overload keeps falling.
constexpr std::size_t kHistory = 1000;
constexpr std::int64_t kPollMoves = 4096;

} // namespace

CycleSmoother::CycleSmoother(const PreparedProblem &problem, int stations)
    : mProblem(problem)
    , mStations(stations)
    , mHistory(kHistory)
{
}

void CycleSmoother::start(const std::vector<PlacedStation> &assignment, Ticks target)
{
    const auto n = std::size_t(mProblem.unitCount);
    mStationOf.assign(n, 0);
    mSlot.assign(n, 0);
    mLoad.assign(std::size_t(mStations), 0);
    mMembers.assign(std::size_t(mStations), {});
    for (std::size_t s = 0; s < assignment.size() && s < std::size_t(mStations); ++s)
        for (const int u : assignment[s].units) {
            mStationOf[std::size_t(u)] = int(s);
            mSlot[std::size_t(u)] = int(mMembers[s].size());
            mMembers[s].push_back(u);
            mLoad[s] += mProblem.minTime[std::size_t(u)];
        }
    recordBest();
    setTarget(target > 0 && target < mBestLoad ? target : mBestLoad - 1);
}

void CycleSmoother::recordBest()
{
    mBestStationOf = mStationOf;
    mBestLoad = *std::max_element(mLoad.begin(), mLoad.end());
}

void CycleSmoother::setTarget(Ticks target)
{
    mTarget = target;
    mOverload = 0;
    for (const Ticks load : mLoad)
        mOverload += overloadOf(load);
    std::fill(mHistory.begin(), mHistory.end(), mOverload);
}

bool CycleSmoother::run(Ticks lowerBound, std::int64_t patience, const std::function<bool()> &shouldStop)
{
    const int n = mProblem.unitCount;
    bool improved = false;
    std::int64_t sinceBest = 0;
    std::int64_t moves = 0;
    while (mBestLoad > lowerBound && sinceBest < patience && n > 0) {
        if (++moves % kPollMoves == 0 && shouldStop())
            break;
        const int unit = int(splitMix(mRandom) % std::uint64_t(n));
        if (splitMix(mRandom) & 1U)
            tryShift(unit);
        else
            trySwap(unit);
        ++sinceBest;
        if (mOverload == 0) {
            recordBest();
            setTarget(mBestLoad - 1);
            improved = true;
            sinceBest = 0;
        }
    }
    return improved;
}

bool CycleSmoother::accept(Ticks delta)
{
    const Ticks after = mOverload + delta;
    Ticks &then = mHistory[mMoves++ % mHistory.size()];
    const bool taken = delta <= 0 || after <= then;
    if (taken)
        mOverload = after;
    then = mOverload;
    return taken;
}

void CycleSmoother::moveTo(int unit, int station)
{
    const auto u = std::size_t(unit);
    const auto from = std::size_t(mStationOf[u]);
    std::vector<int> &old = mMembers[from];
    const int last = old.back();
    old[std::size_t(mSlot[u])] = last;
    mSlot[std::size_t(last)] = mSlot[u];
    old.pop_back();
    mLoad[from] -= mProblem.minTime[u];
    const auto to = std::size_t(station);
    mSlot[u] = int(mMembers[to].size());
    mMembers[to].push_back(unit);
    mLoad[to] += mProblem.minTime[u];
    mStationOf[u] = station;
}

bool CycleSmoother::tryShift(int unit)
{
    const auto u = std::size_t(unit);
    int lo = 0;
    int hi = mStations - 1;
    for (const int p : mProblem.predecessors[u])
        lo = std::max(lo, mStationOf[std::size_t(p)]);
    for (const int q : mProblem.successors[u])
        hi = std::min(hi, mStationOf[std::size_t(q)]);
    const int from = mStationOf[u];
    if (lo == hi)
        return false;
    int to = from;
    // Mostly a neighbouring station: that is where the loads are traded.
    if (splitMix(mRandom) % 4 != 0)
        to = from + ((splitMix(mRandom) & 1U) ? 1 : -1);
    else
        to = lo + int(splitMix(mRandom) % std::uint64_t(hi - lo + 1));
    if (to < lo || to > hi || to == from)
        return false;
    const Ticks t = mProblem.minTime[u];
    const Ticks a = mLoad[std::size_t(from)];
    const Ticks b = mLoad[std::size_t(to)];
    const Ticks delta = overloadOf(a - t) - overloadOf(a) + overloadOf(b + t) - overloadOf(b);
    if (!accept(delta))
        return false;
    moveTo(unit, to);
    return true;
}

bool CycleSmoother::trySwap(int unit)
{
    const auto u = std::size_t(unit);
    const int from = mStationOf[u];
    const int offsets[] = {-2, -1, 1, 2};
    const int to = from + offsets[splitMix(mRandom) % 4];
    if (to < 0 || to >= mStations || mMembers[std::size_t(to)].empty())
        return false;
    const std::vector<int> &others = mMembers[std::size_t(to)];
    const int other = others[splitMix(mRandom) % others.size()];
    const auto v = std::size_t(other);
    const Ticks tu = mProblem.minTime[u];
    const Ticks tv = mProblem.minTime[v];
    if (tu == tv)
        return false;
    // Precedence after the exchange: each unit's neighbours, with the partner in its new place.
    const auto stationAfter = [&](int w) {
        return w == unit ? to : w == other ? from : mStationOf[std::size_t(w)];
    };
    const auto fits = [&](std::size_t w, int station) {
        for (const int p : mProblem.predecessors[w])
            if (stationAfter(p) > station)
                return false;
        for (const int q : mProblem.successors[w])
            if (stationAfter(q) < station)
                return false;
        return true;
    };
    if (!fits(u, to) || !fits(v, from))
        return false;
    const Ticks a = mLoad[std::size_t(from)];
    const Ticks b = mLoad[std::size_t(to)];
    const Ticks delta =
        overloadOf(a - tu + tv) - overloadOf(a) + overloadOf(b - tv + tu) - overloadOf(b);
    if (!accept(delta))
        return false;
    moveTo(unit, to);
    moveTo(other, from);
    return true;
}

std::vector<PlacedStation> CycleSmoother::best() const
{
    return stationsFromAssignment(mProblem, mBestStationOf, mStations);
}

std::vector<int> unitTopologicalOrder(const PreparedProblem &problem)
{
    const auto n = std::size_t(problem.unitCount);
    std::vector<int> missing(n);
    std::vector<int> order;
    order.reserve(n);
    for (std::size_t v = 0; v < n; ++v) {
        missing[v] = int(problem.predecessors[v].size());
        if (missing[v] == 0)
            order.push_back(int(v));
    }
    for (std::size_t k = 0; k < order.size(); ++k)
        for (const int s : problem.successors[std::size_t(order[k])])
            if (--missing[std::size_t(s)] == 0)
                order.push_back(s);
    return order;
}

std::vector<PlacedStation> stationsFromAssignment(const PreparedProblem &problem, const std::vector<int> &stationOf,
                                                  int stations)
{
    std::vector<PlacedStation> placed(static_cast<std::size_t>(stations));
    for (const int u : unitTopologicalOrder(problem))
        placed[std::size_t(stationOf[std::size_t(u)])].units.push_back(u);
    placed.erase(std::remove_if(placed.begin(), placed.end(),
                                [](const PlacedStation &s) { return s.units.empty(); }),
                 placed.end());
    return placed;
}

} // namespace taktflow::core::detail
