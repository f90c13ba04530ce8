// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/simulation/simverdict.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace taktflow::app {

SimVerdict judgeThroughput(double meanPerHour, double lowPerHour, double highPerHour, double demandPerHour)
{
    SimVerdict verdict;
    if (!(demandPerHour > 0.0)) {
        verdict.text = QCoreApplication::translate("SimVerdict", "No demand is set for the line, so there is no target to check.");
        return verdict;
    }
    const QLocale locale;
    verdict.marginPerHour = meanPerHour - demandPerHour;
    verdict.marginShare = verdict.marginPerHour / demandPerHour;
    const QString perHour = locale.toString(std::abs(verdict.marginPerHour), 'f', 1);
    const QString percent = locale.toString(100.0 * std::abs(verdict.marginShare), 'f', 1);
    if (lowPerHour >= demandPerHour) {
        verdict.outcome = SimVerdict::Outcome::Makes;
        verdict.text = QCoreApplication::translate("SimVerdict", "Makes its output: %1 parts/h (%2 %) above the demand.")
                           .arg(perHour, percent);
    } else if (highPerHour < demandPerHour) {
        verdict.outcome = SimVerdict::Outcome::Misses;
        verdict.text = QCoreApplication::translate("SimVerdict", "Misses its output by %1 parts/h (%2 % below the demand).")
                           .arg(perHour, percent);
    } else {
        verdict.outcome = SimVerdict::Outcome::Uncertain;
        verdict.text = QCoreApplication::translate(
                           "SimVerdict", "Uncertain: the 95 % interval contains the demand (mean %1 parts/h %2); "
                                         "run more replications to decide.")
                           .arg(perHour, verdict.marginPerHour >= 0.0
                                             ? QCoreApplication::translate("SimVerdict", "above")
                                             : QCoreApplication::translate("SimVerdict", "below"));
    }
    return verdict;
}

} // namespace taktflow::app
