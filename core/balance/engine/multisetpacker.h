// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/balance/binpacking.h"

#include <functional>
#include <vector>

namespace taktflow::core::detail {

/**
 * Exact bin packing on multisets of item sizes, with memory: the fewest bins of a capacity
 * that hold the items, ignoring precedence. Used as a lower bound at the nodes of the station
 * search (after Sewell & Jacobson's BB&R): the tasks still to be assigned need at least that
 * many more stations.
 *
 * A problem is a count per distinct size, so two sets of tasks with the same times are one
 * problem, and solved problems are remembered for the whole run at one capacity. The search
 * fills one bin at a time with the largest item plus a load-maximal completion (bin
 * completion), bounded below by the Martello-Toth bound and above by first fit decreasing.
 * Problems whose search runs over its step budget keep their lower bound and are not retried.
 */
class MultisetPacker
{
public:
    /** Distinct positive sizes, largest first; counts passed later refer to this order. */
    void reset(std::vector<Ticks> sizesDescending, Ticks capacity);

    using Answer = lowerbounds::PackingAnswer;

    /**
     * Do counts[i] items of size i (each <= capacity) fit into `bins` bins? Unknown when the
     * step budget runs out first.
     */
    Answer fitsIn(const std::vector<std::uint16_t> &counts, int bins, std::int64_t stepBudget,
                  const std::function<bool()> &shouldStop = {});

    /** Steps the last fitsIn() took (search nodes and completion steps). */
    std::int64_t lastSteps() const { return mSteps; }
    /** Remembered problems; the caller may reset() when this grows too large. */
    std::size_t memorySize() const { return mKnown.size(); }

private:
    /** What is known about one multiset: it does not fit up to `tooFew` bins, fits in `enough`. */
    struct Known {
        int tooFew = 0;
        int enough = 1 << 30;
    };
    bool outOfSteps();
    Answer fits(std::vector<std::uint16_t> &counts, int bins, Ticks slack, int depth);
    int lowerBound(const std::vector<std::uint16_t> &counts);
    int firstFitDecreasing(const std::vector<std::uint16_t> &counts, int stopAbove);
    void completions(std::vector<std::uint16_t> &counts, std::size_t from, Ticks room, Ticks slack, int depth);
    bool dominated(const std::vector<std::uint16_t> &counts, Ticks room);
    bool replaceable(const std::vector<std::uint16_t> &counts, std::size_t from, Ticks sum, int size, Ticks largestOut,
                     Ticks room);
    /** Index of the multiset's entry in mKnown, added if new. */
    std::size_t entryOf(const std::vector<std::uint16_t> &counts);
    void growSlots();

    std::vector<Ticks> mSizes;
    Ticks mCapacity = 0;
    // Remembered multisets: keys of mSizes.size() counts each, back to back, an open-addressing
    // index (entry + 1, 0 = empty) and the hash of each entry for re-indexing.
    std::vector<std::uint16_t> mKeys;
    std::vector<Known> mKnown;
    std::vector<std::uint64_t> mHashes;
    // Entry index + 1 in the low half (0 = empty), the high half of its hash in the high half.
    std::vector<std::uint64_t> mSlots;
    // Per depth: the completions found, as runs of a header (kLoadHeader, pairs, waste)
    // followed by (size index, count) pairs.
    struct Run {
        std::uint16_t index = 0;
        std::uint16_t count = 0;
        Ticks waste = 0;
    };
    std::vector<std::vector<Run>> mLoads;
    std::vector<std::vector<std::size_t>> mStarts;
    std::vector<Run> mTaken;
    std::vector<std::uint16_t> mGroup;
    std::vector<Ticks> mScratch;
    std::vector<Ticks> mBins;
    std::size_t mCompletionCount = 0;
    std::int64_t mSteps = 0;
    std::int64_t mBudget = 0;
    bool mOut = false;
    const std::function<bool()> *mShouldStop = nullptr;
};

} // namespace taktflow::core::detail
