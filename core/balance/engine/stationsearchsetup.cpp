// SPDX-License-Identifier: GPL-3.0-or-later
// Setting up a StationSearch: the search order, dominance lists and the per-question bounds.
#include "core/balance/engine/stationsearch.h"

#include "core/balance/engine/searchutil.h"
#include "core/balance/lowerbounds.h"

#include <algorithm>
#include <functional>
#include <queue>

namespace taktflow::core::detail {

namespace {

// Above this size the per-unit packing bounds cost more than they save.
constexpr int kPackingBoundUnits = 1200;
// The quadratic set-up loops ask whether to stop after this many rows (well under a millisecond).
constexpr std::size_t kRowsPerPoll = 32;

} // namespace

StationSearch::StationSearch(const PreparedProblem &problem, std::size_t memoBytes,
                             const std::function<bool()> &shouldStop)
    : mProblem(problem)
    , mN(problem.unitCount)
    , mKinds(problem.kindCount)
    , mPlain(problem.plain)
    , mMemo(problem.words64, memoBytes)
    , mOpen(problem.unitCount, problem.words64, memoBytes / 2)
{
    // Number the units in a topological order that prefers large positional weights, so that
    // the first loads tried resemble a good priority-rule solution.
    std::vector<int> indegree(static_cast<std::size_t>(mN));
    using Entry = std::pair<Ticks, int>;
    std::priority_queue<Entry> ready;
    for (int v = 0; v < mN; ++v) {
        indegree[std::size_t(v)] = int(problem.predecessors[std::size_t(v)].size());
        if (indegree[std::size_t(v)] == 0)
            ready.emplace(problem.minTime[std::size_t(v)] + problem.followerTime[std::size_t(v)], -v);
    }
    std::vector<int> indexOf(static_cast<std::size_t>(mN));
    while (!ready.empty()) {
        const int v = -ready.top().second;
        ready.pop();
        indexOf[std::size_t(v)] = int(mUnitOf.size());
        mUnitOf.push_back(v);
        for (const int s : problem.successors[std::size_t(v)])
            if (--indegree[std::size_t(s)] == 0)
                ready.emplace(problem.minTime[std::size_t(s)] + problem.followerTime[std::size_t(s)], -s);
    }
    const auto n = std::size_t(mN);
    mTime.assign(std::size_t(mKinds), std::vector<Ticks>(n));
    mMin.resize(n);
    mPredTime.resize(n);
    mFollowTime.resize(n);
    mPreds.resize(n);
    mSuccs.resize(n);
    mConflicts.resize(n);
    mFixed.resize(n);
    mZobrist.resize(n);
    std::uint64_t seed = 0x5eed;
    for (std::size_t i = 0; i < n; ++i) {
        const auto v = std::size_t(mUnitOf[i]);
        for (int k = 0; k < mKinds; ++k)
            mTime[std::size_t(k)][i] = problem.time[std::size_t(k)][v];
        mMin[i] = problem.minTime[v];
        mPredTime[i] = problem.predecessorTime[v];
        mFollowTime[i] = problem.followerTime[v];
        for (const int p : problem.predecessors[v])
            mPreds[i].push_back(indexOf[std::size_t(p)]);
        for (const int s : problem.successors[v])
            mSuccs[i].push_back(indexOf[std::size_t(s)]);
        for (const int c : problem.conflicts[v])
            mConflicts[i].push_back(indexOf[std::size_t(c)]);
        mFixed[i] = problem.fixedStation[v];
        mZobrist[i] = splitMix(seed);
    }
    mHasFixed = std::any_of(mFixed.begin(), mFixed.end(), [](int f) { return f >= 0; });
    // Per-depth scratch is sized once: nodes hold references into it while deeper nodes run.
    const std::size_t depths = n + std::size_t(std::max(0, *std::max_element(mFixed.begin(), mFixed.end()))) + 2;
    mCandidates.resize(depths);
    mSuffix.resize(depths);
    mMustFlags.resize(depths);
    mLoads.resize(depths);
    mBySize.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        mBySize[i] = int(i);
    std::stable_sort(mBySize.begin(), mBySize.end(),
                     [&](int a, int b) { return mMin[std::size_t(a)] > mMin[std::size_t(b)]; });
    // Size classes for the node packing bound: equal times are interchangeable there.
    for (const Ticks t : mMin)
        if (t > 0)
            mDistinctSizes.push_back(t);
    std::sort(mDistinctSizes.begin(), mDistinctSizes.end(), std::greater<>());
    mDistinctSizes.erase(std::unique(mDistinctSizes.begin(), mDistinctSizes.end()), mDistinctSizes.end());
    mSizeIndex.assign(n, -1);
    for (std::size_t i = 0; i < n; ++i)
        if (mMin[i] > 0)
            mSizeIndex[i] =
                int(std::lower_bound(mDistinctSizes.begin(), mDistinctSizes.end(), mMin[i], std::greater<>()) -
                    mDistinctSizes.begin());
    mSizeCounts.assign(mDistinctSizes.size(), 0);
    mEarliest.resize(n);
    mLatest.resize(n);
    mMissing.resize(n);
    mConflictCount.resize(n);
    mMark.assign(n, 0);
    mMust.assign(n, 0);
    mTmpMissing.resize(n);
    mDead.assign(n, 0);
    mPosition.assign(n, 0);
    mReach.resize(n);
    mDominators.resize(n);
    mPredTimes.assign(n, {});
    mFollowTimes.assign(n, {});
    mSetUp = buildDominators(shouldStop) && collectRelativeTimes(shouldStop);
}

bool StationSearch::buildDominators(const std::function<bool()> &shouldStop)
{
    const auto n = std::size_t(mN);
    // Jackson dominance: d dominates i when d has at least i's followers and at least its time;
    // a load holding i but leaving out an available d that would fit instead is never needed.
    if (mPlain) {
        const auto w = std::size_t(mProblem.words64);
        for (std::size_t i = 0; i < n; ++i) {
            if (i % kRowsPerPoll == 0 && shouldStop && shouldStop())
                return false;
            const auto vi = std::size_t(mUnitOf[i]);
            const std::uint64_t *fi = &mProblem.followerBits[vi * w];
            for (std::size_t d = 0; d < n; ++d) {
                const auto vd = std::size_t(mUnitOf[d]);
                if (d == i || mMin[d] < mMin[i] || mProblem.followerCount[vd] < mProblem.followerCount[vi])
                    continue;
                if (mProblem.follows(int(vd), int(vi)) || mProblem.follows(int(vi), int(vd)))
                    continue;
                const std::uint64_t *fd = &mProblem.followerBits[vd * w];
                bool superset = true;
                for (std::size_t k = 0; k < w && superset; ++k)
                    superset = (fi[k] & ~fd[k]) == 0;
                if (!superset)
                    continue;
                const bool same = mMin[d] == mMin[i] && mProblem.followerCount[vd] == mProblem.followerCount[vi];
                if (same && d > i)
                    continue;
                mDominators[i].push_back(int(d));
            }
            std::sort(mDominators[i].begin(), mDominators[i].end(),
                      [&](int a, int b) { return mMin[std::size_t(a)] < mMin[std::size_t(b)]; });
        }
    }
    return true;
}

bool StationSearch::collectRelativeTimes(const std::function<bool()> &shouldStop)
{
    const auto n = std::size_t(mN);
    // Times of all predecessors and followers of each unit, longest first, for the
    // bin-packing bounds on earliest and latest stations.
    if (mN <= kPackingBoundUnits) {
        for (std::size_t i = 0; i < n; ++i) {
            if (i % kRowsPerPoll == 0 && shouldStop && shouldStop())
                return false;
            for (std::size_t j = 0; j < n; ++j)
                if (mProblem.follows(mUnitOf[j], mUnitOf[i])) {
                    mPredTimes[i].push_back(mMin[j]);
                    mFollowTimes[j].push_back(mMin[i]);
                }
        }
        for (std::size_t i = 0; i < n; ++i) {
            std::sort(mPredTimes[i].begin(), mPredTimes[i].end(), std::greater<>());
            std::sort(mFollowTimes[i].begin(), mFollowTimes[i].end(), std::greater<>());
        }
    }
    return true;
}

int StationSearch::packingBound(const std::vector<Ticks> &others, Ticks own, Ticks cycle)
{
    // The unit and all its predecessors (or followers) fill whole stations up to the unit's.
    if (others.empty() || others.front() > cycle)
        return 1;
    mSorted.clear();
    bool inserted = false;
    for (const Ticks t : others) {
        if (!inserted && own >= t) {
            mSorted.push_back(own);
            inserted = true;
        }
        mSorted.push_back(t);
    }
    if (!inserted)
        mSorted.push_back(own);
    return lowerbounds::martelloTothSorted(mSorted.data(), mSorted.size(), cycle);
}

bool StationSearch::setUpBounds()
{
    const Ticks c = mCycle;
    mUrgent.clear();
    for (std::size_t i = 0; i < std::size_t(mN); ++i) {
        Ticks earliest = 0;
        Ticks latest = 0;
        if (mMin[i] <= c) {
            earliest = std::max<Ticks>(ceilDiv(mMin[i] + mPredTime[i], c), packingBound(mPredTimes[i], mMin[i], c));
            latest = mTarget + 1 -
                     std::max<Ticks>(ceilDiv(mMin[i] + mFollowTime[i], c), packingBound(mFollowTimes[i], mMin[i], c));
        } else {
            if (!mProblem.allowParallel)
                return false;
            const int r = PreparedProblem::replicasFor(mMin[i], c);
            earliest = ceilDiv(mPredTime[i], c) + 1;
            latest = mTarget + 1 - r - ceilDiv(mFollowTime[i], c);
        }
        if (mFixed[i] >= 0) {
            earliest = std::max<Ticks>(earliest, mFixed[i] + 1);
            latest = std::min<Ticks>(latest, mFixed[i] + 1);
        }
        if (earliest > latest)
            return false;
        mEarliest[i] = int(earliest);
        mLatest[i] = int(latest);
        mUrgent.push_back(int(i));
    }
    std::sort(mUrgent.begin(), mUrgent.end(),
              [&](int a, int b) { return mLatest[std::size_t(a)] < mLatest[std::size_t(b)]; });
    return true;
}

} // namespace taktflow::core::detail
