// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/engine/statememo.h"

#include <algorithm>
#include <cstring>

namespace taktflow::core::detail {

namespace {

std::uint64_t slotValue(std::uint64_t hash, std::size_t entry)
{
    return (hash & 0xffffffff00000000ULL) | std::uint64_t(entry + 1);
}

std::size_t entryOfSlot(std::uint64_t slot)
{
    return std::size_t(slot & 0xffffffffULL) - 1;
}

} // namespace

StateMemo::StateMemo(int words64, std::size_t byteBudget)
    : mWords(std::size_t(words64))
{
    // Per entry: the key, hash, station count and about two 8-byte slots.
    const std::size_t perEntry = mWords * 8 + 8 + 4 + 16;
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
    const std::uint64_t tag = hash & 0xffffffff00000000ULL;
    for (std::size_t slot = std::size_t(hash) & mask;; slot = (slot + 1) & mask) {
        const std::uint64_t value = mSlots[slot];
        if (value == 0)
            return slot;
        if ((value & 0xffffffff00000000ULL) != tag)
            continue;
        const std::size_t e = entryOfSlot(value);
        if (std::memcmp(&mKeys[e * mWords], key, mWords * 8) == 0)
            return slot;
    }
}

int StateMemo::find(const std::uint64_t *key, std::uint64_t hash) const
{
    const std::uint64_t value = mSlots[slotOf(key, hash)];
    return value == 0 ? -1 : mStations[entryOfSlot(value)];
}

void StateMemo::store(const std::uint64_t *key, std::uint64_t hash, int stations)
{
    const std::size_t slot = slotOf(key, hash);
    if (const std::uint64_t value = mSlots[slot]; value != 0) {
        std::int32_t &known = mStations[entryOfSlot(value)];
        known = std::min(known, stations);
        return;
    }
    if (mCount >= mMaxEntries)
        return;
    mHashes.push_back(hash);
    mStations.push_back(stations);
    mKeys.insert(mKeys.end(), key, key + mWords);
    mSlots[slot] = slotValue(hash, mCount++);
    if (mCount * 2 > mSlots.size())
        grow();
}

void StateMemo::grow()
{
    mSlots.assign(mSlots.size() * 2, 0);
    const std::size_t mask = mSlots.size() - 1;
    for (std::size_t e = 0; e < mCount; ++e) {
        std::size_t slot = std::size_t(mHashes[e]) & mask;
        while (mSlots[slot] != 0)
            slot = (slot + 1) & mask;
        mSlots[slot] = slotValue(mHashes[e], e);
    }
}

} // namespace taktflow::core::detail
