// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/engine/stationsearch.h"

#include "core/balance/engine/searchutil.h"
#include "core/balance/lowerbounds.h"

#include <QtGlobal>

#include <algorithm>
#include <optional>

namespace taktflow::core::detail {

struct StationSearch::NodeContext {
    int used = 0;
    Ticks idle = 0;
    int depth = 0;
    int kind = 0;
    // Collect loads for sorting instead of descending at once.
    bool collect = false;
    // Where this node's load starts in mLoad (the loads of all open stations are stacked).
    std::size_t loadBase = 0;
    // Smallest sum of minimum times a load may have without exceeding the idle budget.
    Ticks minLoad = 0;
};

namespace {

constexpr std::int64_t kPollSteps = 512;
constexpr std::size_t kMaxCollected = 8192;
// A best-first expansion queues the loads of a node; above this many it keeps only these.
// Collecting all of a crowded node's loads (tens of thousands on 300-task lines with a cycle
// of 6-7 tasks) costs about a million steps, and only the least idle children are ever
// expanded: a cap of 4,096 found the most Scholl lines (1,024-16,384 tried).
constexpr std::size_t kMaxExpandLoads = 4096;
// Steps of one exact packing question at a node, and the memory for settled packing problems.
constexpr std::int64_t kNodePackingSteps = 2000;
// The packing bound may use kPackStepShare packing steps per search step (plus a start-up
// allowance) and is switched off after kPackTrialCalls calls that pruned less than one in
// kPackMinPruneShare.
constexpr std::int64_t kPackStepShare = 4;
constexpr std::int64_t kPackFreeSteps = 200000;
constexpr std::int64_t kPackTrialCalls = 256;
constexpr std::int64_t kPackMinPruneShare = 20;
constexpr std::size_t kMaxPackerBytes = std::size_t(64) << 20;

} // namespace

ProbeOutcome StationSearch::probe(Ticks cycle, int stations, std::int64_t stepBudget,
                                  const std::function<bool()> &shouldStop)
{
    if (!mSetUp)
        return ProbeOutcome::Aborted;
    if (!askQuestion(cycle, stations))
        return ProbeOutcome::Infeasible;
    mAssigned.assign(std::size_t(mProblem.words64), 0);
    mHash = 0;
    mAssignedCount = 0;
    for (std::size_t i = 0; i < std::size_t(mN); ++i) {
        mMissing[i] = int(mPreds[i].size());
        mConflictCount[i] = 0;
    }
    mLoad.clear();
    mPath.clear();
    mSteps = 0;
    ++mRestart;
    mBudget = stepBudget;
    mAborted = false;
    mShouldStop = &shouldStop;
    const bool found = node(0, 0, 0);
    mTotalSteps += mSteps;
    if (found)
        return ProbeOutcome::Found;
    return mAborted ? ProbeOutcome::Aborted : ProbeOutcome::Infeasible;
}

bool StationSearch::askQuestion(Ticks cycle, int stations)
{
    if (cycle != mCycle || stations != mTarget) {
        mRestart = 0;
        mPackCalls = 0;
        mPackPrunes = 0;
    }
    mCycle = cycle;
    mTarget = stations;
    mSlack = Ticks(stations) * cycle - mProblem.totalMinTime;
    if (mSlack < 0 || !setUpBounds())
        return false;
    // A state that cannot be completed at some cycle cannot be completed at a shorter one
    // either: the memory survives when the cycle falls (SALBP-2 probing downwards).
    if (mMemoTarget != stations || cycle > mMemoCycle) {
        mMemo.clear();
        mMemoTarget = stations;
    }
    mMemoCycle = cycle;
    return true;
}

bool StationSearch::tick()
{
    ++mSteps;
    if (mSteps % kPollSteps == 0 && ((*mShouldStop)() || (mBudget > 0 && mSteps >= mBudget)))
        mAborted = true;
    return mAborted;
}

void StationSearch::place(int unit)
{
    const auto u = std::size_t(unit);
    mAssigned[u / 64] |= std::uint64_t(1) << (u % 64);
    mHash ^= mZobrist[u];
    ++mAssignedCount;
    for (const int s : mSuccs[u])
        --mMissing[std::size_t(s)];
    for (const int c : mConflicts[u])
        ++mConflictCount[std::size_t(c)];
}

void StationSearch::unplace(int unit)
{
    const auto u = std::size_t(unit);
    mAssigned[u / 64] &= ~(std::uint64_t(1) << (u % 64));
    mHash ^= mZobrist[u];
    --mAssignedCount;
    for (const int s : mSuccs[u])
        ++mMissing[std::size_t(s)];
    for (const int c : mConflicts[u])
        --mConflictCount[std::size_t(c)];
}

bool StationSearch::node(int used, Ticks idle, int depth)
{
    if (mAssignedCount == mN) {
        recordSolution();
        return true;
    }
    if (tick())
        return false;
    Q_ASSERT(std::size_t(depth) < mCandidates.size());
    std::vector<int> &cand = mCandidates[std::size_t(depth)];
    if (used + availableUnits(cand) > mTarget)
        return false;
    if (mTarget - used < mN - mAssignedCount && packingBoundsPrune(used))
        return false;
    addReachableSuccessors(cand);
    const std::optional<int> mustCount = markUrgentUnits(used, depth);
    if (!mustCount)
        return false;

    NodeContext ctx;
    ctx.used = used;
    ctx.idle = idle;
    ctx.depth = depth;
    ctx.loadBase = mLoad.size();
    ctx.minLoad = mCycle - (mSlack - idle);
    if (mProblem.allowParallel) {
        if (const std::optional<bool> decided = tryLongUnits(ctx, *mustCount))
            return *decided;
    }
    if (const std::optional<bool> decided = generateLoads(ctx))
        return *decided;
    if (!ctx.collect || mExpandOnly)
        return false;
    sortLoads(mLoads[std::size_t(depth)]);
    return descendLoads(ctx);
}

void StationSearch::recordSolution()
{
    mSolution.clear();
    std::size_t begin = 0;
    for (const PathMark &mark : mPath) {
        PlacedStation station;
        for (std::size_t k = begin; k < mark.loadEnd; ++k)
            station.units.push_back(mUnitOf[std::size_t(mLoad[k])]);
        station.kind = mark.kind;
        station.replicas = mark.replicas;
        mSolution.push_back(std::move(station));
        begin = mark.loadEnd;
    }
}

int StationSearch::availableUnits(std::vector<int> &cand)
{
    const Ticks c = mCycle;
    cand.clear();
    // One pass over the unassigned units: available ones, and the counting bounds.
    int big = 0;
    int half = 0;
    Ticks sixths = 0;
    for (std::size_t w = 0; w < mAssigned.size(); ++w) {
        std::uint64_t bits = ~mAssigned[w];
        if (w + 1 == mAssigned.size() && mN % 64 != 0)
            bits &= (std::uint64_t(1) << (mN % 64)) - 1;
        for (; bits; bits &= bits - 1) {
            const auto i = w * 64 + std::size_t(__builtin_ctzll(bits));
            const Ticks t = mMin[i];
            if (2 * t > c)
                ++big;
            else if (2 * t == c)
                ++half;
            if (3 * t > 2 * c)
                sixths += 6;
            else if (3 * t == 2 * c)
                sixths += 4;
            else if (3 * t > c)
                sixths += 3;
            else if (3 * t == c)
                sixths += 2;
            if (mMissing[i] == 0)
                cand.push_back(int(i));
        }
    }
    return std::max(big + (half + 1) / 2, int((sixths + 5) / 6));
}

bool StationSearch::packingBoundsPrune(int used)
{
    const Ticks c = mCycle;
    // Martello-Toth on the remaining units; long units (parallel stations) are skipped,
    // which only weakens the bound.
    mSorted.clear();
    for (const int i : mBySize)
        if (!assigned(i) && mMin[std::size_t(i)] <= c)
            mSorted.push_back(mMin[std::size_t(i)]);
    const int packed = lowerbounds::martelloTothSorted(mSorted.data(), mSorted.size(), c);
    if (used + packed > mTarget)
        return true;
    // Exact packing seldom beats Martello-Toth by more than two bins: ask only when that
    // would prune.
    return used + packed + 1 >= mTarget && packingPrunes(c, mTarget - used);
}

void StationSearch::addReachableSuccessors(std::vector<int> &cand)
{
    const Ticks c = mCycle;
    // Units that could join this station: available ones and those whose predecessors could
    // all join too within one cycle.
    ++mEpoch;
    for (const int i : cand) {
        mMark[std::size_t(i)] = mEpoch;
        mReach[std::size_t(i)] = mMin[std::size_t(i)];
    }
    for (std::size_t k = 0; k < cand.size(); ++k) {
        const auto x = std::size_t(cand[k]);
        if (mReach[x] > c)
            continue;
        for (const int sInt : mSuccs[x]) {
            const auto s = std::size_t(sInt);
            if (mMark[s] != mEpoch) {
                mMark[s] = mEpoch;
                mTmpMissing[s] = mMissing[s];
                mReach[s] = 0;
            }
            mReach[s] = std::max(mReach[s], mReach[x]);
            if (--mTmpMissing[s] == 0) {
                mReach[s] += mMin[s];
                if (mReach[s] <= c)
                    cand.push_back(sInt);
            }
        }
    }
    // mMark also flags successors that did not make it; keep a clean membership flag.
    ++mEpoch;
    for (const int i : cand)
        mMark[std::size_t(i)] = mEpoch;
    std::sort(cand.begin(), cand.end());
    for (std::size_t k = 0; k < cand.size(); ++k)
        mPosition[std::size_t(cand[k])] = int(k);
}

std::optional<int> StationSearch::markUrgentUnits(int used, int depth)
{
    const std::vector<int> &cand = mCandidates[std::size_t(depth)];
    // Units whose latest station is this one must be in this station's load.
    ++mMustEpoch;
    int mustCount = 0;
    for (const int i : mUrgent) {
        if (mLatest[std::size_t(i)] > used + 1)
            break;
        if (assigned(i))
            continue;
        if (mLatest[std::size_t(i)] <= used || mMark[std::size_t(i)] != mEpoch)
            return std::nullopt;
        mMust[std::size_t(i)] = mMustEpoch;
        ++mustCount;
    }
    std::vector<char> &must = mMustFlags[std::size_t(depth)];
    must.assign(cand.size(), 0);
    if (mustCount > 0)
        for (std::size_t k = 0; k < cand.size(); ++k)
            must[k] = mMust[std::size_t(cand[k])] == mMustEpoch ? 1 : 0;
    return mustCount;
}

std::optional<bool> StationSearch::tryLongUnits(NodeContext &ctx, int mustCount)
{
    for (const int i : mCandidates[std::size_t(ctx.depth)]) {
        if (mMissing[std::size_t(i)] != 0 ||
            (mustCount > 1 || (mustCount == 1 && mMust[std::size_t(i)] != mMustEpoch)))
            continue;
        for (int kind = 0; kind < mKinds; ++kind) {
            ctx.kind = kind;
            if (tryLongUnit(ctx, i, kind))
                return true;
            if (mAborted)
                return false;
        }
    }
    return std::nullopt;
}

std::optional<bool> StationSearch::generateLoads(NodeContext &ctx)
{
    const Ticks c = mCycle;
    const std::vector<int> &cand = mCandidates[std::size_t(ctx.depth)];
    std::vector<Ticks> &suffix = mSuffix[std::size_t(ctx.depth)];
    LoadList &loads = mLoads[std::size_t(ctx.depth)];
    loads.units.clear();
    loads.entries.clear();
    // First collect the loads so that the tightest ones are tried first; with too many loads
    // fall back to trying them in the order they are generated.
    for (int pass = 0; pass < 2; ++pass) {
        ctx.collect = pass == 0;
        mOverflow = false;
        for (int kind = 0; kind < mKinds && !mOverflow; ++kind) {
            ctx.kind = kind;
            // Suffix sums of what the remaining candidates could still add, for the idle bound.
            suffix.assign(cand.size() + 1, 0);
            const std::vector<Ticks> &times = mTime[std::size_t(kind)];
            for (std::size_t k = cand.size(); k-- > 0;) {
                const auto x = std::size_t(cand[k]);
                const bool usable = times[x] != kNotAllowed && times[x] <= c && mEarliest[x] <= ctx.used + 1;
                suffix[k] = suffix[k + 1] + (usable ? mMin[x] : 0);
            }
            mPotential = suffix[0];
            if (enumerate(ctx, 0, 0, 0))
                return true;
            if (mAborted)
                return false;
        }
        if (pass == 0 && !mOverflow)
            break;
        // A best-first expansion keeps the loads collected so far and notes the cut.
        if (mExpandOnly) {
            mTruncated = true;
            return false;
        }
        loads.units.clear();
        loads.entries.clear();
    }
    return std::nullopt;
}

void StationSearch::sortLoads(LoadList &loads) const
{
    // Tightest loads first. Ties are broken differently on every restart, so that a resumed
    // probe explores new ground first: every other restart prefers loads of fewer tasks, which
    // keeps small tasks as fillers for later stations (decisive when the idle budget is tiny).
    for (LoadEntry &entry : loads.entries) {
        std::uint64_t state = mHash ^ (std::uint64_t(entry.start) << 32) ^ (mRestart * 0x9e3779b97f4a7c15ULL);
        entry.tieBreak = splitMix(state);
    }
    const bool fewerFirst = mRestart % 2 == 1;
    std::stable_sort(loads.entries.begin(), loads.entries.end(), [fewerFirst](const LoadEntry &a, const LoadEntry &b) {
        if (a.idle != b.idle)
            return a.idle < b.idle;
        if (fewerFirst && a.count != b.count)
            return a.count < b.count;
        return a.tieBreak < b.tieBreak;
    });
}

bool StationSearch::descendLoads(const NodeContext &ctx)
{
    const auto depth = std::size_t(ctx.depth);
    for (std::size_t e = 0; e < mLoads[depth].entries.size(); ++e) {
        const LoadEntry entry = mLoads[depth].entries[e];
        for (std::size_t k = 0; k < entry.count; ++k) {
            const int x = mLoads[depth].units[entry.start + k];
            place(x);
            mLoad.push_back(x);
        }
        const bool found = descend(ctx, ctx.used + 1, ctx.idle + entry.idle, entry.kind, 1);
        for (std::size_t k = 0; k < entry.count; ++k) {
            unplace(mLoad.back());
            mLoad.pop_back();
        }
        if (found || mAborted)
            return found;
    }
    return false;
}

bool StationSearch::packingPrunes(Ticks cycle, int stationsLeft)
{
    // The exact packing pays on lines whose times are few and large against the cycle and
    // costs more than it saves on lines of many small tasks. Give it a share of the work and
    // switch it off for this question when it seldom prunes.
    if (mPackCalls >= kPackTrialCalls && mPackPrunes * kPackMinPruneShare < mPackCalls)
        return false;
    if (mPackSteps > kPackStepShare * (mTotalSteps + mSteps) + kPackFreeSteps)
        return false;
    const std::size_t bytesPerState = mDistinctSizes.size() * sizeof(std::uint16_t) + 40;
    if (mPackerCycle != cycle || mPacker.memorySize() * bytesPerState > kMaxPackerBytes) {
        mPacker.reset(mDistinctSizes, cycle);
        mPackerCycle = cycle;
    }
    std::fill(mSizeCounts.begin(), mSizeCounts.end(), 0);
    for (std::size_t w = 0; w < mAssigned.size(); ++w) {
        std::uint64_t bits = ~mAssigned[w];
        if (w + 1 == mAssigned.size() && mN % 64 != 0)
            bits &= (std::uint64_t(1) << (mN % 64)) - 1;
        for (; bits; bits &= bits - 1) {
            const auto i = w * 64 + std::size_t(__builtin_ctzll(bits));
            if (mSizeIndex[i] >= 0 && mMin[i] <= cycle)
                ++mSizeCounts[std::size_t(mSizeIndex[i])];
        }
    }
    const bool prunes =
        mPacker.fitsIn(mSizeCounts, stationsLeft, kNodePackingSteps) == MultisetPacker::Answer::DoesNotFit;
    ++mPackCalls;
    mPackPrunes += prunes ? 1 : 0;
    mPackSteps += mPacker.lastSteps();
    return prunes;
}

bool StationSearch::tryLongUnit(const NodeContext &ctx, int unit, int kind)
{
    const auto u = std::size_t(unit);
    const Ticks t = mTime[std::size_t(kind)][u];
    if (t == kNotAllowed || t <= mCycle || mEarliest[u] > ctx.used + 1 || mLatest[u] < ctx.used + 1)
        return false;
    const int r = PreparedProblem::replicasFor(t, mCycle);
    const Ticks idle = Ticks(r) * mCycle - mMin[u];
    if (ctx.used + r > mTarget || ctx.idle + idle > mSlack)
        return false;
    place(unit);
    mLoad.push_back(unit);
    const bool found = descend(ctx, ctx.used + r, ctx.idle + idle, kind, r);
    mLoad.pop_back();
    unplace(unit);
    return found;
}

bool StationSearch::enumerate(const NodeContext &ctx, std::size_t q, Ticks loadTime, Ticks loadMin)
{
    const std::vector<int> &cand = mCandidates[std::size_t(ctx.depth)];
    if (q == cand.size())
        return closeStation(ctx, loadTime, loadMin);
    if (tick())
        return false;
    // mPotential: what the undecided, still reachable candidates could add to this load.
    if (loadMin + mPotential < ctx.minLoad)
        return false;
    const std::vector<Ticks> &suffix = mSuffix[std::size_t(ctx.depth)];
    const int x = cand[q];
    const auto xs = std::size_t(x);
    const Ticks contribution = mDead[xs] == 0 ? suffix[q] - suffix[q + 1] : 0;
    mPotential -= contribution;
    const Ticks t = mTime[std::size_t(ctx.kind)][xs];
    const bool fits = mMissing[xs] == 0 && t != kNotAllowed && loadTime + t <= mCycle && mConflictCount[xs] == 0 &&
                      mEarliest[xs] <= ctx.used + 1;
    bool found = false;
    if (fits) {
        place(x);
        mLoad.push_back(x);
        found = enumerate(ctx, q + 1, loadTime + t, loadMin + mMin[xs]);
        mLoad.pop_back();
        unplace(x);
    }
    if (!found && !mAborted && !mOverflow && !mMustFlags[std::size_t(ctx.depth)][q]) {
        // Leaving x out also rules out everything that needs x in this station.
        const std::size_t logStart = mKillLog.size();
        bool mustLost = false;
        if (ctx.collect)
            mustLost = !killFollowers(ctx, x);
        if (!mustLost)
            found = enumerate(ctx, q + 1, loadTime, loadMin);
        unkill(ctx, logStart);
    }
    mPotential += contribution;
    return found;
}

bool StationSearch::killFollowers(const NodeContext &ctx, int x)
{
    const std::vector<Ticks> &suffix = mSuffix[std::size_t(ctx.depth)];
    const std::vector<char> &must = mMustFlags[std::size_t(ctx.depth)];
    mKillStack.clear();
    mKillStack.push_back(x);
    bool ok = true;
    while (!mKillStack.empty()) {
        const int v = mKillStack.back();
        mKillStack.pop_back();
        for (const int sInt : mSuccs[std::size_t(v)]) {
            const auto su = std::size_t(sInt);
            if (mMark[su] != mEpoch)
                continue;
            mKillLog.push_back(sInt);
            if (mDead[su]++ != 0)
                continue;
            const auto pos = std::size_t(mPosition[su]);
            mPotential -= suffix[pos] - suffix[pos + 1];
            if (must[pos])
                ok = false;
            mKillStack.push_back(sInt);
        }
    }
    return ok;
}

void StationSearch::unkill(const NodeContext &ctx, std::size_t logStart)
{
    const std::vector<Ticks> &suffix = mSuffix[std::size_t(ctx.depth)];
    while (mKillLog.size() > logStart) {
        const auto su = std::size_t(mKillLog.back());
        mKillLog.pop_back();
        if (--mDead[su] == 0) {
            const auto pos = std::size_t(mPosition[su]);
            mPotential += suffix[pos] - suffix[pos + 1];
        }
    }
}

bool StationSearch::closeStation(const NodeContext &ctx, Ticks loadTime, Ticks loadMin)
{
    const Ticks c = mCycle;
    const std::vector<Ticks> &times = mTime[std::size_t(ctx.kind)];
    const Ticks room = c - loadTime;
    // Load-maximal: nothing else available fits.
    for (const int x : mCandidates[std::size_t(ctx.depth)]) {
        const auto xs = std::size_t(x);
        if (!assigned(x) && mMissing[xs] == 0 && times[xs] != kNotAllowed && times[xs] <= room &&
            mConflictCount[xs] == 0 && mEarliest[xs] <= ctx.used + 1)
            return false;
    }
    // An empty station only makes sense to reach a later station a task is fixed to.
    if (mLoad.size() == ctx.loadBase && !mHasFixed)
        return false;
    const Ticks idle = c - loadMin;
    if (ctx.idle + idle > mSlack)
        return false;
    if (mPlain) {
        for (std::size_t k = ctx.loadBase; k < mLoad.size(); ++k) {
            const int x = mLoad[k];
            const Ticks limit = room + mMin[std::size_t(x)];
            for (const int d : mDominators[std::size_t(x)]) {
                if (mMin[std::size_t(d)] > limit)
                    break;
                if (!assigned(d) && mMissing[std::size_t(d)] == 0)
                    return false;
            }
        }
    }
    if (ctx.collect) {
        LoadList &loads = mLoads[std::size_t(ctx.depth)];
        if (loads.entries.size() >= (mExpandOnly ? kMaxExpandLoads : kMaxCollected)) {
            mOverflow = true;
            return false;
        }
        loads.entries.push_back({loads.units.size(), mLoad.size() - ctx.loadBase, ctx.kind, idle, 0});
        loads.units.insert(loads.units.end(), mLoad.begin() + std::ptrdiff_t(ctx.loadBase), mLoad.end());
        return false;
    }
    const Ticks potential = mPotential;
    const bool found = descend(ctx, ctx.used + 1, ctx.idle + idle, ctx.kind, 1);
    mPotential = potential;
    return found;
}

bool StationSearch::descend(const NodeContext &ctx, int usedAfter, Ticks idleAfter, int kind, int replicas)
{
    const int seen = mMemo.find(mAssigned.data(), mHash);
    if (seen >= 0 && seen <= usedAfter)
        return false;
    mPath.push_back({mLoad.size(), kind, replicas});
    // Conflicts only bind within a station: the closed load no longer blocks anybody.
    for (std::size_t k = ctx.loadBase; k < mLoad.size(); ++k)
        for (const int c : mConflicts[std::size_t(mLoad[k])])
            --mConflictCount[std::size_t(c)];
    const bool found = node(usedAfter, idleAfter, ctx.depth + 1);
    for (std::size_t k = ctx.loadBase; k < mLoad.size(); ++k)
        for (const int c : mConflicts[std::size_t(mLoad[k])])
            ++mConflictCount[std::size_t(c)];
    mPath.pop_back();
    if (!found && !mAborted)
        mMemo.store(mAssigned.data(), mHash, usedAfter);
    return found;
}

} // namespace taktflow::core::detail
