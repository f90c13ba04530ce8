// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/cliio.h"

namespace taktflow::app::cli {

/** taktflow-cli new FILE [--sample] */
int runNewCommand(const QStringList &args, CliIo &io);
/** taktflow-cli info FILE [--json] */
int runInfoCommand(const QStringList &args, CliIo &io);
/** taktflow-cli validate FILE */
int runValidateCommand(const QStringList &args, CliIo &io);

} // namespace taktflow::app::cli
