// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/engine/multisetpacker.h"

#include "core/balance/engine/searchutil.h"
#include "core/balance/lowerbounds.h"

#include <algorithm>

namespace taktflow::core::detail {

namespace {

// More completions of one bin than this and the problem is left to the cheaper bounds: such
// problems (many small items) are not where exact packing beats Martello-Toth.
constexpr std::size_t kMaxCompletions = 96;
constexpr std::uint16_t kLoadHeader = 0xffff;
constexpr std::int64_t kStopPollSteps = 4096;
// Groups of up to this many items (out of the first kMaxGroupItems of a load) are checked
// for Korf's dominance.
constexpr int kMaxGroupSize = 3;
constexpr std::size_t kMaxGroupItems = 12;
// The part of a hash kept in a slot beside the entry index.
constexpr std::uint64_t kTagMask = 0xffffffff00000000ULL;

} // namespace

void MultisetPacker::reset(std::vector<Ticks> sizesDescending, Ticks capacity)
{
    mSizes = std::move(sizesDescending);
    mCapacity = capacity;
    mKeys.clear();
    mKnown.clear();
    mHashes.clear();
    mSlots.assign(std::size_t(1) << 10, 0);
}

std::size_t MultisetPacker::entryOf(const std::vector<std::uint16_t> &counts)
{
    std::uint64_t hash = 0x243f6a8885a308d3ULL;
    for (const std::uint16_t c : counts)
        hash = (hash ^ c) * 0x100000001b3ULL;
    std::uint64_t state = hash;
    hash = splitMix(state);
    const std::size_t width = counts.size();
    const std::size_t mask = mSlots.size() - 1;
    const std::uint64_t tag = hash & kTagMask;
    std::size_t slot = std::size_t(hash) & mask;
    for (; mSlots[slot] != 0; slot = (slot + 1) & mask) {
        if ((mSlots[slot] & kTagMask) != tag)
            continue;
        const std::size_t e = std::size_t(mSlots[slot] & ~kTagMask) - 1;
        if (std::equal(counts.begin(), counts.end(), mKeys.begin() + std::ptrdiff_t(e * width)))
            return e;
    }
    const std::size_t e = mKnown.size();
    mKeys.insert(mKeys.end(), counts.begin(), counts.end());
    mKnown.push_back({});
    mHashes.push_back(hash);
    mSlots[slot] = tag | std::uint64_t(e + 1);
    if (mKnown.size() * 2 > mSlots.size())
        growSlots();
    return e;
}

void MultisetPacker::growSlots()
{
    mSlots.assign(mSlots.size() * 2, 0);
    const std::size_t mask = mSlots.size() - 1;
    for (std::size_t e = 0; e < mKnown.size(); ++e) {
        std::size_t slot = std::size_t(mHashes[e]) & mask;
        while (mSlots[slot] != 0)
            slot = (slot + 1) & mask;
        mSlots[slot] = (mHashes[e] & kTagMask) | std::uint64_t(e + 1);
    }
}

MultisetPacker::Answer MultisetPacker::fitsIn(const std::vector<std::uint16_t> &counts, int bins,
                                              std::int64_t stepBudget, const std::function<bool()> &shouldStop)
{
    mShouldStop = shouldStop ? &shouldStop : nullptr;
    Q_ASSERT(counts.size() == mSizes.size());
    mSteps = 0;
    mBudget = stepBudget;
    mOut = false;
    std::vector<std::uint16_t> work = counts;
    Ticks sum = 0;
    std::size_t items = 0;
    for (std::size_t i = 0; i < work.size(); ++i) {
        sum += Ticks(work[i]) * mSizes[i];
        items += work[i];
    }
    // One level per bin at most; sized up front so that levels never move while in use.
    if (mLoads.size() < items + 2) {
        mLoads.resize(items + 2);
        mStarts.resize(items + 2);
    }
    return fits(work, bins, Ticks(bins) * mCapacity - sum, 0);
}

int MultisetPacker::lowerBound(const std::vector<std::uint16_t> &counts)
{
    mScratch.clear();
    for (std::size_t i = 0; i < counts.size(); ++i) {
        for (std::uint16_t k = 0; k < counts[i]; ++k)
            mScratch.push_back(mSizes[i]);
    }
    return lowerbounds::martelloTothSorted(mScratch.data(), mScratch.size(), mCapacity);
}

int MultisetPacker::firstFitDecreasing(const std::vector<std::uint16_t> &counts, int stopAbove)
{
    mBins.clear();
    for (std::size_t i = 0; i < counts.size(); ++i)
        for (int k = 0; k < counts[i]; ++k) {
            const Ticks t = mSizes[i];
            auto bin = std::find_if(mBins.begin(), mBins.end(), [&](Ticks load) { return load + t <= mCapacity; });
            if (bin != mBins.end()) {
                *bin += t;
                continue;
            }
            if (int(mBins.size()) == stopAbove)
                return stopAbove + 1;
            mBins.push_back(t);
        }
    return int(mBins.size());
}

bool MultisetPacker::outOfSteps()
{
    // The stop hook is polled now and then: it usually reads a clock.
    if (++mSteps > mBudget)
        return true;
    if (mShouldStop && mSteps % kStopPollSteps == 0 && (*mShouldStop)()) {
        mBudget = mSteps;
        return true;
    }
    return false;
}

MultisetPacker::Answer MultisetPacker::fits(std::vector<std::uint16_t> &counts, int bins, Ticks slack, int depth)
{
    if (slack < 0)
        return Answer::DoesNotFit;
    const int lower = lowerBound(counts);
    if (mScratch.empty())
        return Answer::Fits;
    const std::size_t entry = entryOf(counts);
    Known &known = mKnown[entry];
    if (bins <= known.tooFew || lower > bins) {
        known.tooFew = std::max(known.tooFew, std::max(bins, lower - 1));
        return Answer::DoesNotFit;
    }
    // First fit decreasing costs items x bins: worth it once per question, not at every node.
    if (bins >= known.enough || int(mScratch.size()) <= bins ||
        (depth == 0 && firstFitDecreasing(counts, bins) <= bins)) {
        known.enough = std::min(known.enough, bins);
        return Answer::Fits;
    }
    if (outOfSteps()) {
        mOut = true;
        return Answer::Unknown;
    }
    // Branch on the bin that holds the largest item: it gets every load-maximal completion
    // that wastes no more than the slack, or the single dominant one when at most one more
    // item fits (Martello-Toth reduction).
    const auto first =
        std::size_t(std::find_if(counts.begin(), counts.end(), [](auto c) { return c > 0; }) - counts.begin());
    --counts[first];
    const Ticks room = mCapacity - mSizes[first];
    std::vector<Run> &loads = mLoads[std::size_t(depth)];
    loads.clear();
    std::size_t fitting = counts.size();
    std::size_t smallest = counts.size();
    std::size_t secondSmallest = counts.size();
    for (std::size_t i = first; i < counts.size(); ++i) {
        if (counts[i] == 0)
            continue;
        if (fitting == counts.size() && mSizes[i] <= room)
            fitting = i;
        secondSmallest = counts[i] >= 2 ? i : smallest;
        smallest = i;
    }
    if (fitting == counts.size()) {
        if (room <= slack)
            loads.push_back({kLoadHeader, 0, room});
    } else if (secondSmallest == counts.size() || mSizes[smallest] + mSizes[secondSmallest] > room) {
        if (room - mSizes[fitting] <= slack)
            loads = {{kLoadHeader, 1, room - mSizes[fitting]}, {std::uint16_t(fitting), 1, 0}};
    } else {
        mTaken.clear();
        mCompletionCount = 0;
        completions(counts, first, room, slack, depth);
    }
    if (mOut) {
        ++counts[first];
        return Answer::Unknown;
    }
    // Least waste first: those are the likeliest to lead to a packing.
    std::vector<std::size_t> &starts = mStarts[std::size_t(depth)];
    starts.clear();
    for (std::size_t r = 0; r < loads.size(); r += std::size_t(loads[r].count) + 1)
        starts.push_back(r);
    std::stable_sort(starts.begin(), starts.end(),
                     [&](std::size_t a, std::size_t b) { return loads[a].waste < loads[b].waste; });
    const std::vector<Run> &runs = loads;
    bool unknown = false;
    Answer answer = Answer::DoesNotFit;
    for (const std::size_t r : starts) {
        const std::size_t pairs = runs[r].count;
        for (std::size_t k = 1; k <= pairs; ++k)
            counts[runs[r + k].index] -= runs[r + k].count;
        const Answer below = fits(counts, bins - 1, slack - runs[r].waste, depth + 1);
        for (std::size_t k = 1; k <= pairs; ++k)
            counts[runs[r + k].index] += runs[r + k].count;
        if (below == Answer::Fits) {
            answer = Answer::Fits;
            break;
        }
        if (below == Answer::Unknown) {
            unknown = true;
            if (mSteps >= mBudget)
                break;
        }
    }
    ++counts[first];
    if (answer == Answer::DoesNotFit && unknown)
        answer = Answer::Unknown;
    // `known` may have moved while deeper problems were added.
    Known &after = mKnown[entry];
    if (answer == Answer::Fits)
        after.enough = std::min(after.enough, bins);
    else if (answer == Answer::DoesNotFit)
        after.tooFew = std::max(after.tooFew, bins);
    return answer;
}

bool MultisetPacker::dominated(const std::vector<std::uint16_t> &counts, Ticks room)
{
    // Korf's bin-completion dominance: a load is not needed when a single item left out could
    // replace a group of its items at least as large in total and still fit, because swapping
    // them in any packing keeps it a packing. Groups are tried up to a few items.
    Ticks largestOut = 0;
    for (std::size_t i = 0; i < counts.size(); ++i)
        if (counts[i] > 0) {
            largestOut = mSizes[i];
            break;
        }
    if (largestOut == 0)
        return false;
    mGroup.clear();
    for (const Run &taken : mTaken)
        for (int k = 0; k < taken.count && mGroup.size() < kMaxGroupItems; ++k)
            mGroup.push_back(taken.index);
    return replaceable(counts, 0, 0, 0, largestOut, room);
}

bool MultisetPacker::replaceable(const std::vector<std::uint16_t> &counts, std::size_t from, Ticks sum, int size,
                                 Ticks largestOut, Ticks room)
{
    if (size > 0) {
        // Any left-out item x with sum <= x <= sum + room replaces the group (one equal item
        // replacing one item is no change).
        for (std::size_t i = 0; i < counts.size() && mSizes[i] >= sum; ++i) {
            if (counts[i] == 0 || mSizes[i] > sum + room)
                continue;
            if (size == 1 && mSizes[i] == sum)
                continue;
            return true;
        }
    }
    if (size == kMaxGroupSize)
        return false;
    for (std::size_t k = from; k < mGroup.size(); ++k) {
        // Equal items: only the first of a run starts a group at this position.
        if (k > from && mGroup[k] == mGroup[k - 1])
            continue;
        const Ticks next = sum + mSizes[mGroup[k]];
        if (next > largestOut)
            continue;
        if (replaceable(counts, k + 1, next, size + 1, largestOut, room))
            return true;
    }
    return false;
}

void MultisetPacker::completions(std::vector<std::uint16_t> &counts, std::size_t from, Ticks room, Ticks slack,
                                 int depth)
{
    std::vector<Run> &loads = mLoads[std::size_t(depth)];
    if (mOut)
        return;
    if (outOfSteps()) {
        mOut = true;
        return;
    }
    std::size_t next = from;
    while (next < counts.size() && (counts[next] == 0 || mSizes[next] > room))
        ++next;
    if (next == counts.size()) {
        if (room > slack)
            return;
        // Load-maximal: no remaining item fits the rest of the bin.
        for (std::size_t i = counts.size(); i-- > 0;)
            if (counts[i] > 0 && mSizes[i] <= room)
                return;
        if (dominated(counts, room))
            return;
        if (++mCompletionCount > kMaxCompletions) {
            mOut = true;
            return;
        }
        std::uint16_t pairs = 0;
        for (const Run &taken : mTaken)
            pairs += taken.count > 0 ? 1 : 0;
        loads.push_back({kLoadHeader, pairs, room});
        for (const Run &taken : mTaken)
            if (taken.count > 0)
                loads.push_back(taken);
        return;
    }
    // What all items from `next` on could still add; if even that leaves too much waste, stop.
    Ticks reachable = 0;
    for (std::size_t i = next; i < counts.size() && reachable < room; ++i)
        reachable += Ticks(counts[i]) * mSizes[i];
    if (room - reachable > slack)
        return;
    const int most = int(std::min<Ticks>(counts[next], room / mSizes[next]));
    for (int q = most; q >= 0 && !mOut; --q) {
        counts[next] -= std::uint16_t(q);
        mTaken.push_back({std::uint16_t(next), std::uint16_t(q), 0});
        completions(counts, next + 1, room - Ticks(q) * mSizes[next], slack, depth);
        mTaken.pop_back();
        counts[next] += std::uint16_t(q);
    }
}

} // namespace taktflow::core::detail
