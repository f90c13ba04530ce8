// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/report/pagecomposer.h"
#include "app/render/report/reportdata.h"

#include <QFont>
#include <QString>

namespace taktflow::app::render {

/** True when a line of the variant has a simulation result, so the report gives it a section. */
bool hasSimulationSection(const ReportVariant &variant);

/**
 * The variant's simulation section: per line with a result, the parameters it ran with
 * (distributions, failures, setups, buffers, source, run settings), the throughput and its 95 %
 * interval against the demand, lead time, WIP, the station-state chart with the bottleneck and
 * the state shares; a stale result says so first.
 */
void addSimulationSection(PageComposer &composer, const ReportVariant &variant, const QFont &font);

/** "normal (mean 30 s, sd 3 s)": a distribution in words, for the report and tooltips. */
QString describeDistribution(const core::TimeDistribution &distribution);

} // namespace taktflow::app::render
