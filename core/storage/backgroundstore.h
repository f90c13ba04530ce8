// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/project.h"
#include "core/storage/sqlitedb.h"

namespace taktflow::core::storage {

/** Writes every variant's background plan into the background table (schema v2). */
sqlite::Result writeBackgrounds(sqlite::Database &db, const Project &project);

/**
 * Reads the background table into the project's variants (read before). Refuses a plan that
 * names no variant, has an unknown kind, a source over kMaxBackgroundBytes, a scale that is not
 * a positive finite number or an opacity outside 0..1, with a message naming the variant.
 */
sqlite::Result readBackgrounds(sqlite::Database &db, Project &project);

} // namespace taktflow::core::storage
