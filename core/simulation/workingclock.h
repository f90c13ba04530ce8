// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/simulation/simmodel.h"

#include <optional>
#include <vector>

namespace taktflow::core::simulation {

/**
 * Maps wall-clock time to the line's working time and back. In a pause the whole line stands
 * still (every station, the source and the transport), so the kernel runs on working time alone
 * and a pause is a stretch of wall time in which nothing happens. An event at the working time
 * where a pause begins happens at the wall time the pause begins (before it).
 */
class WorkingClock
{
public:
    explicit WorkingClock(const std::optional<SimCalendar> &calendar);

    bool pauses() const { return mPeriodS > 0.0; }
    /** Working seconds before wall time wallS. */
    double workingAt(double wallS) const { return pauses() ? workingAtWithPauses(wallS) : wallS; }
    /** The wall time of working time workingS. */
    double wallAt(double workingS) const { return pauses() ? wallAtWithPauses(workingS) : workingS; }
    /** Wall seconds of pause within [fromS, toS). */
    double pausedWithin(double fromS, double toS) const { return (toS - fromS) - (workingAt(toS) - workingAt(fromS)); }
    /** The next pause [start, end) in wall time whose start is at or after wallS; none without pauses. */
    std::optional<std::pair<double, double>> nextPause(double wallS) const;

private:
    double workingAtWithPauses(double wallS) const;
    double wallAtWithPauses(double workingS) const;

    struct Segment {
        double startS;   // wall offset in the period where working resumes
        double endS;     // wall offset where the next pause begins (or the period ends)
        double workedS;  // working seconds in the period before startS
    };
    double mPeriodS = 0.0;
    double mWorkingPerPeriodS = 0.0;
    std::vector<Segment> mSegments;
    std::vector<std::pair<double, double>> mPauses;
};

} // namespace taktflow::core::simulation
