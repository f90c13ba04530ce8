// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/sqlitedb.h"

#include <QString>

namespace taktflow::core::storage::migrations {

/** The oldest schema version that can still be read. */
constexpr int kOldestSupportedVersion = 0;

/**
 * Upgrades a database (an in-memory working copy) from fromVersion to the current schema, one
 * step per version, each in its own transaction. On failure the result names the step.
 */
sqlite::Result migrateToCurrent(sqlite::Database &db, int fromVersion);

/** Creates the frozen schema of an old version (for schema checks and fixtures). */
sqlite::Result createFrozenSchema(sqlite::Database &db, int version);

/** Step v0 -> v1; its frozen v0 schema lives beside it. */
sqlite::Result migrateV0ToV1(sqlite::Database &db);
sqlite::Result createSchemaV0(sqlite::Database &db);

/** Step v1 -> v2 (background floor plans); its frozen v1 schema lives beside it. */
sqlite::Result migrateV1ToV2(sqlite::Database &db);
sqlite::Result createSchemaV1(sqlite::Database &db);

/** Step v2 -> v3 (simulation parameters and last results); its frozen v2 schema lives beside it. */
sqlite::Result migrateV2ToV3(sqlite::Database &db);
sqlite::Result createSchemaV2(sqlite::Database &db);

} // namespace taktflow::core::storage::migrations
