// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/flow/variantkpis.h"

#include <QJsonArray>
#include <QJsonObject>

namespace taktflow::core {

/**
 * The KPI object of one variant as documented in docs/kpi-definitions.md: "variant",
 * "takt_time_s" and the nested objects "line", "flow", "automation", "layout", "energy"
 * (plus "lines" with one object per production line). Every figure is a JSON number;
 * undefined ratios are 0.
 */
QJsonObject kpisToJson(const VariantKpis &kpis);

/** Findings as an array of {kind, items, area_m2, distance_m, required_m, message}. */
QJsonArray findingsToJson(const std::vector<LayoutFinding> &findings);

} // namespace taktflow::core
