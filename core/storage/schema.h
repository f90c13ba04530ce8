// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/sqlitedb.h"

#include <QString>

namespace taktflow::core::storage {

/** The schema this build writes. Bump it together with a new step in migrations/. */
constexpr int kSchemaVersion = 3;

/** Creates the newest schema (tables only) in an empty database and stamps the pragmas. */
sqlite::Result createSchema(sqlite::Database &db);

/**
 * The schema objects of a database as one canonical text ("type|name|sql" lines sorted by
 * name). Comparing it with the text of a freshly created schema finds extra triggers, views,
 * indexes or altered tables.
 */
sqlite::ValueResult<QString> schemaFingerprint(sqlite::Database &db);

/** The fingerprint of the schema of a given version, built in a scratch in-memory database. */
sqlite::ValueResult<QString> expectedFingerprint(int version);

} // namespace taktflow::core::storage
