// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cassert>
#include <cstddef>
#include <vector>

namespace taktflow::core::simulation {

/** A FIFO on a power-of-two ring that only grows when full: memory follows the largest queue
 *  seen (the work in process), not the number of parts that ever passed. */
template<typename T>
class RingQueue
{
public:
    bool empty() const { return mSize == 0; }
    std::size_t size() const { return mSize; }
    const T &front() const { return mRing[mHead]; }
    /** The i-th element from the front. */
    const T &at(std::size_t i) const { return mRing[(mHead + i) & (mRing.size() - 1)]; }

    void push(const T &value)
    {
        if (mSize == mRing.size())
            grow();
        mRing[(mHead + mSize) & (mRing.size() - 1)] = value;
        ++mSize;
    }

    T pop()
    {
        assert(mSize > 0);
        const T value = mRing[mHead];
        mHead = (mHead + 1) & (mRing.size() - 1);
        --mSize;
        return value;
    }

private:
    void grow()
    {
        std::vector<T> bigger(mRing.empty() ? 8 : 2 * mRing.size());
        for (std::size_t i = 0; i < mSize; ++i)
            bigger[i] = at(i);
        mRing.swap(bigger);
        mHead = 0;
    }

    std::vector<T> mRing;
    std::size_t mHead = 0;
    std::size_t mSize = 0;
};

} // namespace taktflow::core::simulation
