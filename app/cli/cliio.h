// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace taktflow::app::cli {

/** Exit codes of taktflow-cli: a contract with scripts, never renumber. */
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 1,      ///< bad command line
    ExitBadInput = 2,   ///< unreadable or invalid input; the message names file and line
    ExitInfeasible = 3, ///< the input is valid but has no feasible answer
};

/** Where a command writes: results to out, diagnostics to err. */
struct CliIo {
    QTextStream &out;
    QTextStream &err;
};

/**
 * Every command has this signature. args[0] is the command name (as QCommandLineParser
 * expects an application name first); the rest are its own options and arguments.
 */
using CommandFn = int (*)(const QStringList &args, CliIo &io);

} // namespace taktflow::app::cli
