// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/variant.h"

#include <vector>

namespace taktflow::core {

/**
 * How automated a line or a variant is; every share is in [0, 1] (0 when there is nothing to
 * share). docs/kpi-definitions.md gives the definitions in full.
 */
struct AutomationCoverage {
    /** Automated task time (timeS) / all task time. */
    double workContentShare = 0.0;
    /** Automated stations / stations, both counted with their replicas. */
    double stationShare = 0.0;
    /** Mean automationLevel of the equipment items (of the line: the items its stations name). */
    double itemShare = 0.0;
    /** units x m carried by automated means / all units x m (variant only). */
    double transportShare = 0.0;
    /** One operator per replica of a station that has manual work, plus drivers (variant only). */
    int manualOperators = 0;
    /** Work summed for the shares, so that lines can be merged into a variant. */
    double taskTimeS = 0.0;
    double automatedTaskTimeS = 0.0;
    int stationCount = 0;
    int automatedStationCount = 0;
};

/** True for the item types that count as equipment for the item share. */
bool isEquipment(ItemType type);

/**
 * Coverage of one line with the given assignment (usually line.stations, or a fresh balance
 * when the line has none). The variant resolves the stations' itemId for the item share.
 */
AutomationCoverage lineCoverage(const Variant &variant, const ProductionLine &line,
                                const std::vector<Station> &stations);

/**
 * Coverage of a variant: lines' work and stations summed, item share over all equipment items,
 * transport share and drivers from the flow totals.
 */
AutomationCoverage variantCoverage(const Variant &variant, const std::vector<AutomationCoverage> &lines,
                                   double automatedFlowDistance, double flowDistance, int drivers);

} // namespace taktflow::core
