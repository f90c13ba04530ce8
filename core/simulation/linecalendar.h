// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/productionline.h"
#include "core/model/valueresult.h"
#include "core/simulation/simmodel.h"

#include <QString>

#include <optional>
#include <vector>

namespace taktflow::core::simulation {

/**
 * The pauses of a line that follows its shift calendar (line.calendar), repeated every period. The calendar
 * says how long shifts, breaks and downtime are, not when they happen, so the simulation places
 * them by one fixed rule: the shifts run back to back from t = 0; each shift's breaks are one
 * pause in its middle; the planned downtime closes the last shift; the period is the shifts'
 * time rounded up to whole days, and the rest of it is off-shift. Touching pauses are joined.
 * The efficiency factor makes no pause: the simulation models losses as failures instead.
 * No value and the calendar's problem as the message when it cannot be used.
 */
ValueResult<SimCalendar> calendarPauses(const ProductionLine &line);

/**
 * The repeating release sequence of a mixed-model line: the smallest whole numbers of parts per
 * model in the ratio of the demand shares (within 1 % of a part, up to 1000 parts per cycle;
 * beyond that the nearest counts of 1000), spread over the cycle so that each model's count
 * so far stays closest to its share (the model furthest behind its share goes next; ties to
 * the earlier model). Models with a share of 0 or less are never released; empty when no
 * model has a share.
 */
std::vector<int> mixSequence(const std::vector<double> &demandShares);

} // namespace taktflow::core::simulation
