// SPDX-License-Identifier: GPL-3.0-or-later
// Schema v0 was the prototype format: loose column types, no ordering columns, no shift
// calendar, no zoning or mixed models, automation as a 0/1 flag. Frozen here; never edit.
#include "core/storage/migrations/migrations.h"

namespace taktflow::core::storage::migrations {

namespace {

constexpr const char *kSchemaV0 = R"sql(
CREATE TABLE project (name TEXT, author TEXT);
CREATE TABLE variant (id TEXT PRIMARY KEY, name TEXT, floor_width_m REAL, floor_depth_m REAL);
CREATE TABLE item (variant_id TEXT, id TEXT, name TEXT, type TEXT, x_m REAL, y_m REAL,
    width_m REAL, depth_m REAL, rotation_deg REAL, height_m REAL, automated INTEGER, power_kw REAL);
CREATE TABLE line (variant_id TEXT, id TEXT, name TEXT, demand_per_period REAL, available_time_s REAL);
CREATE TABLE task (variant_id TEXT, line_id TEXT, id TEXT, name TEXT, time_s REAL, automated INTEGER);
CREATE TABLE task_predecessor (variant_id TEXT, line_id TEXT, task_id TEXT, predecessor_id TEXT);
CREATE TABLE flow (variant_id TEXT, from_item TEXT, to_item TEXT, units_per_period REAL, product TEXT);
)sql";

// The v1 tables come from the frozen v1 schema beside the v1 -> v2 step.
constexpr const char *kCopyV0 = R"sql(
ALTER TABLE project RENAME TO v0_project;
ALTER TABLE variant RENAME TO v0_variant;
ALTER TABLE item RENAME TO v0_item;
ALTER TABLE line RENAME TO v0_line;
ALTER TABLE task RENAME TO v0_task;
ALTER TABLE task_predecessor RENAME TO v0_task_predecessor;
ALTER TABLE flow RENAME TO v0_flow;
)sql";

constexpr const char *kFillV1 = R"sql(
INSERT INTO project SELECT 1, coalesce(name, ''), coalesce(author, ''), 1, 0.4, 8.0
    FROM v0_project ORDER BY rowid LIMIT 1;
INSERT INTO variant SELECT rowid, id, coalesce(name, id), '', floor_width_m, floor_depth_m,
    'rectilinear', 3.0, '' FROM v0_variant;
INSERT INTO item SELECT variant_id, rowid, id, coalesce(name, ''), type, x_m, y_m, width_m, depth_m,
    coalesce(rotation_deg, 0.0), coalesce(height_m, 1.0), CASE WHEN automated THEN 1.0 ELSE 0.0 END,
    coalesce(power_kw, 0.0), 0.0, NULL, NULL, NULL, NULL, '', 0 FROM v0_item;
INSERT INTO line SELECT variant_id, rowid, id, coalesce(name, ''), demand_per_period, available_time_s,
    0, 1, 28800.0, 0.0, 0.0, 1.0, 1 FROM v0_line;
INSERT INTO task SELECT variant_id, line_id, rowid, id, coalesce(name, ''), time_s,
    CASE WHEN automated THEN 1 ELSE 0 END, -1.0, '', 0 FROM v0_task;
INSERT INTO task_predecessor SELECT variant_id, line_id, task_id, rowid, predecessor_id FROM v0_task_predecessor;
INSERT INTO flow SELECT variant_id, rowid, from_item, to_item, units_per_period, coalesce(product, ''), ''
    FROM v0_flow;
DROP TABLE v0_project;
DROP TABLE v0_variant;
DROP TABLE v0_item;
DROP TABLE v0_line;
DROP TABLE v0_task;
DROP TABLE v0_task_predecessor;
DROP TABLE v0_flow;
)sql";

} // namespace

sqlite::Result createSchemaV0(sqlite::Database &db)
{
    return db.exec(kSchemaV0);
}

sqlite::Result migrateV0ToV1(sqlite::Database &db)
{
    sqlite::Result done = db.exec(kCopyV0);
    if (done)
        done = createSchemaV1(db);
    if (done)
        done = db.exec(kFillV1);
    return done;
}

} // namespace taktflow::core::storage::migrations
