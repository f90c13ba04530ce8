// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/flow/transport.h"

#include <cmath>

namespace taktflow::core {

bool returnsEmpty(TransportKind kind)
{
    return kind != TransportKind::Conveyor;
}

LegTransport transportLeg(const TransportMeans &means, double unitsPerPeriod, double distanceM)
{
    LegTransport t;
    if (unitsPerPeriod <= 0.0)
        return t;
    const double perTrip = means.unitsPerTrip > 0.0 ? means.unitsPerTrip : 1.0;
    // A part-load still needs a whole trip; the 1e-9 keeps 480/20 from becoming 25.
    t.trips = std::ceil(unitsPerPeriod / perTrip - 1e-9);
    t.travelledM = t.trips * distanceM * (returnsEmpty(means.kind) ? 2.0 : 1.0);
    t.travelTimeS = means.speedMps > 0.0 ? t.travelledM / means.speedMps : 0.0;
    t.cost = t.travelledM * means.costPerM;
    t.energyKwh = t.travelledM / 1000.0 * means.energyKwhPerKm;
    return t;
}

} // namespace taktflow::core
