// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/flow.h"

namespace taktflow::core {

/** What moving one flow costs with one transport means, per period. */
struct LegTransport {
    /** Whole trips: ceil(units / unitsPerTrip). */
    double trips = 0.0;
    /** Metres driven: trips x distance, twice for means that return empty (all but conveyors). */
    double travelledM = 0.0;
    /** travelledM / speed. */
    double travelTimeS = 0.0;
    /** travelledM x cost per metre. */
    double cost = 0.0;
    /** travelledM / 1000 x energy per km. */
    double energyKwh = 0.0;
};

/** True for means that drive back empty after each trip (everything but a conveyor). */
bool returnsEmpty(TransportKind kind);

/** Costs one flow of unitsPerPeriod over distanceM with the given means. */
LegTransport transportLeg(const TransportMeans &means, double unitsPerPeriod, double distanceM);

} // namespace taktflow::core
