// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/engine/windowsearch.h"

#include "core/balance/engine/cyclesmoother.h"
#include "core/balance/engine/searchutil.h"

#include <algorithm>

namespace taktflow::core::detail {

namespace {

// Branch-and-bound nodes one window may spend. Windows of a dozen tasks a station finish in a
// few hundred; the cap only bites on wide windows of few, long stations, where the answer
// found so far is kept.
constexpr std::int64_t kWindowSteps = 20000;
// Sweeps over all windows per descent; each sweep only revisits windows that changed.
constexpr int kMaxSweeps = 50;
// Widths of the windows re-solved: two to four neighbouring stations (five gained nothing
// more on the hard Scholl instances).
constexpr int kWidths[] = {2, 3, 4};
static_assert(std::size(kWidths) == 3, "WindowSearch::mCheckedAt has one row per width");

} // namespace

WindowSearch::WindowSearch(const PreparedProblem &problem, int stations)
    : mProblem(problem)
    , mStations(stations)
{
    const auto n = std::size_t(problem.unitCount);
    const std::vector<int> order = unitTopologicalOrder(problem);
    mTopoRank.assign(n, 0);
    for (std::size_t k = 0; k < order.size(); ++k)
        mTopoRank[std::size_t(order[k])] = int(k);
    mWindowPos.assign(n, -1);
}

void WindowSearch::start(const std::vector<PlacedStation> &assignment)
{
    restart(assignment);
    mBestStationOf = mStationOf;
    mBestLoad = mAccepted.largest;
}

void WindowSearch::restart(const std::vector<PlacedStation> &assignment)
{
    const auto n = std::size_t(mProblem.unitCount);
    const auto m = std::size_t(mStations);
    mStationOf.assign(n, 0);
    mLoad.assign(m, 0);
    for (std::size_t s = 0; s < assignment.size() && s < m; ++s)
        for (const int u : assignment[s].units) {
            mStationOf[std::size_t(u)] = int(s);
            mLoad[s] += mProblem.minTime[std::size_t(u)];
        }
    mChangedAt.assign(m, mClock);
    for (std::vector<std::int64_t> &checked : mCheckedAt)
        checked.assign(m, 0);
    mAcceptedStationOf = mStationOf;
    mAccepted = score();
}

WindowSearch::Score WindowSearch::score() const
{
    Score s;
    for (const Ticks load : mLoad) {
        if (load > s.largest) {
            s.largest = load;
            s.atLargest = 0;
        }
        if (load == s.largest)
            ++s.atLargest;
    }
    return s;
}

bool WindowSearch::run(Ticks lowerBound, std::int64_t effort, const std::function<bool()> &shouldStop)
{
    if (mStations < 2 || mProblem.unitCount == 0)
        return false;
    const std::int64_t end = mSteps + effort;
    bool improved = false;
    while (mBestLoad > lowerBound && mSteps < end) {
        descend(shouldStop);
        const Score now = score();
        if (now.largest < mBestLoad) {
            mBestLoad = now.largest;
            mBestStationOf = mStationOf;
            improved = true;
        }
        if (now.largest < mAccepted.largest ||
            (now.largest == mAccepted.largest && now.atLargest <= mAccepted.atLargest)) {
            mAccepted = now;
            mAcceptedStationOf = mStationOf;
        } else {
            // Back to the last accepted line, unit by unit, so that only the stations the
            // kick touched count as changed for the next descent.
            for (std::size_t u = 0; u < mStationOf.size(); ++u)
                if (mStationOf[u] != mAcceptedStationOf[u])
                    moveTo(int(u), mAcceptedStationOf[u]);
        }
        if (shouldStop && shouldStop())
            break;
        kick();
    }
    return improved;
}

bool WindowSearch::descend(const std::function<bool()> &shouldStop)
{
    bool changedAny = false;
    for (int sweep = 0; sweep < kMaxSweeps; ++sweep) {
        bool changed = false;
        for (std::size_t w = 0; w < std::size(kWidths); ++w) {
            const int width = kWidths[w];
            for (int first = 0; first + width <= mStations; ++first) {
                std::int64_t lastChange = 0;
                for (int s = first; s < first + width; ++s)
                    lastChange = std::max(lastChange, mChangedAt[std::size_t(s)]);
                std::int64_t &checked = mCheckedAt[w][std::size_t(first)];
                if (lastChange <= checked)
                    continue;
                changed = resolveWindow(first, width) || changed;
                checked = mClock;
                // A window costs at most a millisecond or so: cancel stays prompt.
                if (shouldStop && shouldStop())
                    return changedAny || changed;
            }
        }
        changedAny = changedAny || changed;
        if (!changed)
            break;
    }
    return changedAny;
}

bool WindowSearch::resolveWindow(int first, int width)
{
    const int last = first + width - 1;
    mWindow.clear();
    for (std::size_t u = 0; u < mStationOf.size(); ++u)
        if (mStationOf[u] >= first && mStationOf[u] <= last)
            mWindow.push_back(int(u));
    mSteps += 1 + std::int64_t(mStationOf.size()) / 16;
    Ticks total = 0;
    Ticks longest = 0;
    for (const int u : mWindow) {
        total += mProblem.minTime[std::size_t(u)];
        longest = std::max(longest, mProblem.minTime[std::size_t(u)]);
    }
    Ticks oldLargest = 0;
    for (int s = first; s <= last; ++s)
        oldLargest = std::max(oldLargest, mLoad[std::size_t(s)]);
    // No split of the window can beat an even share or its longest task.
    const Ticks floor = std::max(ceilDiv(total, Ticks(width)), longest);
    if (oldLargest <= floor)
        return false;

    std::sort(mWindow.begin(), mWindow.end(),
              [this](int a, int b) { return mTopoRank[std::size_t(a)] < mTopoRank[std::size_t(b)]; });
    const std::size_t size = mWindow.size();
    for (std::size_t i = 0; i < size; ++i)
        mWindowPos[std::size_t(mWindow[i])] = int(i);
    mInnerPreds.resize(std::max(mInnerPreds.size(), size));
    for (std::size_t i = 0; i < size; ++i) {
        mInnerPreds[i].clear();
        for (const int p : mProblem.predecessors[std::size_t(mWindow[i])])
            if (mWindowPos[std::size_t(p)] >= 0)
                mInnerPreds[i].push_back(mWindowPos[std::size_t(p)]);
    }

    // Lower the window's largest load one found answer at a time until no better split
    // exists or the steps run out.
    std::vector<int> bestPlacement;
    Ticks bound = oldLargest - 1;
    const std::int64_t stepEnd = mSteps + kWindowSteps;
    while (bound >= floor && mSteps < stepEnd && fitsWindow(width, bound, stepEnd)) {
        bestPlacement = mFound;
        std::vector<Ticks> loads(std::size_t(width), 0);
        for (std::size_t i = 0; i < size; ++i)
            loads[std::size_t(mFound[i])] += mProblem.minTime[std::size_t(mWindow[i])];
        bound = *std::max_element(loads.begin(), loads.end()) - 1;
    }
    for (const int u : mWindow)
        mWindowPos[std::size_t(u)] = -1;
    if (bestPlacement.empty())
        return false;
    for (std::size_t i = 0; i < size; ++i)
        if (mStationOf[std::size_t(mWindow[i])] != first + bestPlacement[i])
            moveTo(mWindow[i], first + bestPlacement[i]);
    return true;
}

bool WindowSearch::fitsWindow(int width, Ticks bound, std::int64_t stepLimit)
{
    mStepLimit = stepLimit;
    mPlacedAt.assign(mWindow.size(), -1);
    mSuffix.assign(std::size_t(width) * (mWindow.size() + 1), 0);
    return fillStation(0, width, 0, 0, -1, bound);
}

// Decides, in topological order, which undecided units of the window join `station`; a unit
// may join once all its predecessors inside the window are placed. need < 0 marks the start
// of a station, where the remaining work and the least load this station must take are set.
bool WindowSearch::fillStation(int station, int width, std::size_t index, Ticks load, Ticks need, Ticks bound)
{
    const std::size_t size = mWindow.size();
    if (++mSteps > mStepLimit)
        return false;
    Ticks *suffix = &mSuffix[std::size_t(station) * (size + 1)];
    if (need < 0) {
        suffix[size] = 0;
        for (std::size_t i = size; i-- > 0;)
            suffix[i] = suffix[i + 1] + (mPlacedAt[i] < 0 ? mProblem.minTime[std::size_t(mWindow[i])] : 0);
        if (station == width - 1) {
            if (suffix[0] > bound)
                return false;
            mFound = mPlacedAt;
            for (int &at : mFound)
                if (at < 0)
                    at = station;
            return true;
        }
        // The stations after this one hold at most `bound` each.
        need = std::max<Ticks>(0, suffix[0] - Ticks(width - 1 - station) * bound);
    }
    while (index < size && mPlacedAt[index] >= 0)
        ++index;
    if (load + suffix[index] < need)
        return false;
    if (index == size)
        return fillStation(station + 1, width, 0, 0, -1, bound);
    const Ticks t = mProblem.minTime[std::size_t(mWindow[index])];
    bool canJoin = load + t <= bound;
    for (const int p : mInnerPreds[index])
        canJoin = canJoin && mPlacedAt[std::size_t(p)] >= 0;
    // A random branch first: among equally good splits the descent then picks different ones,
    // which is what lets the kicks lead somewhere new.
    const bool joinFirst = (splitMix(mRandom) & 1U) != 0;
    for (int branch = 0; branch < 2; ++branch) {
        const bool join = (branch == 0) == joinFirst;
        if (join && canJoin) {
            mPlacedAt[index] = station;
            const bool found = fillStation(station, width, index + 1, load + t, need, bound);
            mPlacedAt[index] = -1;
            if (found)
                return true;
        } else if (!join) {
            if (fillStation(station, width, index + 1, load, need, bound))
                return true;
        }
        if (mSteps > mStepLimit)
            return false;
    }
    return false;
}

int WindowSearch::earliestStation(int unit) const
{
    int lo = 0;
    for (const int p : mProblem.predecessors[std::size_t(unit)])
        lo = std::max(lo, mStationOf[std::size_t(p)]);
    return lo;
}

int WindowSearch::latestStation(int unit) const
{
    int hi = mStations - 1;
    for (const int q : mProblem.successors[std::size_t(unit)])
        hi = std::min(hi, mStationOf[std::size_t(q)]);
    return hi;
}

void WindowSearch::kick()
{
    // A task leaves a bottleneck station or one of its neighbours (a bottleneck whose tasks
    // cannot move, or whose windows are already optimal, is freed up from the side), mostly
    // for the next station; the descent then rebalances around both stations.
    const Score now = score();
    std::vector<int> bottlenecks;
    for (int s = 0; s < mStations; ++s)
        if (mLoad[std::size_t(s)] == now.largest)
            bottlenecks.push_back(s);
    int from = bottlenecks[splitMix(mRandom) % bottlenecks.size()];
    if (splitMix(mRandom) & 1U)
        from = std::clamp(from + int(splitMix(mRandom) % 5) - 2, 0, mStations - 1);
    std::vector<int> members;
    for (std::size_t u = 0; u < mStationOf.size(); ++u)
        if (mStationOf[u] == from)
            members.push_back(int(u));
    const std::size_t offset = members.empty() ? 0 : splitMix(mRandom) % members.size();
    for (std::size_t k = 0; k < members.size(); ++k) {
        const int u = members[(offset + k) % members.size()];
        const int lo = earliestStation(u);
        const int hi = latestStation(u);
        if (lo == hi)
            continue;
        int to = from;
        if (splitMix(mRandom) % 4 != 0)
            to = from + ((splitMix(mRandom) & 1U) ? 1 : -1);
        if (to < lo || to > hi || to == from) {
            to = lo + int(splitMix(mRandom) % std::uint64_t(hi - lo));
            if (to >= from)
                ++to;
        }
        moveTo(u, to);
        return;
    }
}

void WindowSearch::moveTo(int unit, int station)
{
    const auto u = std::size_t(unit);
    const auto from = std::size_t(mStationOf[u]);
    mLoad[from] -= mProblem.minTime[u];
    mLoad[std::size_t(station)] += mProblem.minTime[u];
    mStationOf[u] = station;
    ++mClock;
    mChangedAt[from] = mClock;
    mChangedAt[std::size_t(station)] = mClock;
}

std::vector<PlacedStation> WindowSearch::best() const
{
    return stationsFromAssignment(mProblem, mBestStationOf, mStations);
}

} // namespace taktflow::core::detail
