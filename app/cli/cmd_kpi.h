// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/cliio.h"

namespace taktflow::app::cli {

/**
 * taktflow-cli kpi FILE [--variant NAME] [--metric euclidean|rectilinear|aisle] [--findings] [--json]
 * Prints the KPIs of every variant (a JSON array with --json and no --variant) or of one.
 */
int runKpiCommand(const QStringList &args, CliIo &io);

} // namespace taktflow::app::cli
