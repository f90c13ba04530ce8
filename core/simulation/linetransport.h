// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/project.h"
#include "core/model/valueresult.h"
#include "core/simulation/simmodel.h"

#include <QString>

#include <optional>
#include <vector>

namespace taktflow::core::simulation {

/** The transport part of a SimModel. */
struct LineTransport {
    /** Empty when no gap is moved by a transport means; else one per gap. */
    std::vector<SimTransportLeg> legs;
    std::vector<SimTransporter> transporters;
    std::vector<std::vector<double>> stationDistanceM;
};

/**
 * How parts travel between the stations of a line. A gap is transported when both stations
 * stand on layout items and the variant moves material from the first item to the second (a
 * product routing step or a material flow; with several, the one with the most units per period):
 * its transport means is the product's or flow's, else the variant's default; no means, no
 * transport. The loaded distance runs from the upstream item's drop-off point to the downstream
 * item's pick-up point along the variant's distance metric (over the aisle network for Aisle),
 * as in the flow analysis. Each means used becomes one SimTransporter (speed, whole units per
 * trip, a conveyor for TransportKind::Conveyor) with SimulationParameters::transporterCounts
 * vehicles, 1 by default. Empty trips run from where a vehicle delivered (a station's pick-up
 * point) to where it loads next (a station's drop-off point); the distances are measured between
 * the stations that transported gaps touch, the only places vehicles go, and 0 elsewhere.
 * No value and a translated message for a station on a missing item, an unknown means or two
 * items without an aisle path between them.
 */
ValueResult<LineTransport> lineTransport(const Project &project, const Variant &variant, const ProductionLine &line);

} // namespace taktflow::core::simulation
