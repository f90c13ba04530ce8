// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace taktflow::app {

/** Whether a simulated line makes its output, judged on the 95 % interval of its throughput. */
struct SimVerdict {
    enum class Outcome { NoDemand, Makes, Misses, Uncertain };
    Outcome outcome = Outcome::NoDemand;
    /** Mean throughput minus demand, units per hour (negative: short). */
    double marginPerHour = 0.0;
    /** The margin as a share of the demand (0.05 = 5 % above). */
    double marginShare = 0.0;
    QString text;
};

/**
 * Makes: the whole interval is at or above the demand; misses: the whole interval is below it;
 * uncertain: the interval holds the demand (more replications would tell).
 */
SimVerdict judgeThroughput(double meanPerHour, double lowPerHour, double highPerHour, double demandPerHour);

} // namespace taktflow::app
