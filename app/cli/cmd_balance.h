// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/cliio.h"

namespace taktflow::app::cli {

/**
 * taktflow-cli balance INPUT (--cycle-time C | --stations M) [--time-limit S] [--json]
 *
 * Balances a Scholl .IN2 or Otto .alb file: SALBP-1 with --cycle-time (an .alb file's own
 * cycle time is the default), SALBP-2 with --stations. --json prints
 * {"problem", "n_tasks", "cycle_time", "stations", "lower_bound", "optimal", "seconds",
 * "assignment"} with 1-based task numbers. Exit codes as in ExitCode.
 */
int runBalanceCommand(const QStringList &args, CliIo &io);

} // namespace taktflow::app::cli
