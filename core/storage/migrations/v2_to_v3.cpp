// SPDX-License-Identifier: GPL-3.0-or-later
// Schema v2 added the background floor plans (frozen as v1 plus that step). v3 adds the simulation
// parameters of each line and its last simulation result in tables of their own (the nested
// parts as JSON text that the reader checks like any untrusted input), so the step only creates
// those tables: a line without a row simulates with the defaults.
#include "core/storage/migrations/migrations.h"

namespace taktflow::core::storage::migrations {

namespace {

constexpr const char *kAddV3 = R"sql(
CREATE TABLE line_simulation (
    variant_id TEXT NOT NULL,
    line_id TEXT NOT NULL,
    parameters TEXT NOT NULL,
    PRIMARY KEY (variant_id, line_id),
    FOREIGN KEY (variant_id, line_id) REFERENCES line(variant_id, id) ON DELETE CASCADE
) STRICT;
CREATE TABLE line_simulation_result (
    variant_id TEXT NOT NULL,
    line_id TEXT NOT NULL,
    parameters TEXT NOT NULL,
    input_fingerprint TEXT NOT NULL,
    ran_at_utc TEXT NOT NULL,
    replications INTEGER NOT NULL,
    simulated_s REAL NOT NULL,
    throughput_per_hour_mean REAL NOT NULL,
    throughput_per_hour_low REAL NOT NULL,
    throughput_per_hour_high REAL NOT NULL,
    output_units_mean REAL NOT NULL,
    wip_mean REAL NOT NULL,
    lead_time_mean_s REAL NOT NULL,
    lead_time_p95_s REAL NOT NULL,
    bottleneck TEXT NOT NULL,
    PRIMARY KEY (variant_id, line_id),
    FOREIGN KEY (variant_id, line_id) REFERENCES line(variant_id, id) ON DELETE CASCADE
) STRICT;
CREATE TABLE line_simulation_station (
    variant_id TEXT NOT NULL,
    line_id TEXT NOT NULL,
    pos INTEGER NOT NULL,
    name TEXT NOT NULL,
    working REAL NOT NULL,
    starved REAL NOT NULL,
    blocked REAL NOT NULL,
    failed REAL NOT NULL,
    setup REAL NOT NULL,
    paused REAL NOT NULL,
    bottleneck_share REAL NOT NULL,
    PRIMARY KEY (variant_id, line_id, pos),
    FOREIGN KEY (variant_id, line_id) REFERENCES line_simulation_result(variant_id, line_id) ON DELETE CASCADE
) STRICT;
)sql";

} // namespace

sqlite::Result createSchemaV2(sqlite::Database &db)
{
    // Schema v2 is exactly v1 and the v1 -> v2 step, both frozen themselves.
    sqlite::Result done = createSchemaV1(db);
    if (done)
        done = migrateV1ToV2(db);
    return done;
}

sqlite::Result migrateV2ToV3(sqlite::Database &db)
{
    return db.exec(kAddV3);
}

} // namespace taktflow::core::storage::migrations
