// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/takttime.h"

#include <QCoreApplication>

#include <cmath>

namespace taktflow::core {

namespace {

// Callers mark their literals with QT_TRANSLATE_NOOP so that lupdate extracts them.
TaktResult error(const char *text)
{
    TaktResult result;
    result.message = QCoreApplication::translate("TaktTime", text);
    return result;
}

} // namespace

TaktResult computeTaktTime(const TaktInput &input)
{
    if (input.shiftsPerPeriod <= 0)
        return error(QT_TRANSLATE_NOOP("TaktTime", "the number of shifts per period must be at least 1"));
    if (!(input.shiftLengthS > 0.0) || !std::isfinite(input.shiftLengthS))
        return error(QT_TRANSLATE_NOOP("TaktTime", "the shift length must be positive"));
    if (input.breaksPerShiftS < 0.0 || input.plannedDowntimeS < 0.0)
        return error(QT_TRANSLATE_NOOP("TaktTime", "breaks and planned downtime cannot be negative"));
    if (input.breaksPerShiftS >= input.shiftLengthS)
        return error(QT_TRANSLATE_NOOP("TaktTime", "the breaks are as long as the shift or longer"));
    if (!(input.efficiency > 0.0) || input.efficiency > 1.0)
        return error(
            QT_TRANSLATE_NOOP("TaktTime", "the planned efficiency must be greater than 0 and at most 1 (100 %)"));
    if (!(input.demandPerPeriod > 0.0) || !std::isfinite(input.demandPerPeriod))
        return error(QT_TRANSLATE_NOOP("TaktTime", "the demand per period must be greater than zero"));
    const double working = double(input.shiftsPerPeriod) * (input.shiftLengthS - input.breaksPerShiftS);
    const double available = (working - input.plannedDowntimeS) * input.efficiency;
    if (!(available > 0.0))
        return error(QT_TRANSLATE_NOOP("TaktTime", "planned downtime uses up all working time of the period"));
    TaktResult result;
    result.ok = true;
    result.availableTimeS = available;
    result.taktTimeS = available / input.demandPerPeriod;
    return result;
}

} // namespace taktflow::core
