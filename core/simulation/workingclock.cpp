// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/simulation/workingclock.h"

#include <cmath>

namespace taktflow::core::simulation {

WorkingClock::WorkingClock(const std::optional<SimCalendar> &calendar)
{
    if (!calendar || calendar->pausesS.empty())
        return;
    mPeriodS = calendar->periodS;
    mPauses = calendar->pausesS;
    double cursor = 0.0;
    double worked = 0.0;
    for (const auto &[start, end] : calendar->pausesS) {
        if (start > cursor) {
            mSegments.push_back({cursor, start, worked});
            worked += start - cursor;
        }
        cursor = end;
    }
    if (cursor < mPeriodS) {
        mSegments.push_back({cursor, mPeriodS, worked});
        worked += mPeriodS - cursor;
    }
    mWorkingPerPeriodS = worked;
}

double WorkingClock::workingAtWithPauses(double wallS) const
{
    const double periods = std::floor(wallS / mPeriodS);
    const double offset = wallS - periods * mPeriodS;
    double worked = mWorkingPerPeriodS;
    for (const Segment &s : mSegments) {
        if (offset < s.endS) {
            worked = s.workedS + std::max(0.0, offset - s.startS);
            break;
        }
    }
    return periods * mWorkingPerPeriodS + worked;
}

double WorkingClock::wallAtWithPauses(double workingS) const
{
    if (workingS <= 0.0)
        return 0.0;
    // A working time that ends a segment belongs to that segment's end (before the pause).
    double periods = std::ceil(workingS / mWorkingPerPeriodS) - 1.0;
    double rest = workingS - periods * mWorkingPerPeriodS;
    if (rest <= 0.0) {
        periods -= 1.0;
        rest += mWorkingPerPeriodS;
    }
    for (const Segment &s : mSegments) {
        if (rest <= s.workedS + (s.endS - s.startS))
            return periods * mPeriodS + s.startS + (rest - s.workedS);
    }
    const Segment &last = mSegments.back();
    return periods * mPeriodS + last.endS;
}

std::optional<std::pair<double, double>> WorkingClock::nextPause(double wallS) const
{
    if (!pauses())
        return std::nullopt;
    double periods = std::floor(wallS / mPeriodS);
    for (int round = 0; round < 2; ++round, periods += 1.0) {
        for (const auto &[start, end] : mPauses) {
            const double s = periods * mPeriodS + start;
            if (s >= wallS)
                return std::pair{s, periods * mPeriodS + end};
        }
    }
    return std::nullopt;
}

} // namespace taktflow::core::simulation
