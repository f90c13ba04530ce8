// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/simulationsettings.h"
#include "core/model/valueresult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace taktflow::core::io {

/**
 * A distribution as the line model file and the project file spell it (docs/simulation.md):
 * {"dist": "deterministic", "value_s": x}, {"dist": "normal", "mean_s": x, "sd_s": y}, ...
 * Fields the kind does not use are written too when they are not zero or empty, so that a
 * value read back equals the one written.
 */
QJsonObject distributionToJson(const TimeDistribution &distribution);

/**
 * Reads a distribution. The keys of its kind are required, the others optional, unknown keys
 * ignored. `path` names the value in messages ("stations[1].setup"); on failure error holds
 * "<path>.<key>: <problem>" (translated) as its message. Values are not range-checked here: a negative time
 * is a model problem that the simulation reports, not a broken file.
 */
ValueResult<TimeDistribution> distributionFromJson(const QJsonValue &value, const QString &path);

/** All simulation parameters of one line as one JSON object (the seed as a decimal string,
 *  since a 64-bit seed does not fit a JSON number). */
QJsonObject simulationParametersToJson(const SimulationParameters &parameters);

/**
 * The last simulation result of a line for the project JSON export (docs/json-export.md):
 * the figures with their units, the throughput's 95 % interval as "ci95": [low, high], the
 * station shares, the input fingerprint and the parameters of the run.
 */
QJsonObject simulationSummaryToJson(const SimulationSummary &summary);

/** Reads what simulationParametersToJson() wrote; every key is required. */
ValueResult<SimulationParameters> simulationParametersFromJson(const QJsonValue &value);

/**
 * The parameters as compact UTF-8 JSON text, or no value and the path of a number JSON cannot
 * hold (NaN, infinity) as the message: writing it would make a file that cannot be read back.
 */
ValueResult<QByteArray> simulationParametersToText(const SimulationParameters &parameters);

/** Parses text written by simulationParametersToText(); the message says what and where. */
ValueResult<SimulationParameters> simulationParametersFromText(const QByteArray &text);

} // namespace taktflow::core::io
