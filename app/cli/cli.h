// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/cliio.h"

namespace taktflow::app::cli {

/** Runs taktflow-cli with its arguments (args[0] is the program); returns the exit code. */
int runCli(const QStringList &args, CliIo &io);

} // namespace taktflow::app::cli
