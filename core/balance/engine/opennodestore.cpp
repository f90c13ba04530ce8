// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/engine/opennodestore.h"

#include <algorithm>

namespace taktflow::core::detail {

OpenNodeStore::OpenNodeStore(int unitCount, int words64, std::size_t byteBudget)
    : mWords(std::size_t(words64))
    , mUnitCount(unitCount)
    , mByteBudget(byteBudget / 2)
    , mSeen(words64, byteBudget / 2)
{
}

void OpenNodeStore::clear()
{
    // Give the memory back: a search question may leave a large store behind.
    std::vector<Node>().swap(mNodes);
    std::vector<std::uint64_t>().swap(mUnits);
    std::vector<std::vector<Open>>().swap(mQueues);
    mSeen.clear();
    mOpenCount = 0;
}

std::size_t OpenNodeStore::bytesUsed() const
{
    // Nodes, their sets and (at most) one queue entry each.
    return mNodes.size() * (sizeof(Node) + mWords * 8 + sizeof(Open));
}

OpenNodeStore::Added OpenNodeStore::add(const std::uint64_t *units, std::uint64_t hash, int level, Ticks idle,
                                        int kind, int parent)
{
    const int seen = mSeen.find(units, hash);
    if (seen >= 0 && seen <= level)
        return Added::Seen;
    if (bytesUsed() >= mByteBudget || mNodes.size() >= 0x7fffffffU)
        return Added::Full;
    int unitsLeft = mUnitCount;
    for (std::size_t w = 0; w < mWords; ++w)
        unitsLeft -= __builtin_popcountll(units[w]);
    const int node = int(mNodes.size());
    mNodes.push_back({hash, idle, parent, level, kind, unitsLeft});
    mUnits.insert(mUnits.end(), units, units + mWords);
    // A set reached again with fewer stations is recorded with them; the older node stays in
    // its queue and is skipped when it comes up. (A full memory of seen sets only lets some
    // sets be expanded twice.)
    mSeen.store(units, hash, level);
    push(node);
    return Added::Open;
}

void OpenNodeStore::push(int node)
{
    const auto level = std::size_t(mNodes[std::size_t(node)].level);
    if (mQueues.size() <= level)
        mQueues.resize(level + 1);
    std::vector<Open> &queue = mQueues[level];
    queue.push_back({mNodes[std::size_t(node)].idle, mNodes[std::size_t(node)].unitsLeft, node});
    std::push_heap(queue.begin(), queue.end());
    ++mOpenCount;
}

void OpenNodeStore::reopen(int node)
{
    push(node);
}

int OpenNodeStore::takeBest(int level)
{
    if (std::size_t(level) >= mQueues.size())
        return -1;
    std::vector<Open> &queue = mQueues[std::size_t(level)];
    while (!queue.empty()) {
        std::pop_heap(queue.begin(), queue.end());
        const int node = queue.back().node;
        queue.pop_back();
        --mOpenCount;
        // Skip nodes whose set was reached again with fewer stations.
        const int seen = mSeen.find(units(node), hash(node));
        if (seen < 0 || seen >= level)
            return node;
    }
    return -1;
}

} // namespace taktflow::core::detail
