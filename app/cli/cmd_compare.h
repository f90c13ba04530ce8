// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/cliio.h"

namespace taktflow::app::cli {

/**
 * taktflow-cli compare FILE [--variants A,B,...] [--baseline A] [--metric M] [--json]
 * One column per variant, one row per KPI, best marked, deltas against the baseline and the
 * ranking by the project's KPI weights.
 */
int runCompareCommand(const QStringList &args, CliIo &io);

} // namespace taktflow::app::cli
