// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/binpacking.h"

#include <algorithm>
#include <functional>
#include <numeric>

namespace taktflow::core::lowerbounds {

namespace {

class Packer
{
public:
    Packer(std::vector<Ticks> items, Ticks capacity, int bins, std::int64_t budget)
        : mItems(std::move(items))
        , mCapacity(capacity)
        , mLoads(std::size_t(bins), 0)
        , mBinOf(mItems.size(), 0)
        , mBudget(budget)
    {
        const Ticks sum = std::accumulate(mItems.begin(), mItems.end(), Ticks(0));
        mWasteBudget = Ticks(bins) * capacity - sum;
    }

    PackingAnswer solve()
    {
        if (mWasteBudget < 0)
            return PackingAnswer::DoesNotFit;
        if (!mItems.empty() && mItems.front() > mCapacity)
            return PackingAnswer::DoesNotFit;
        if (place(0, 0))
            return PackingAnswer::Fits;
        return mOut ? PackingAnswer::Unknown : PackingAnswer::DoesNotFit;
    }

private:
    bool place(std::size_t i, Ticks waste)
    {
        if (i == mItems.size())
            return true;
        if (++mSteps > mBudget) {
            mOut = true;
            return false;
        }
        const Ticks t = mItems[i];
        const Ticks smallest = mItems.back();
        // Equal items go to bins in non-decreasing order; bins with equal loads are alike.
        const std::size_t start = i > 0 && mItems[i - 1] == t ? std::size_t(mBinOf[i - 1]) : 0;
        for (std::size_t b = start; b < mLoads.size(); ++b) {
            const Ticks load = mLoads[b];
            if (load + t > mCapacity)
                continue;
            bool seen = false;
            for (std::size_t a = start; a < b && !seen; ++a)
                seen = mLoads[a] == load;
            if (seen)
                continue;
            // A bin that can no longer take even the smallest item wastes its rest.
            const Ticks rest = mCapacity - load - t;
            const Ticks newWaste = waste + (rest < smallest && i + 1 < mItems.size() ? rest : 0);
            if (newWaste > mWasteBudget)
                continue;
            mLoads[b] += t;
            mBinOf[i] = int(b);
            const bool done = place(i + 1, newWaste);
            mLoads[b] -= t;
            if (done)
                return true;
            if (mOut)
                return false;
        }
        return false;
    }

    std::vector<Ticks> mItems;
    Ticks mCapacity;
    std::vector<Ticks> mLoads;
    std::vector<int> mBinOf;
    std::int64_t mBudget;
    std::int64_t mSteps = 0;
    Ticks mWasteBudget = 0;
    bool mOut = false;
};

} // namespace

PackingAnswer fitsInBins(std::vector<Ticks> items, Ticks capacity, int bins, std::int64_t stepBudget)
{
    std::sort(items.begin(), items.end(), std::greater<>());
    while (!items.empty() && items.back() == 0)
        items.pop_back();
    return Packer(std::move(items), capacity, bins, stepBudget).solve();
}

int binPacking(const std::vector<Ticks> &times, Ticks cycle, int from, int upTo, std::int64_t stepBudget)
{
    int bound = from;
    while (bound < upTo && fitsInBins(times, cycle, bound, stepBudget) == PackingAnswer::DoesNotFit)
        ++bound;
    return bound;
}

} // namespace taktflow::core::lowerbounds
