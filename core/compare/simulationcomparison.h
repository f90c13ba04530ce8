// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/compare/kpicatalog.h"
#include "core/model/project.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace taktflow::core {

/**
 * Today's fingerprint of what a line's simulation reads (core::simulation::simulationFingerprint).
 * Passed in because the simulation library sits on top of the core, not inside it.
 */
using SimulationFingerprintFn = std::function<QString(const Project &, const Variant &, const ProductionLine &)>;

/** The last simulation result of one variant as a comparison shows it. */
struct VariantSimulation {
    enum class Status { NotSimulated, Current, Stale };
    Status status = Status::NotSimulated;
    QString lineId;
    QString lineName;
    /** Set unless NotSimulated. */
    std::optional<SimulationSummary> summary;
};

/**
 * The result of the variant's first production line (in line order) that has one; stale when
 * the result's input fingerprint differs from fingerprint() of the line today.
 */
VariantSimulation variantSimulation(const Project &project, const Variant &variant,
                                    const SimulationFingerprintFn &fingerprint);

/** The comparison rows the simulation adds: throughput per hour, lead time and WIP (means). */
const std::vector<KpiDefinition> &simulationKpis();

/** True for the keys of simulationKpis(). */
bool isSimulationKpi(const QString &key);

/** The value of a simulation KPI key for one variant; nullopt when it was not simulated. */
std::optional<double> simulationValue(const VariantSimulation &simulation, const QString &key);

/** "saturated", "at_takt", "interarrival": the source kind as JSON spells it. */
QString sourceKindKey(SourceSpec::Kind kind);
/** The translated source kind ("Saturated (always a part waiting)" ...). */
QString sourceKindLabel(SourceSpec::Kind kind);

/**
 * One line of text naming the parameters a result came from, for tooltips and reports:
 * "10 replications of 8 h (warm-up 0.5 h), seed 1, source at takt".
 */
QString simulationRunDescription(const SimulationSummary &summary);

/** "current", "stale", "not_simulated". */
QString simulationStatusKey(VariantSimulation::Status status);

/** The simulation of one variant as `compare --json` prints it in its "simulation" array. */
QJsonObject variantSimulationToJson(const VariantSimulation &simulation, const QString &variantName);

} // namespace taktflow::core
