// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/cliio.h"

namespace taktflow::app::cli {

/** taktflow-cli import FILE [--variant NAME] [--tasks CSV] [--items CSV] [--flows CSV] [--demand N] [--available-time-s T] */
int runImportCommand(const QStringList &args, CliIo &io);
/** taktflow-cli export FILE --variant NAME --dir DIR */
int runExportCommand(const QStringList &args, CliIo &io);

} // namespace taktflow::app::cli
