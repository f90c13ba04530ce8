// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/schema.h"

#include "core/storage/migrations/migrations.h"
#include "core/storage/projectfile.h"

#include <QStringList>

namespace taktflow::core::storage {

namespace {

// STRICT tables: SQLite itself refuses a value of the wrong type, even in a crafted file
// (the schema check makes sure the tables really are these).
constexpr const char *kSchema = R"sql(
CREATE TABLE project (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    author TEXT NOT NULL,
    revision INTEGER NOT NULL,
    grid_kg_co2e_per_kwh REAL NOT NULL,
    running_hours_per_period REAL NOT NULL
) STRICT;
CREATE TABLE transport (
    pos INTEGER NOT NULL,
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    speed_mps REAL NOT NULL,
    cost_per_m REAL NOT NULL,
    units_per_trip REAL NOT NULL,
    energy_kwh_per_km REAL NOT NULL,
    automated INTEGER NOT NULL
) STRICT;
CREATE TABLE variant (
    pos INTEGER NOT NULL,
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    notes TEXT NOT NULL,
    floor_width_m REAL NOT NULL,
    floor_depth_m REAL NOT NULL,
    distance_metric TEXT NOT NULL,
    min_aisle_width_m REAL NOT NULL,
    default_transport TEXT NOT NULL
) STRICT;
CREATE TABLE item (
    variant_id TEXT NOT NULL REFERENCES variant(id) ON DELETE CASCADE,
    pos INTEGER NOT NULL,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    x_m REAL NOT NULL,
    y_m REAL NOT NULL,
    width_m REAL NOT NULL,
    depth_m REAL NOT NULL,
    rotation_deg REAL NOT NULL,
    height_m REAL NOT NULL,
    automation_level REAL NOT NULL,
    power_kw REAL NOT NULL,
    clearance_m REAL NOT NULL,
    pickup_x_m REAL,
    pickup_y_m REAL,
    dropoff_x_m REAL,
    dropoff_y_m REAL,
    model_file TEXT NOT NULL,
    fixed INTEGER NOT NULL,
    PRIMARY KEY (variant_id, id)
) STRICT;
CREATE TABLE item_outline (
    variant_id TEXT NOT NULL,
    item_id TEXT NOT NULL,
    pos INTEGER NOT NULL,
    x_m REAL NOT NULL,
    y_m REAL NOT NULL,
    PRIMARY KEY (variant_id, item_id, pos),
    FOREIGN KEY (variant_id, item_id) REFERENCES item(variant_id, id) ON DELETE CASCADE
) STRICT;
CREATE TABLE line (
    variant_id TEXT NOT NULL REFERENCES variant(id) ON DELETE CASCADE,
    pos INTEGER NOT NULL,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    demand_per_period REAL NOT NULL,
    available_time_s REAL NOT NULL,
    use_calendar INTEGER NOT NULL,
    shifts_per_period INTEGER NOT NULL,
    shift_length_s REAL NOT NULL,
    breaks_s REAL NOT NULL,
    planned_downtime_s REAL NOT NULL,
    efficiency REAL NOT NULL,
    allow_parallel_stations INTEGER NOT NULL,
    PRIMARY KEY (variant_id, id)
) STRICT;
CREATE TABLE task (
    variant_id TEXT NOT NULL,
    line_id TEXT NOT NULL,
    pos INTEGER NOT NULL,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    time_s REAL NOT NULL,
    automated INTEGER NOT NULL,
    automated_time_s REAL NOT NULL,
    required_resource TEXT NOT NULL,
    fixed_station INTEGER NOT NULL,
    PRIMARY KEY (variant_id, line_id, id),
    FOREIGN KEY (variant_id, line_id) REFERENCES line(variant_id, id) ON DELETE CASCADE
) STRICT;
CREATE TABLE task_predecessor (
    variant_id TEXT NOT NULL,
    line_id TEXT NOT NULL,
    task_id TEXT NOT NULL,
    pos INTEGER NOT NULL,
    predecessor_id TEXT NOT NULL,
    PRIMARY KEY (variant_id, line_id, task_id, pos),
    FOREIGN KEY (variant_id, line_id, task_id) REFERENCES task(variant_id, line_id, id) ON DELETE CASCADE
) STRICT;
CREATE TABLE task_model_time (
    variant_id TEXT NOT NULL,
    line_id TEXT NOT NULL,
    task_id TEXT NOT NULL,
    model_id TEXT NOT NULL,
    time_s REAL NOT NULL,
    PRIMARY KEY (variant_id, line_id, task_id, model_id),
    FOREIGN KEY (variant_id, line_id, task_id) REFERENCES task(variant_id, line_id, id) ON DELETE CASCADE
) STRICT;
CREATE TABLE line_model (
    variant_id TEXT NOT NULL,
    line_id TEXT NOT NULL,
    pos INTEGER NOT NULL,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    demand_share REAL NOT NULL,
    PRIMARY KEY (variant_id, line_id, id),
    FOREIGN KEY (variant_id, line_id) REFERENCES line(variant_id, id) ON DELETE CASCADE
) STRICT;
CREATE TABLE zoning_rule (
    variant_id TEXT NOT NULL,
    line_id TEXT NOT NULL,
    pos INTEGER NOT NULL,
    task_a TEXT NOT NULL,
    task_b TEXT NOT NULL,
    together INTEGER NOT NULL,
    PRIMARY KEY (variant_id, line_id, pos),
    FOREIGN KEY (variant_id, line_id) REFERENCES line(variant_id, id) ON DELETE CASCADE
) STRICT;
CREATE TABLE station (
    variant_id TEXT NOT NULL,
    line_id TEXT NOT NULL,
    pos INTEGER NOT NULL,
    resource TEXT NOT NULL,
    item_id TEXT NOT NULL,
    replicas INTEGER NOT NULL,
    PRIMARY KEY (variant_id, line_id, pos),
    FOREIGN KEY (variant_id, line_id) REFERENCES line(variant_id, id) ON DELETE CASCADE
) STRICT;
CREATE TABLE station_task (
    variant_id TEXT NOT NULL,
    line_id TEXT NOT NULL,
    station_pos INTEGER NOT NULL,
    pos INTEGER NOT NULL,
    task_id TEXT NOT NULL,
    PRIMARY KEY (variant_id, line_id, station_pos, pos),
    FOREIGN KEY (variant_id, line_id, station_pos) REFERENCES station(variant_id, line_id, pos) ON DELETE CASCADE
) STRICT;
CREATE TABLE product (
    variant_id TEXT NOT NULL REFERENCES variant(id) ON DELETE CASCADE,
    pos INTEGER NOT NULL,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    units_per_period REAL NOT NULL,
    transport_id TEXT NOT NULL,
    PRIMARY KEY (variant_id, id)
) STRICT;
CREATE TABLE routing_step (
    variant_id TEXT NOT NULL,
    product_id TEXT NOT NULL,
    pos INTEGER NOT NULL,
    item_id TEXT NOT NULL,
    PRIMARY KEY (variant_id, product_id, pos),
    FOREIGN KEY (variant_id, product_id) REFERENCES product(variant_id, id) ON DELETE CASCADE
) STRICT;
CREATE TABLE flow (
    variant_id TEXT NOT NULL REFERENCES variant(id) ON DELETE CASCADE,
    pos INTEGER NOT NULL,
    from_item TEXT NOT NULL,
    to_item TEXT NOT NULL,
    units_per_period REAL NOT NULL,
    product TEXT NOT NULL,
    transport_id TEXT NOT NULL,
    PRIMARY KEY (variant_id, pos)
) STRICT;
CREATE TABLE kpi_weight (
    kpi TEXT PRIMARY KEY,
    weight REAL NOT NULL
) STRICT;
CREATE TABLE cost_figure (
    pos INTEGER PRIMARY KEY,
    variant_id TEXT NOT NULL,
    name TEXT NOT NULL,
    value REAL NOT NULL
) STRICT;
CREATE TABLE background (
    variant_id TEXT PRIMARY KEY REFERENCES variant(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    file_name TEXT NOT NULL,
    data BLOB NOT NULL CHECK (length(data) <= 67108864),
    metres_per_unit REAL NOT NULL,
    origin_x_m REAL NOT NULL,
    origin_y_m REAL NOT NULL,
    opacity REAL NOT NULL,
    locked INTEGER NOT NULL
) STRICT;
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

sqlite::Result createSchema(sqlite::Database &db)
{
    if (sqlite::Result created = db.exec(kSchema); !created)
        return created;
    const QByteArray pragmas = QStringLiteral("PRAGMA application_id=%1; PRAGMA user_version=%2;")
                                   .arg(kApplicationId)
                                   .arg(kSchemaVersion)
                                   .toUtf8();
    return db.exec(pragmas.constData());
}

sqlite::ValueResult<QString> schemaFingerprint(sqlite::Database &db)
{
    sqlite::Statement query(db, "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema ORDER BY name");
    QStringList lines;
    while (query.next())
        lines << QStringList{query.text(0), query.text(1), query.text(2), query.text(3)}.join(QLatin1Char('|'));
    if (!query.error().isEmpty())
        return sqlite::ValueResult<QString>::failure(query.error());
    return {lines.join(QLatin1Char('\n')), {}};
}

sqlite::ValueResult<QString> expectedFingerprint(int version)
{
    auto scratch = sqlite::Database::openMemory();
    if (!scratch)
        return sqlite::ValueResult<QString>::failure(scratch.message);
    const sqlite::Result created = version == kSchemaVersion
                                       ? createSchema(*scratch)
                                       : migrations::createFrozenSchema(*scratch, version);
    if (!created)
        return sqlite::ValueResult<QString>::failure(created.message);
    return schemaFingerprint(*scratch);
}

} // namespace taktflow::core::storage
