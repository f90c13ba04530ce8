// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/simulation/bottleneck.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace taktflow::core::simulation {

namespace {
constexpr double kInactive = std::numeric_limits<double>::quiet_NaN();
}

ActivePeriodTracker::ActivePeriodTracker(int stations, double windowStartS, double windowEndS)
    : mWindowStartS(windowStartS)
    , mWindowEndS(windowEndS)
    , mOpenStartS(static_cast<std::size_t>(stations), kInactive)
    , mSoleS(static_cast<std::size_t>(stations), 0.0)
    , mShiftingS(static_cast<std::size_t>(stations), 0.0)
{
}

void ActivePeriodTracker::findEarliestOpen()
{
    mEarliestStation = -1;
    for (std::size_t s = 0; s < mOpenStartS.size(); ++s) {
        if (!std::isnan(mOpenStartS[s]) && (mEarliestStation < 0 || mOpenStartS[s] < mEarliestOpenS)) {
            mEarliestStation = static_cast<int>(s);
            mEarliestOpenS = mOpenStartS[s];
        }
    }
}

void ActivePeriodTracker::setActive(int station, bool active, double timeS)
{
    double &open = mOpenStartS[static_cast<std::size_t>(station)];
    if (active) {
        if (std::isnan(open)) {
            open = timeS;
            // Starts never decrease, so a new period is the earliest only when none is open.
            if (mEarliestStation < 0) {
                mEarliestStation = station;
                mEarliestOpenS = timeS;
            }
        }
        return;
    }
    if (std::isnan(open))
        return;
    const Period p{station, open, timeS};
    open = kInactive;
    if (station == mEarliestStation)
        findEarliestOpen();
    const bool dominated = mEarliestStation >= 0 && mEarliestOpenS <= p.startS;
    if (p.length() > 0.0 && !dominated)
        mPending.push_back(p);
    const double until = mEarliestStation >= 0 ? std::min(mEarliestOpenS, timeS) : timeS;
    if (until > mResolvedToS)
        resolveTo(until);
}

void ActivePeriodTracker::finish(double timeS)
{
    for (std::size_t s = 0; s < mOpenStartS.size(); ++s) {
        if (!std::isnan(mOpenStartS[s]) && timeS > mOpenStartS[s])
            mPending.push_back({static_cast<int>(s), mOpenStartS[s], timeS});
        mOpenStartS[s] = kInactive;
    }
    mEarliestStation = -1;
    if (timeS > mResolvedToS)
        resolveTo(timeS);
    if (mHasCurrent)
        closeCurrent(nullptr);
    mHasCurrent = false;
}

void ActivePeriodTracker::resolveTo(double untilS)
{
    // Every period covering [mResolvedToS, untilS) has ended and is pending (or can never win).
    mBreaks.clear();
    mBreaks.push_back(mResolvedToS);
    mBreaks.push_back(untilS);
    for (const Period &p : mPending) {
        if (p.startS > mResolvedToS && p.startS < untilS)
            mBreaks.push_back(p.startS);
        if (p.endS > mResolvedToS && p.endS < untilS)
            mBreaks.push_back(p.endS);
    }
    std::sort(mBreaks.begin(), mBreaks.end());
    mBreaks.erase(std::unique(mBreaks.begin(), mBreaks.end()), mBreaks.end());
    for (std::size_t b = 0; b + 1 < mBreaks.size(); ++b) {
        const double from = mBreaks[b];
        const double to = mBreaks[b + 1];
        const Period *winner = nullptr;
        for (const Period &p : mPending) {
            if (p.startS > from || p.endS < to)
                continue;
            // Longest period first; ties to the earlier start, then the lower station.
            if (!winner || p.length() > winner->length()
                || (p.length() == winner->length()
                    && (p.startS < winner->startS || (p.startS == winner->startS && p.station < winner->station))))
                winner = &p;
        }
        settle(winner, from, to);
    }
    mPending.erase(std::remove_if(mPending.begin(), mPending.end(), [untilS](const Period &p) { return p.endS <= untilS; }),
                   mPending.end());
    mResolvedToS = untilS;
}

void ActivePeriodTracker::settle(const Period *winner, double fromS, double toS)
{
    if (!winner) {
        // No station active: the chain of bottlenecks breaks (no overlap across the gap).
        if (mHasCurrent)
            closeCurrent(nullptr);
        mHasCurrent = false;
        mHasPrevious = false;
        return;
    }
    if (mHasCurrent && mCurrent == *winner) {
        mSegmentEndS = toS;
        return;
    }
    if (mHasCurrent)
        closeCurrent(winner);
    mHasCurrent = true;
    mCurrent = *winner;
    mSegmentStartS = fromS;
    mSegmentEndS = toS;
}

double ActivePeriodTracker::clipped(double fromS, double toS) const
{
    return std::max(0.0, std::min(toS, mWindowEndS) - std::max(fromS, mWindowStartS));
}

void ActivePeriodTracker::closeCurrent(const Period *next)
{
    const auto station = static_cast<std::size_t>(mCurrent.station);
    // Overlaps with the previous and the next bottleneck's periods, and their parts inside this
    // bottleneck's own segment (which is not shifting there, so not sole either).
    double prevFrom = 0.0, prevTo = 0.0, nextFrom = 0.0, nextTo = 0.0;
    if (mHasPrevious) {
        prevFrom = std::max(std::max(mPrevious.startS, mCurrent.startS), mSegmentStartS);
        prevTo = std::min(std::min(mPrevious.endS, mCurrent.endS), mSegmentEndS);
    }
    if (next) {
        const double from = std::max(mCurrent.startS, next->startS);
        const double to = std::min(mCurrent.endS, next->endS);
        const double overlap = clipped(from, to);
        mShiftingS[station] += overlap;
        mShiftingS[static_cast<std::size_t>(next->station)] += overlap;
        nextFrom = std::max(from, mSegmentStartS);
        nextTo = std::min(to, mSegmentEndS);
    }
    const double a = prevTo > prevFrom ? clipped(prevFrom, prevTo) : 0.0;
    const double b = nextTo > nextFrom ? clipped(nextFrom, nextTo) : 0.0;
    const double both = (prevTo > prevFrom && nextTo > nextFrom)
                            ? clipped(std::max(prevFrom, nextFrom), std::min(prevTo, nextTo))
                            : 0.0;
    mSoleS[station] += std::max(0.0, clipped(mSegmentStartS, mSegmentEndS) - (a + b - both));
    mPrevious = mCurrent;
    mHasPrevious = true;
}

} // namespace taktflow::core::simulation
