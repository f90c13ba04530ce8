// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/simulation/simresult.h"

#include <QColor>
#include <QString>

namespace taktflow::app::render {

/** The colour of a station state, the same in the charts, the animation and the report; the
 *  convention of the big simulation tools: working green, starved grey, blocked yellow,
 *  failed red, setup turquoise, paused blue. */
QColor stationStateColor(core::simulation::StationState state);
/** Translated display name ("Working", "Starved" ...). */
QString stationStateName(core::simulation::StationState state);
/** The colour that marks the bottleneck station wherever it is highlighted. */
QColor bottleneckColor();

} // namespace taktflow::app::render
