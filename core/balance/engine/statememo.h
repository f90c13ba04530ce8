// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace taktflow::core::detail {

/**
 * Memory of search states for branch, bound and remember: a set of assigned tasks (a bit row
 * of fixed width) mapped to the fewest stations with which it was reached. Keys are stored in
 * full, so a hash collision never prunes a state wrongly. When the byte budget is used up new
 * states are no longer stored; the search stays correct, only slower.
 */
class StateMemo
{
public:
    StateMemo(int words64, std::size_t byteBudget);

    /** Stations recorded for the key, or -1. */
    int find(const std::uint64_t *key, std::uint64_t hash) const;
    /** Records the key with stations if absent or if stations is smaller. */
    void store(const std::uint64_t *key, std::uint64_t hash, int stations);
    void clear();
    std::size_t size() const { return mCount; }

private:
    std::size_t slotOf(const std::uint64_t *key, std::uint64_t hash) const;
    void grow();

    std::size_t mWords;
    std::size_t mMaxEntries;
    std::size_t mCount = 0;
    // Open addressing; a slot holds entry index + 1 in its low half (0 = empty) and the high
    // half of the entry's hash in its high half, so that most mismatches are rejected without
    // touching the entry's arrays (a cache miss each).
    std::vector<std::uint64_t> mSlots;
    std::vector<std::uint64_t> mHashes;
    std::vector<std::int32_t> mStations;
    std::vector<std::uint64_t> mKeys;
};

} // namespace taktflow::core::detail
