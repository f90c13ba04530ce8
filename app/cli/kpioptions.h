// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/cliio.h"
#include "core/flow/variantkpis.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

namespace taktflow::app::cli {

/** The --metric option shared by kpi, compare and report. */
QCommandLineOption metricOption();

/**
 * KPI options from the command line: the metric (usage error printed when unknown) and the
 * SALBP-1 solver for lines that have no station assignment yet.
 */
std::optional<core::KpiOptions> kpiOptions(const QCommandLineParser &parser, const QCommandLineOption &metric,
                                           CliIo &io);

} // namespace taktflow::app::cli
