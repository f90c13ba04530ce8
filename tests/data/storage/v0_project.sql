-- A project as the v0 prototype wrote it (frozen; see core/storage/migrations/v0_to_v1.cpp).
-- tests/data/storage/v0_project.taktflow was made from this file with:
--   sqlite3 tests/data/storage/v0_project.taktflow < tests/data/storage/v0_project.sql
PRAGMA application_id = 1414222918;
PRAGMA user_version = 0;
CREATE TABLE project (name TEXT, author TEXT);
CREATE TABLE variant (id TEXT PRIMARY KEY, name TEXT, floor_width_m REAL, floor_depth_m REAL);
CREATE TABLE item (variant_id TEXT, id TEXT, name TEXT, type TEXT, x_m REAL, y_m REAL,
    width_m REAL, depth_m REAL, rotation_deg REAL, height_m REAL, automated INTEGER, power_kw REAL);
CREATE TABLE line (variant_id TEXT, id TEXT, name TEXT, demand_per_period REAL, available_time_s REAL);
CREATE TABLE task (variant_id TEXT, line_id TEXT, id TEXT, name TEXT, time_s REAL, automated INTEGER);
CREATE TABLE task_predecessor (variant_id TEXT, line_id TEXT, task_id TEXT, predecessor_id TEXT);
CREATE TABLE flow (variant_id TEXT, from_item TEXT, to_item TEXT, units_per_period REAL, product TEXT);
INSERT INTO project VALUES ('Gearbox plant', 'A. Planner');
INSERT INTO variant VALUES ('A', 'Option A', 40, 25);
INSERT INTO variant VALUES ('B', 'Option B', 45, 25);
INSERT INTO item VALUES ('A', 'M1', 'Mill', 'machine', 5, 5, 4, 3, 0, 2.5, 1, 15);
INSERT INTO item VALUES ('A', 'W1', 'Bench', 'workstation', 12, 5, 2, 1.5, 90, 1, 0, 0.2);
INSERT INTO item VALUES ('B', 'M1', 'Mill', 'machine', 8, 5, 4, 3, 0, 2.5, 1, 15);
INSERT INTO line VALUES ('A', 'L1', 'Gear line', 300, 27000);
INSERT INTO task VALUES ('A', 'L1', 'T1', 'Deburr', 20.5, 0);
INSERT INTO task VALUES ('A', 'L1', 'T2', 'Press', 12, 1);
INSERT INTO task VALUES ('A', 'L1', 'T3', 'Check', 8, 0);
INSERT INTO task_predecessor VALUES ('A', 'L1', 'T2', 'T1');
INSERT INTO task_predecessor VALUES ('A', 'L1', 'T3', 'T1');
INSERT INTO task_predecessor VALUES ('A', 'L1', 'T3', 'T2');
INSERT INTO flow VALUES ('A', 'M1', 'W1', 300, 'Gear');
