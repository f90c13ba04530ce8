// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/simulation/buffersizing.h"
#include "core/simulation/experiment.h"

#include <QJsonObject>
#include <QTextStream>

#include <optional>
#include <vector>

namespace taktflow::app::cli {

/** What the simulation ran, for the keys beside the figures (seed, warm-up, demand). */
struct SimulationRun {
    const core::simulation::SimModel &model;
    const core::simulation::ExperimentSettings &settings;
};

/**
 * The experiment as the JSON of `simulate --json` (docs/simulation.md): the keys of issue #16
 * (throughput_per_hour, output_units, wip_mean, lead_time_s, stations, buffers, bottleneck,
 * replications, simulated_s, events, seconds) and a few more; keys are added, never renamed.
 */
QJsonObject experimentToJson(const SimulationRun &run, const core::simulation::ExperimentResult &result);

/** The readable table of a run (translated). */
void printExperimentText(QTextStream &out, const SimulationRun &run, const core::simulation::ExperimentResult &result);

/** A sizing's capacities (one per gap, -1 for a gap left unlimited) as the model's buffers. */
std::vector<std::optional<int>> sizedBuffers(const std::vector<int> &capacities);

/** The buffer sizing as the JSON of `simulate --size-buffers`. */
QJsonObject sizingToJson(const SimulationRun &run, const core::simulation::BufferSizingGoal &goal,
                         const core::simulation::BufferSizingResult &result, double seconds);

} // namespace taktflow::app::cli
