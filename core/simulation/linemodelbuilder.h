// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/project.h"
#include "core/simulation/experiment.h"
#include "core/simulation/simmodel.h"

#include <QString>

namespace taktflow::core::simulation {

struct BuiltModel {
    SimModel model;
    ExperimentSettings settings;
    /** Non-empty when the line cannot be simulated (no stations, unassigned tasks ...). */
    QString error;
    bool ok() const { return error.isEmpty(); }
};

/**
 * Turns one line of a variant and its SimulationParameters into the engine's model: station
 * times as the sum of their tasks' distributions per model, the variant's flows between station
 * items moved by their transport means over the distances of the variant's distance metric, the
 * shift calendar as pauses. The settings come from the line's run settings.
 * Task times: a task's distribution in SimulationParameters::taskTimes (scaled by the model's
 * time over its own for other models), else deterministic at its time at that station
 * (taskModelTimeAtS() of core/automation); a station's processTime replaces its tasks and lets
 * it have none. Servers: the station settings' servers, else the station's replicas. Buffers:
 * 1 where the parameters give none. Release at takt uses the line's takt time; a mixed-model
 * line without a sequence releases mixSequence() of the demand shares. The calendar rule is
 * calendarPauses(), the transport rule lineTransport(). Run length 0 is one shift (the
 * calendar's when the line uses one, else 8 h). The model and the settings pass modelProblem()
 * and settingsProblem(), or error says why not, starting with the line's name.
 */
BuiltModel buildLineModel(const Project &project, const Variant &variant, const ProductionLine &line);

/** A fingerprint of everything buildLineModel reads; a summary with another one is stale. */
QString simulationFingerprint(const Project &project, const Variant &variant, const ProductionLine &line);

} // namespace taktflow::core::simulation
