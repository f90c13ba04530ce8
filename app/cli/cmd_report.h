// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/cliio.h"

namespace taktflow::app::cli {

/**
 * taktflow-cli report FILE [--variant NAME | --variants A,B] [--page A4|Letter] [--landscape]
 *                          [--scale N] [--metric M] [--author A] [--revision R] -o OUT.pdf
 * Needs a QGuiApplication (fonts); main_cli makes one, on the offscreen platform, for it.
 */
int runReportCommand(const QStringList &args, CliIo &io);

} // namespace taktflow::app::cli
