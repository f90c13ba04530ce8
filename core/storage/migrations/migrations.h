// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/sqlitedb.h"

#include <QString>

namespace taktflow::core::storage::migrations {

/** The oldest schema version that can still be read. */
constexpr int kOldestSupportedVersion = 0;

/**
 * Upgrades a database (an in-memory working copy) from fromVersion to the current schema, one
 * step per version, each in its own transaction. Returns false with a message on failure.
 */
bool migrateToCurrent(sqlite::Database &db, int fromVersion, QString *error);

/** Creates the frozen schema of an old version (for schema checks and fixtures). */
bool createFrozenSchema(sqlite::Database &db, int version, QString *error);

/** Step v0 -> v1; its frozen v0 schema lives beside it. */
bool migrateV0ToV1(sqlite::Database &db, QString *error);
bool createSchemaV0(sqlite::Database &db, QString *error);

/** Step v1 -> v2 (background floor plans); its frozen v1 schema lives beside it. */
bool migrateV1ToV2(sqlite::Database &db, QString *error);
bool createSchemaV1(sqlite::Database &db, QString *error);

} // namespace taktflow::core::storage::migrations
