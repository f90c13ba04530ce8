// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/simulationsettings.h"
#include "core/simulation/simresult.h"

#include <QDateTime>
#include <QString>

namespace taktflow::core::simulation {

/**
 * The figures of an experiment as the project keeps them (ProductionLine::lastSimulation), so
 * that the CLI's --apply and the GUI store the same thing: the means and the throughput's 95 %
 * interval, the station shares, the bottleneck's name, with the parameters and the input
 * fingerprint (simulationFingerprint()) of the run. ranAtUtc is stored as ISO 8601 in UTC
 * ("2026-12-07T01:02:03Z").
 */
SimulationSummary summarize(const ExperimentResult &result, const SimulationParameters &parameters,
                            const QString &fingerprint, const QDateTime &ranAtUtc);

} // namespace taktflow::core::simulation
