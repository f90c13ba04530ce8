// SPDX-License-Identifier: GPL-3.0-or-later
// Cyclic best-first search over the station search's tree (see StationSearch::bestFirstProbe).
#include "core/balance/engine/stationsearch.h"

#include <algorithm>

namespace taktflow::core::detail {

bool StationSearch::bestFirstApplies() const
{
    // Parallel stations add children outside the load enumeration, and fixed stations need
    // empty stations, whose child has its parent's set: the store would refuse it as seen.
    return mSetUp && !mProblem.allowParallel && !mHasFixed;
}

bool StationSearch::bestFirstGaveUp(Ticks cycle, int stations) const
{
    if (!bestFirstApplies())
        return true;
    return mOpenGaveUp && cycle == mOpenCycle && stations == mOpenTarget;
}

ProbeOutcome StationSearch::bestFirstProbe(Ticks cycle, int stations, std::int64_t stepBudget,
                                           const std::function<bool()> &shouldStop)
{
    if (!bestFirstApplies())
        return ProbeOutcome::Aborted;
    if (!askQuestion(cycle, stations))
        return ProbeOutcome::Infeasible;
    if (cycle != mOpenCycle || stations != mOpenTarget) {
        mOpen.clear();
        mOpenCycle = cycle;
        mOpenTarget = stations;
        mOpenLevel = 0;
        mOpenGaveUp = false;
        mOpenIncomplete = false;
        const std::vector<std::uint64_t> nothing(std::size_t(mProblem.words64), 0);
        mOpen.add(nothing.data(), 0, 0, 0, 0, -1);
    }
    if (mOpenGaveUp)
        return ProbeOutcome::Aborted;
    mSteps = 0;
    // An expansion cut short by the budget starts over on the next call: callers grow their
    // budgets (ProbeRunner doubles them), so at most about as much work is lost as is done.
    mBudget = stepBudget;
    mAborted = false;
    mShouldStop = &shouldStop;
    ProbeOutcome outcome = ProbeOutcome::Aborted;
    while (true) {
        if (!mOpen.anyOpen()) {
            // Every node was expanded or refused as covered: no line exists, unless some
            // node's children were cut short.
            if (mOpenIncomplete) {
                giveUpBestFirst();
            } else {
                outcome = ProbeOutcome::Infeasible;
            }
            break;
        }
        // One node per level in turn: the least idle open node of the next level that has one.
        int open = -1;
        const int levels = int(mOpen.levelCount());
        for (int tries = 0; tries < levels && open < 0; ++tries) {
            if (mOpenLevel >= levels)
                mOpenLevel = 0;
            open = mOpen.takeBest(mOpenLevel);
            if (open < 0)
                ++mOpenLevel;
        }
        if (open < 0)
            continue;
        const std::size_t nodesBefore = mOpen.nodeCount();
        const Expansion expansion = expandOpen(open);
        // A node without children (a bound pruned it) does not use up its level's turn.
        if (mOpen.nodeCount() != nodesBefore)
            ++mOpenLevel;
        if (expansion == Expansion::Found) {
            outcome = ProbeOutcome::Found;
            break;
        }
        if (expansion == Expansion::Aborted) {
            mOpen.reopen(open);
            break;
        }
        if (expansion == Expansion::GaveUp) {
            // The store can no longer prove anything.
            giveUpBestFirst();
            break;
        }
    }
    mTotalSteps += mSteps;
    return outcome;
}

void StationSearch::giveUpBestFirst()
{
    // The depth-first searches go on with the question alone; the memory is freed at once.
    mOpenGaveUp = true;
    mOpen.clear();
}

void StationSearch::restoreState(const std::uint64_t *units, std::uint64_t hash)
{
    mAssigned.assign(units, units + mProblem.words64);
    mHash = hash;
    mAssignedCount = 0;
    for (const std::uint64_t word : mAssigned)
        mAssignedCount += __builtin_popcountll(word);
    for (std::size_t i = 0; i < std::size_t(mN); ++i) {
        int missing = 0;
        for (const int p : mPreds[i])
            missing += assigned(p) ? 0 : 1;
        mMissing[i] = missing;
        // Conflicts bind only within the open station, which is empty.
        mConflictCount[i] = 0;
    }
    mLoad.clear();
    mPath.clear();
}

StationSearch::Expansion StationSearch::expandOpen(int open)
{
    const int level = mOpen.level(open);
    restoreState(mOpen.units(open), mOpen.hash(open));
    mTruncated = false;
    // A node pruned by a bound collects nothing: no loads of the last expansion may linger.
    mLoads[0].units.clear();
    mLoads[0].entries.clear();
    mExpandOnly = true;
    node(level, mOpen.idle(open), 0);
    mExpandOnly = false;
    if (mAborted)
        return Expansion::Aborted;
    // A node with too many loads keeps the ones collected: the search can still find a line
    // through them, but no longer prove that none exists.
    if (mTruncated)
        mOpenIncomplete = true;
    // The children: this node's set plus each load, at the next level.
    const LoadList &loads = mLoads[0];
    for (const LoadEntry &entry : loads.entries) {
        mChildUnits = mAssigned;
        std::uint64_t hash = mHash;
        for (std::size_t k = 0; k < entry.count; ++k) {
            const auto x = std::size_t(loads.units[entry.start + k]);
            mChildUnits[x / 64] |= std::uint64_t(1) << (x % 64);
            hash ^= mZobrist[x];
        }
        if (mAssignedCount + int(entry.count) == mN) {
            const std::vector<int> last(loads.units.begin() + std::ptrdiff_t(entry.start),
                                        loads.units.begin() + std::ptrdiff_t(entry.start + entry.count));
            rebuildSolution(open, last, entry.kind);
            return Expansion::Found;
        }
        // Sets the depth-first search proved dead with as few stations need no node.
        const int dead = mMemo.find(mChildUnits.data(), hash);
        if (dead >= 0 && dead <= level + 1)
            continue;
        if (mOpen.add(mChildUnits.data(), hash, level + 1, mOpen.idle(open) + entry.idle, entry.kind, open) ==
            OpenNodeStore::Added::Full)
            return Expansion::GaveUp;
    }
    return Expansion::Expanded;
}

void StationSearch::rebuildSolution(int open, const std::vector<int> &lastLoad, int lastKind)
{
    mSolution.clear();
    PlacedStation last;
    for (const int x : lastLoad)
        last.units.push_back(mUnitOf[std::size_t(x)]);
    last.kind = lastKind;
    mSolution.push_back(std::move(last));
    // Each node's station holds the units its set has and its parent's lacks; ascending
    // search indices keep them in a topological order.
    for (int node = open; mOpen.parent(node) >= 0; node = mOpen.parent(node)) {
        const std::uint64_t *own = mOpen.units(node);
        const std::uint64_t *before = mOpen.units(mOpen.parent(node));
        PlacedStation station;
        for (std::size_t w = 0; w < std::size_t(mProblem.words64); ++w)
            for (std::uint64_t bits = own[w] & ~before[w]; bits; bits &= bits - 1)
                station.units.push_back(mUnitOf[w * 64 + std::size_t(__builtin_ctzll(bits))]);
        station.kind = mOpen.kind(node);
        mSolution.push_back(std::move(station));
    }
    std::reverse(mSolution.begin(), mSolution.end());
}

} // namespace taktflow::core::detail
