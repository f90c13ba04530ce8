// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/cliio.h"

namespace taktflow::app::cli {

/**
 * taktflow-cli simulate INPUT [--variant NAME] [--line NAME] [--duration-s S] [--warmup-s S]
 *     [--replications R] [--seed N] [--threads T] [--json] [--apply]
 *     [--size-buffers (--target-per-hour X [--max-total N] | --total-capacity N)]
 * Runs the discrete-event simulation of a project's line or of a line model .json
 * (docs/simulation.md); --apply stores the result (or the sized buffers) in the project.
 */
int runSimulateCommand(const QStringList &args, CliIo &io);

} // namespace taktflow::app::cli
