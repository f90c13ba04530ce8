// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/project.h"
#include "core/storage/sqlitedb.h"

#include <optional>

namespace taktflow::core::storage {

/**
 * Reads a project from a database holding the current, already verified schema. Values are
 * type-checked and enumerations parsed; a failure carries the first problem.
 */
sqlite::ValueResult<Project> readProject(sqlite::Database &db);

} // namespace taktflow::core::storage
