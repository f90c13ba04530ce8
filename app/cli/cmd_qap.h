// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/cliio.h"

#include <QStringList>

namespace taktflow::app::cli {

/**
 * `taktflow-cli qap FILE.dat [--time-limit S] [--seed N] [--iterations N] [--threads N] [--json]`:
 * solves a QAPLIB instance and prints n, the cost and the 1-based permutation (p(i) = slot of
 * item i; cost = sum over i, j of A[i][j] * B[p(i)][p(j)]). Exit codes as in ExitCode.
 */
int runQapCommand(const QStringList &args, CliIo &io);

} // namespace taktflow::app::cli
