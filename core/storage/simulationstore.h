// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/project.h"
#include "core/storage/sqlitedb.h"

namespace taktflow::core::storage {

/**
 * Writes every line's simulation parameters (when not the defaults) and last simulation result
 * into the line_simulation tables (schema v3). Refuses, with a message naming the variant, the
 * line and the field, a number that is not finite or parameters longer than the reader accepts:
 * such a file could not be opened again.
 */
sqlite::Result writeSimulations(sqlite::Database &db, const Project &project);

/**
 * Reads the simulation tables into the lines of the project (read before); a line without a
 * row keeps the default parameters and no result. Refuses a row of a missing line, JSON that
 * does not parse or has a wrong type, an unknown kind or mode, result stations out of order or
 * a figure that is not a finite number,
 * with a message naming the variant, the line and the JSON path.
 */
sqlite::Result readSimulations(sqlite::Database &db, Project &project);

} // namespace taktflow::core::storage
