// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace taktflow::core {

/** A shift calendar and demand for one period (a day, a week). Durations in seconds. */
struct TaktInput {
    int shiftsPerPeriod = 1;
    double shiftLengthS = 8 * 3600.0;
    /** Breaks per shift. */
    double breaksPerShiftS = 0.0;
    /** Planned downtime per period (maintenance, meetings). */
    double plannedDowntimeS = 0.0;
    /** Planned efficiency or OEE factor in (0, 1]. */
    double efficiency = 1.0;
    double demandPerPeriod = 0.0;
};

/** Takt time, or a translated message saying what is wrong with the input. */
struct TaktResult {
    bool ok = false;
    QString message;
    /** shifts x (shift length - breaks) - planned downtime, times efficiency. */
    double availableTimeS = 0.0;
    /** availableTimeS / demandPerPeriod. */
    double taktTimeS = 0.0;

    explicit operator bool() const { return ok; }
};

/**
 * Takt time = (shifts x (shift length - breaks) - planned downtime) x efficiency / demand.
 * Errors: no shifts, a non-positive shift length, breaks as long as the shift or longer,
 * downtime that uses up the period, efficiency outside (0, 1], demand zero or negative.
 */
TaktResult computeTaktTime(const TaktInput &input);

} // namespace taktflow::core
