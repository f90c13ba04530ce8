// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/balance/engine/multisetpacker.h"
#include "core/balance/engine/opennodestore.h"
#include "core/balance/engine/preparedproblem.h"
#include "core/balance/engine/statememo.h"

#include <functional>
#include <optional>

namespace taktflow::core::detail {

enum class ProbeOutcome { Found, Infeasible, Aborted };

/** A station of a search result, in unit ids of the prepared problem it searched. */
struct PlacedStation {
    std::vector<int> units;
    int kind = 0;
    int replicas = 1;
};

/**
 * Station-oriented branch, bound and remember (after Sewell & Jacobson 2012 and Morrison,
 * Sewell & Jacobson 2014), asked as a yes/no question: do the units fit into a given number
 * of stations at a given cycle time?
 *
 * Each node fills the next station with a load-maximal set of available units. Pruning: the
 * idle time left over (LB1), half-cycle and thirds counts on the remaining units, earliest and
 * latest stations from precedence, Jackson's dominance rule, and a memory of the assigned
 * sets already explored with as few stations. The memory survives repeated probes of the same
 * question, so a probe stopped by its step budget can be resumed cheaply.
 */
class StationSearch
{
public:
    /**
     * The set-up takes about n^2 steps (dominance lists, predecessor times); shouldStop is
     * polled while it runs, and a search whose set-up was stopped answers every probe with
     * Aborted.
     */
    StationSearch(const PreparedProblem &problem, std::size_t memoBytes, const std::function<bool()> &shouldStop);

    /**
     * Searches for an assignment to at most `stations` stations of capacity `cycle`. Stops
     * with Aborted after stepBudget steps or when shouldStop (polled every few thousand
     * steps) returns true.
     */
    ProbeOutcome probe(Ticks cycle, int stations, std::int64_t stepBudget, const std::function<bool()> &shouldStop);

    /**
     * The same question answered by cyclic best-first search (Kao, Sewell & Jacobson 2009):
     * every level (stations filled) keeps a queue of open partial lines, and the search takes
     * the least idle one of each level in turn, so that it reaches full lines early while
     * still covering the whole tree. Children are the loads the depth-first search would try,
     * under the same bounds and dominance rules. The queues survive repeated probes of the
     * same question. A node with more loads than the queues take keeps only the first ones;
     * the search then still finds lines but proves nothing. Answers Aborted at once, for
     * good, when the search does not apply (fixed stations, parallel stations) or gave this
     * question up (store full, or queues empty after a cut); bestFirstGaveUp() tells that
     * apart from a spent budget.
     */
    ProbeOutcome bestFirstProbe(Ticks cycle, int stations, std::int64_t stepBudget,
                                const std::function<bool()> &shouldStop);
    bool bestFirstGaveUp(Ticks cycle, int stations) const;

    /** The assignment of the last Found probe, station 1 first. */
    const std::vector<PlacedStation> &solution() const { return mSolution; }
    std::int64_t totalSteps() const { return mTotalSteps; }

private:
    struct NodeContext;
    enum class Expansion { Expanded, Found, Aborted, GaveUp };
    bool askQuestion(Ticks cycle, int stations);
    bool bestFirstApplies() const;
    void giveUpBestFirst();
    void restoreState(const std::uint64_t *units, std::uint64_t hash);
    Expansion expandOpen(int open);
    void rebuildSolution(int open, const std::vector<int> &lastLoad, int lastKind);
    bool setUpBounds();
    bool buildDominators(const std::function<bool()> &shouldStop);
    bool collectRelativeTimes(const std::function<bool()> &shouldStop);
    int packingBound(const std::vector<Ticks> &others, Ticks own, Ticks cycle);
    bool node(int used, Ticks idle, int depth);
    // The steps of node(), in order. A std::optional<bool> step that holds a value decides
    // the node (true: found, false: pruned or stopped); empty means go on.
    void recordSolution();
    /** Fills cand with the available units and returns the counting bound on the rest. */
    int availableUnits(std::vector<int> &cand);
    bool packingBoundsPrune(int used);
    void addReachableSuccessors(std::vector<int> &cand);
    /** Flags the units this station must take; empty when one of them cannot. */
    std::optional<int> markUrgentUnits(int used, int depth);
    std::optional<bool> tryLongUnits(NodeContext &ctx, int mustCount);
    std::optional<bool> generateLoads(NodeContext &ctx);
    bool packingPrunes(Ticks cycle, int stationsLeft);
    bool enumerate(const NodeContext &ctx, std::size_t q, Ticks loadTime, Ticks loadMin);
    bool killFollowers(const NodeContext &ctx, int x);
    void unkill(const NodeContext &ctx, std::size_t logStart);
    bool closeStation(const NodeContext &ctx, Ticks loadTime, Ticks loadMin);
    bool tryLongUnit(const NodeContext &ctx, int unit, int kind);
    bool descend(const NodeContext &ctx, int usedAfter, Ticks idleAfter, int kind, int replicas);
    void place(int unit);
    void unplace(int unit);
    bool tick();

