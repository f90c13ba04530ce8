// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/cliio.h"
#include "core/model/project.h"

#include <QCommandLineParser>

#include <optional>

namespace taktflow::app::cli {

/**
 * Parses a command's arguments. Returns an exit code when the command must stop here
 * (--help printed: ExitOk; bad options or wrong positional count: ExitUsage), else nullopt.
 */
std::optional<int> parseCommand(QCommandLineParser &parser, const QStringList &args, CliIo &io,
                                qsizetype minPositional, qsizetype maxPositional);

/** Opens a project file, printing the reason to err when it cannot be read. */
std::optional<core::Project> loadProject(const QString &path, CliIo &io);

/** Finds the variant by name (or id); prints the known names when it is missing. */
core::Variant *findVariantOrReport(core::Project &project, const QString &name, const QString &path, CliIo &io);

} // namespace taktflow::app::cli
