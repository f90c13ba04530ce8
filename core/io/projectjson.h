// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/project.h"

#include <QByteArray>
#include <QJsonObject>

namespace taktflow::core::io {

/** The value of "format" in every exported document. */
inline constexpr char kProjectJsonFormat[] = "taktflow-project";
/** Raised only when a key changes meaning or disappears; new keys keep the version. */
inline constexpr int kProjectJsonVersion = 1;

/**
 * The whole project as the stable JSON structure documented in docs/json-export.md: settings,
 * transport means, KPI weights, cost figures and every variant with its items (footprints in
 * floor metres), lines (tasks, models, zoning, stations), products and flows. Numbers are JSON
 * numbers; keys carry their unit (x_m, time_s, power_kw).
 */
QJsonObject projectToJson(const Project &project);

/** projectToJson() as indented UTF-8 text. */
QByteArray projectToJsonText(const Project &project);

} // namespace taktflow::core::io