    bool assigned(int i) const { return (mAssigned[std::size_t(i) / 64] >> (i % 64)) & 1U; }

    const PreparedProblem &mProblem;
    bool mSetUp = false;
    int mN;
    int mKinds;
    bool mPlain;
    bool mHasFixed = false;
    // Everything below is indexed by the search's own topological priority order.
    std::vector<int> mUnitOf;
    std::vector<std::vector<Ticks>> mTime;
    std::vector<Ticks> mMin;
    std::vector<Ticks> mPredTime;
    std::vector<Ticks> mFollowTime;
    std::vector<std::vector<int>> mPreds;
    std::vector<std::vector<int>> mSuccs;
    std::vector<std::vector<int>> mConflicts;
    std::vector<int> mFixed;
    std::vector<std::vector<int>> mDominators;
    std::vector<std::uint64_t> mZobrist;
    std::vector<int> mBySize;
    std::vector<std::vector<Ticks>> mPredTimes;
    std::vector<std::vector<Ticks>> mFollowTimes;
    std::vector<Ticks> mSorted;
    // Exact bin packing of the remaining times (by size class) as a node bound.
    MultisetPacker mPacker;
    std::vector<Ticks> mDistinctSizes;
    std::vector<int> mSizeIndex;
    std::vector<std::uint16_t> mSizeCounts;
    Ticks mPackerCycle = -1;
    std::int64_t mPackCalls = 0;
    std::int64_t mPackPrunes = 0;
    std::int64_t mPackSteps = 0;

    // The question being asked.
    Ticks mCycle = 0;
    int mTarget = 0;
    Ticks mSlack = 0;
    std::vector<int> mEarliest;
    std::vector<int> mLatest;
    std::vector<int> mUrgent;

    // Search state.
    std::vector<std::uint64_t> mAssigned;
    std::uint64_t mHash = 0;
    int mAssignedCount = 0;
    std::vector<int> mMissing;
    std::vector<int> mConflictCount;
    std::vector<int> mLoad;
    struct PathMark {
        std::size_t loadEnd = 0;
        int kind = 0;
        int replicas = 1;
    };
    std::vector<PathMark> mPath;
    std::vector<PlacedStation> mSolution;
    StateMemo mMemo;
    Ticks mMemoCycle = -1;
    int mMemoTarget = -1;

    // Cyclic best-first search: its open nodes, its question and the next level to expand.
    OpenNodeStore mOpen;
    Ticks mOpenCycle = -1;
    int mOpenTarget = -1;
    int mOpenLevel = 0;
    bool mOpenGaveUp = false;
    // Some node's loads were cut short: empty queues no longer prove infeasibility.
    bool mOpenIncomplete = false;
    // node() only collects the loads of its station (a best-first expansion).
    bool mExpandOnly = false;
    // An expansion could not collect every load.
    bool mTruncated = false;
    std::vector<std::uint64_t> mChildUnits;

    // Per-node scratch; the node at a depth owns entry depth.
    std::vector<std::vector<int>> mCandidates;
    std::vector<std::vector<Ticks>> mSuffix;
    std::vector<std::vector<char>> mMustFlags;
    struct LoadEntry {
        std::size_t start = 0;
        std::size_t count = 0;
        int kind = 0;
        Ticks idle = 0;
        std::uint64_t tieBreak = 0;
    };
    struct LoadList {
        std::vector<int> units;
        std::vector<LoadEntry> entries;
    };
    std::vector<LoadList> mLoads;
    // The last steps of node(): the collected loads, tightest first, each tried in turn.
    void sortLoads(LoadList &loads) const;
    bool descendLoads(const NodeContext &ctx);
    bool mOverflow = false;
    std::uint64_t mRestart = 0;
    std::vector<std::uint32_t> mMark;
    std::vector<std::uint32_t> mMust;
    std::vector<int> mTmpMissing;
    std::vector<Ticks> mReach;
    std::vector<int> mDead;
    std::vector<int> mPosition;
    std::vector<int> mKillStack;
    std::vector<int> mKillLog;
    Ticks mPotential = 0;
    std::uint32_t mEpoch = 0;
    std::uint32_t mMustEpoch = 0;

    std::int64_t mSteps = 0;
    std::int64_t mBudget = 0;
    std::int64_t mTotalSteps = 0;
    bool mAborted = false;
    const std::function<bool()> *mShouldStop = nullptr;
};

} // namespace taktflow::core::detail
