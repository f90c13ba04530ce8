// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/project.h"
#include "core/storage/sqlitedb.h"

namespace taktflow::core::storage {

/** Writes the whole project into a database that holds the empty current schema. */
sqlite::Result writeProject(sqlite::Database &db, const Project &project);

} // namespace taktflow::core::storage
