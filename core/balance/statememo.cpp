// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/statememo.h"

#include <algorithm>
#include <cstring>

namespace taktflow::core::detail {

StateMemo::StateMemo(int words64, std::size_t byteBudget)
    : mWords(std::size_t(words64))
{
    // Per entry: the key, hash, station count and about two slots.
    const std::size_t perEntry = mWords * 8 + 8 + 4 + 8;
    mMaxEntries = std::min<std::size_t>(byteBudget / perEntry, 0x7fffffff);
    mSlots.assign(1 << 12, 0);
}

void StateMemo::clear()
{
    mCount = 0;
    mSlots.assign(1 << 12, 0);
    mHashes.clear();
    mStations.clear();
    mKeys.clear();
}

std::size_t StateMemo::slotOf(const std::uint64_t *key, std::uint64_t hash) const
{
    const std::size_t mask = mSlots.size() - 1;
    for (std::size_t slot = std::size_t(hash) & mask;; slot = (slot + 1) & mask) {
        const std::uint32_t entry = mSlots[slot];
        if (entry == 0)
            return slot;
        const std::size_t e = entry - 1;
        if (mHashes[e] == hash && std::memcmp(&mKeys[e * mWords], key, mWords * 8) == 0)
            return slot;
    }
}

int StateMemo::find(const std::uint64_t *key, std::uint64_t hash) const
{
    const std::uint32_t entry = mSlots[slotOf(key, hash)];
    return entry == 0 ? -1 : mStations[entry - 1];
}

void StateMemo::store(const std::uint64_t *key, std::uint64_t hash, int stations)
{
    const std::size_t slot = slotOf(key, hash);
    if (const std::uint32_t entry = mSlots[slot]; entry != 0) {
        mStations[entry - 1] = std::min(mStations[entry - 1], stations);
        return;
    }
    if (mCount >= mMaxEntries)
        return;
    mHashes.push_back(hash);
    mStations.push_back(stations);
    mKeys.insert(mKeys.end(), key, key + mWords);
    mSlots[slot] = std::uint32_t(++mCount);
    if (mCount * 2 > mSlots.size())
        grow();
}

void StateMemo::grow()
{
    std::vector<std::uint32_t> old(mSlots.size() * 2, 0);
    old.swap(mSlots);
    const std::size_t mask = mSlots.size() - 1;
    for (std::size_t e = 0; e < mCount; ++e) {
        std::size_t slot = std::size_t(mHashes[e]) & mask;
        while (mSlots[slot] != 0)
            slot = (slot + 1) & mask;
        mSlots[slot] = std::uint32_t(e + 1);
    }
}

} // namespace taktflow::core::detail
