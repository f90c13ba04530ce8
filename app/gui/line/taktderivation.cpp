// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/line/taktderivation.h"

#include "core/balance/takttime.h"

#include <QCoreApplication>
#include <QLocale>

namespace taktflow::app {

namespace {

/** Hours with as many decimals as needed (8 h, 0.75 h), never more than three. */
QString hours(double seconds)
{
    return QCoreApplication::translate("TaktDerivation", "%1 h").arg(QLocale().toString(seconds / 3600.0, 'g', 6));
}

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

TaktDerivation deriveTakt(const core::ProductionLine &line)
{
    TaktDerivation d;
    const QString units =
        QCoreApplication::translate("TaktDerivation", "%1 units").arg(QLocale().toString(line.demandPerPeriod, 'g', 8));
    if (!line.useCalendar) {
        if (!(line.demandPerPeriod > 0.0) || !(line.availableTimePerPeriodS > 0.0)) {
            d.text = QCoreApplication::translate("TaktDerivation",
                                                 "Enter a demand and an available time above zero to get a takt time.");
            return d;
        }
        d.ok = true;
        d.availableTimeS = line.availableTimePerPeriodS;
        d.taktTimeS = d.availableTimeS / line.demandPerPeriod;
        d.text = QStringLiteral("%1 / %2 = %3 s").arg(hours(d.availableTimeS), units, number(d.taktTimeS, 1));
        return d;
    }
    core::TaktInput input;
    input.shiftsPerPeriod = line.calendar.shiftsPerPeriod;
    input.shiftLengthS = line.calendar.shiftLengthS;
    input.breaksPerShiftS = line.calendar.breaksS;
    input.plannedDowntimeS = line.calendar.plannedDowntimeS;
    input.efficiency = line.calendar.efficiency;
    input.demandPerPeriod = line.demandPerPeriod;
    const core::TaktResult result = core::computeTaktTime(input);
    if (!result) {
        d.text = QCoreApplication::translate("TaktDerivation", "No takt time: %1.").arg(result.message);
        return d;
    }
    d.ok = true;
    d.availableTimeS = result.availableTimeS;
    d.taktTimeS = result.taktTimeS;
    const int shifts = input.shiftsPerPeriod;
    d.text = QStringLiteral("(%1 × %2 − %1 × %3 − %4) × %5 % / %6 = %7 s")
                 .arg(QString::number(shifts), hours(input.shiftLengthS), hours(input.breaksPerShiftS),
                      hours(input.plannedDowntimeS), QLocale().toString(input.efficiency * 100.0, 'g', 4), units,
                      number(d.taktTimeS, 1));
    return d;
}

} // namespace taktflow::app
