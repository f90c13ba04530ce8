// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/balance/balanceproblem.h"
#include "core/balance/engine/statememo.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace taktflow::core::detail {

/**
 * The nodes of a cyclic best-first search over partial lines: each node is the set of units
 * assigned to its first `level` stations (a bit row of fixed width), the idle time of those
 * stations, the kind of its last station and its parent, so that a solution can be rebuilt
 * station by station. Every level keeps its own queue of open nodes, best (least idle) first.
 *
 * The store also remembers every set it has accepted with the fewest stations it was reached
 * with, and refuses a set already reached with as few stations: that node's subtree is covered.
 * When the byte budget is used up, add() answers Full and the caller must stop relying on the
 * store being complete.
 */
class OpenNodeStore
{
public:
    enum class Added { Open, Seen, Full };

    OpenNodeStore(int unitCount, int words64, std::size_t byteBudget);

    void clear();
    Added add(const std::uint64_t *units, std::uint64_t hash, int level, Ticks idle, int kind, int parent);
    /** Removes and returns the best open node of a level, or -1 when that queue is empty. */
    int takeBest(int level);
    /** Puts a node taken by takeBest back (its expansion was interrupted). */
    void reopen(int node);
    bool anyOpen() const { return mOpenCount > 0; }
    std::size_t nodeCount() const { return mNodes.size(); }
    std::size_t levelCount() const { return mQueues.size(); }

    const std::uint64_t *units(int node) const { return &mUnits[std::size_t(node) * mWords]; }
    std::uint64_t hash(int node) const { return mNodes[std::size_t(node)].hash; }
    int level(int node) const { return mNodes[std::size_t(node)].level; }
    Ticks idle(int node) const { return mNodes[std::size_t(node)].idle; }
    int kind(int node) const { return mNodes[std::size_t(node)].kind; }
    int parent(int node) const { return mNodes[std::size_t(node)].parent; }

private:
    struct Node {
        std::uint64_t hash = 0;
        Ticks idle = 0;
        std::int32_t parent = -1;
        std::int32_t level = 0;
        std::int32_t kind = 0;
        std::int32_t unitsLeft = 0;
    };
    // Heap entry: least idle first; among equals the one with the most units left (large
    // units placed early keep the small ones as fillers for the last, tightest stations), then
    // the node made last (closest to a depth-first dive).
    struct Open {
        Ticks idle;
        std::int32_t unitsLeft;
        std::int32_t node;
        bool operator<(const Open &other) const
        {
            if (idle != other.idle)
                return idle > other.idle;
            if (unitsLeft != other.unitsLeft)
                return unitsLeft < other.unitsLeft;
            return node < other.node;
        }
    };
    void push(int node);
    std::size_t bytesUsed() const;

    std::size_t mWords;
    int mUnitCount;
    std::size_t mByteBudget;
    std::vector<Node> mNodes;
    std::vector<std::uint64_t> mUnits;
    // Every set accepted, with the fewest stations it was reached with.
    StateMemo mSeen;
    std::vector<std::vector<Open>> mQueues;
    std::size_t mOpenCount = 0;
};

} // namespace taktflow::core::detail
