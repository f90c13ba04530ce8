// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace taktflow::core::simulation {

/**
 * The active-period bottleneck method of Roser, Nakano & Tanaka (2001, 2002), online.
 *
 * A station is active while it works, sets up or is failed (under repair); a station with several
 * servers while all of them are (an idle server is capacity to spare). At each instant the
 * momentary bottleneck is the station whose active period covering that instant is the longest
 * (the whole period, start to end). Where the period of one momentary bottleneck overlaps the
 * period of the next one, both are shifting bottlenecks; elsewhere the momentary bottleneck is
 * the sole bottleneck.
 *
 * The durations are only known when periods end, so the timeline is resolved up to the earliest
 * start of a still-open period. A finished period that starts at or after the start of an open
 * one can never win (the open one covers it and lasts at least as long) and is dropped at once;
 * what stays pending are periods reaching back before every open one, at most one per station,
 * so memory does not grow with the length of the run.
 */
class ActivePeriodTracker
{
public:
    /** Time is only counted inside [windowStartS, windowEndS]. */
    ActivePeriodTracker(int stations, double windowStartS, double windowEndS);

    /** A station starts (active) or ends (!active) an active period at timeS; times never decrease. */
    void setActive(int station, bool active, double timeS);
    /** Ends every open period at timeS and settles the rest of the timeline. */
    void finish(double timeS);

    /** Seconds inside the window as sole / shifting bottleneck. */
    double soleS(int station) const { return mSoleS[static_cast<std::size_t>(station)]; }
    double shiftingS(int station) const { return mShiftingS[static_cast<std::size_t>(station)]; }

private:
    struct Period {
        int station = -1;
        double startS = 0.0;
        double endS = 0.0;
        double length() const { return endS - startS; }
        bool operator==(const Period &o) const { return station == o.station && startS == o.startS; }
    };

    void resolveTo(double untilS);
    void settle(const Period *winner, double fromS, double toS);
    void closeCurrent(const Period *next);
    double clipped(double fromS, double toS) const;
    void findEarliestOpen();

    double mWindowStartS;
    double mWindowEndS;
    std::vector<double> mOpenStartS; // NaN: inactive
    int mEarliestStation = -1; // the open period with the earliest start, -1: none open
    double mEarliestOpenS = 0.0;
    std::vector<Period> mPending;
    double mResolvedToS = 0.0;

    bool mHasCurrent = false;
    Period mCurrent;
    double mSegmentStartS = 0.0;
    double mSegmentEndS = 0.0;
    bool mHasPrevious = false;
    Period mPrevious;

    std::vector<double> mSoleS;
    std::vector<double> mShiftingS;
    std::vector<double> mBreaks; // scratch, kept to avoid allocating per resolution
};

} // namespace taktflow::core::simulation
