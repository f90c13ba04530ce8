-- A project as Taktflow wrote schema version 2 (frozen; see core/storage/migrations/v2_to_v3.cpp):
-- the bundled sample saved by 'taktflow-cli new --sample' before v3, plus a 2 x 2 pixel PNG as the
-- background plan of variant V3. tests/data/storage/v2_project.taktflow was made from it with:
--   sqlite3 tests/data/storage/v2_project.taktflow < tests/data/storage/v2_project.sql
PRAGMA application_id = 1414222918;
PRAGMA user_version = 2;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE project (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    author TEXT NOT NULL,
    revision INTEGER NOT NULL,
    grid_kg_co2e_per_kwh REAL NOT NULL,
    running_hours_per_period REAL NOT NULL
) STRICT;
INSERT INTO project VALUES(1,'Motor plant','Taktflow sample',1,0.38000000000000000444,16.0);
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
INSERT INTO transport VALUES(0,'FL','Electric forklift','forklift',2.2000000000000001776,0.012000000000000000249,20.0,0.9000000000000000222,0);
INSERT INTO transport VALUES(1,'TUG','Tugger train','tugger',2.5,0.0080000000000000001665,60.0,0.59999999999999997779,0);
INSERT INTO transport VALUES(2,'AGV','AGV','agv',1.1999999999999999555,0.0040000000000000000832,10.0,0.14999999999999999444,1);
INSERT INTO transport VALUES(3,'CONV','Roller conveyor','conveyor',0.29999999999999998889,0.0020000000000000000416,1.0,0.050000000000000002775,1);
INSERT INTO transport VALUES(4,'MAN','Hand cart','manual',1.0,0.020000000000000000416,4.0,0.0,0);
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
INSERT INTO variant VALUES(0,'V1','Current layout','Functional layout as built: machining above the main aisle, manual assembly below.',60.0,40.0,'rectilinear',3.0,'FL');
INSERT INTO variant VALUES(1,'V2','Cell layout','CNC lathes and washer moved below the aisle next to assembly; racks by the dock.',60.0,40.0,'rectilinear',3.0,'FL');
INSERT INTO variant VALUES(2,'V3','Automated line','Robot cell replaces station 3; AGVs supply parts; conveyor from test to packing.',60.0,40.0,'rectilinear',3.0,'AGV');
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
INSERT INTO item VALUES('V1',0,'AISLE-MAIN','Main aisle','aisle',30.0,20.0,56.0,3.5,0.0,0.0,0.0,0.0,0.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V1',1,'AISLE-X','Cross aisle','aisle',30.0,20.0,3.5,36.0,0.0,0.0,0.0,0.0,0.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V1',2,'IN','Receiving dock','dock',4.0,30.0,5.0,5.0,0.0,4.5,0.0,0.0,0.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V1',3,'R1','Housing rack','rack',13.0,32.0,8.0,2.0,0.0,5.0,0.0,0.0,1.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V1',4,'R2','Shaft rack','rack',13.0,26.0,8.0,2.0,0.0,5.0,0.0,0.0,0.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V1',5,'CNC1','CNC lathe 1','machine',23.0,30.0,4.0,3.5,0.0,2.5,1.0,22.0,0.8000000000000000444,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V1',6,'CNC2','CNC lathe 2','machine',23.0,25.499999999999999999,4.0,3.5,0.0,2.5,1.0,22.0,0.8000000000000000444,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V1',7,'WASH','Parts washer','machine',37.0,28.0,5.0,3.0,0.0,2.2000000000000001776,1.0,15.0,0.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V1',8,'WS1','Assembly station 1','workstation',8.0,14.0,3.0,2.5,0.0,1.8000000000000000444,0.0,0.5,0.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V1',9,'WS2','Assembly station 2','workstation',13.0,14.0,3.0,2.5,0.0,1.8000000000000000444,0.0,0.5,0.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V1',10,'WS3','Assembly station 3','workstation',18.0,14.0,3.0,2.5,0.0,1.8000000000000000444,0.0,0.5,0.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V1',11,'TEST','Test bench','machine',23.0,14.0,3.0,2.5,0.0,2.0,1.0,4.0,0.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V1',12,'PACK','Packing','workstation',44.0,12.0,4.0,4.0,0.0,1.8000000000000000444,0.0,1.0,0.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V1',13,'OUT','Shipping dock','dock',55.0,10.0,5.0,5.0,0.0,4.5,0.0,0.0,0.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V1',14,'COL1','Column','column',20.0,6.0,0.59999999999999997779,0.59999999999999997779,0.0,8.0,0.0,0.0,0.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V1',15,'COL2','Column','column',40.0,6.0,0.59999999999999997779,0.59999999999999997779,0.0,8.0,0.0,0.0,0.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V1',16,'ZONE-ASM','Assembly zone','zone',15.0,12.0,24.0,12.0,0.0,0.0,0.0,0.0,0.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V2',0,'AISLE-MAIN','Main aisle','aisle',30.0,20.0,56.0,3.5,0.0,0.0,0.0,0.0,0.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V2',1,'AISLE-X','Cross aisle','aisle',30.0,20.0,3.5,36.0,0.0,0.0,0.0,0.0,0.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V2',2,'IN','Receiving dock','dock',4.0,30.0,5.0,5.0,0.0,4.5,0.0,0.0,0.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V2',3,'R1','Housing rack','rack',10.0,26.0,2.0,6.0,0.0,5.0,0.0,0.0,1.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V2',4,'R2','Shaft rack','rack',14.0,26.0,2.0,6.0,0.0,5.0,0.0,0.0,0.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V2',5,'CNC1','CNC lathe 1','machine',8.0,6.0,4.0,3.5,0.0,2.5,1.0,22.0,0.8000000000000000444,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V2',6,'CNC2','CNC lathe 2','machine',13.0,6.0,4.0,3.5,0.0,2.5,1.0,22.0,0.8000000000000000444,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V2',7,'WASH','Parts washer','machine',24.0,8.0,3.0,5.0,0.0,2.2000000000000001776,1.0,15.0,0.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V2',8,'WS1','Assembly station 1','workstation',8.0,14.0,3.0,2.5,0.0,1.8000000000000000444,0.0,0.5,0.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V2',9,'WS2','Assembly station 2','workstation',13.0,14.0,3.0,2.5,0.0,1.8000000000000000444,0.0,0.5,0.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V2',10,'WS3','Assembly station 3','workstation',18.0,14.0,3.0,2.5,0.0,1.8000000000000000444,0.0,0.5,0.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V2',11,'TEST','Test bench','machine',23.0,14.0,3.0,2.5,0.0,2.0,1.0,4.0,0.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V2',12,'PACK','Packing','workstation',36.0,12.0,4.0,4.0,0.0,1.8000000000000000444,0.0,1.0,0.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V2',13,'OUT','Shipping dock','dock',55.0,10.0,5.0,5.0,0.0,4.5,0.0,0.0,0.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V2',14,'COL1','Column','column',20.0,6.0,0.59999999999999997779,0.59999999999999997779,0.0,8.0,0.0,0.0,0.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V2',15,'COL2','Column','column',40.0,6.0,0.59999999999999997779,0.59999999999999997779,0.0,8.0,0.0,0.0,0.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V2',16,'ZONE-ASM','Assembly zone','zone',15.0,12.0,24.0,12.0,0.0,0.0,0.0,0.0,0.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V3',0,'AISLE-MAIN','Main aisle','aisle',30.0,20.0,56.0,3.5,0.0,0.0,0.0,0.0,0.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V3',1,'AISLE-X','Cross aisle','aisle',30.0,20.0,3.5,36.0,0.0,0.0,0.0,0.0,0.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V3',2,'IN','Receiving dock','dock',4.0,30.0,5.0,5.0,0.0,4.5,0.0,0.0,0.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V3',3,'R1','Housing rack','rack',10.0,26.0,2.0,6.0,0.0,5.0,0.0,0.0,1.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V3',4,'R2','Shaft rack','rack',14.0,26.0,2.0,6.0,0.0,5.0,0.0,0.0,0.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V3',5,'CNC1','CNC lathe 1','machine',8.0,6.0,4.0,3.5,0.0,2.5,1.0,22.0,0.8000000000000000444,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V3',6,'CNC2','CNC lathe 2','machine',13.0,6.0,4.0,3.5,0.0,2.5,1.0,22.0,0.8000000000000000444,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V3',7,'WASH','Parts washer','machine',24.0,8.0,3.0,5.0,0.0,2.2000000000000001776,1.0,15.0,0.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V3',8,'WS1','Assembly station 1','workstation',8.0,14.0,3.0,2.5,0.0,1.8000000000000000444,0.0,0.5,0.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V3',9,'WS2','Assembly station 2','workstation',13.0,14.0,3.0,2.5,0.0,1.8000000000000000444,0.0,0.5,0.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V3',10,'WS3','Robot cell','machine',18.0,14.0,3.5,3.0,0.0,1.8000000000000000444,1.0,7.5,0.5,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V3',11,'TEST','Test bench','machine',23.0,14.0,3.0,2.5,0.0,2.0,1.0,4.0,0.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V3',12,'PACK','Packing','workstation',36.0,12.0,4.0,4.0,0.0,1.8000000000000000444,0.0,1.0,0.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V3',13,'OUT','Shipping dock','dock',55.0,10.0,5.0,5.0,0.0,4.5,0.0,0.0,0.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V3',14,'COL1','Column','column',20.0,6.0,0.59999999999999997779,0.59999999999999997779,0.0,8.0,0.0,0.0,0.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V3',15,'COL2','Column','column',40.0,6.0,0.59999999999999997779,0.59999999999999997779,0.0,8.0,0.0,0.0,0.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V3',16,'ZONE-ASM','Assembly zone','zone',15.0,12.0,24.0,12.0,0.0,0.0,0.0,0.0,0.0,NULL,NULL,NULL,NULL,'',0);
INSERT INTO item VALUES('V3',17,'CONV1','Conveyor test-pack','conveyor',29.25,14.0,8.5,0.8000000000000000444,0.0,0.9000000000000000222,1.0,1.5,0.0,NULL,NULL,NULL,NULL,'',0);
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
INSERT INTO line VALUES('V1',0,'L1','Motor assembly',480.0,45360.0,1,2,28800.0,2700.0,1800.0,0.9000000000000000222,1);
INSERT INTO line VALUES('V2',0,'L1','Motor assembly',480.0,45360.0,1,2,28800.0,2700.0,1800.0,0.9000000000000000222,1);
INSERT INTO line VALUES('V3',0,'L1','Motor assembly',480.0,45360.0,1,2,28800.0,2700.0,1800.0,0.9000000000000000222,1);
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
INSERT INTO task VALUES('V1','L1',0,'T1','Load housing',12.0,0,-1.0,'',0);
INSERT INTO task VALUES('V1','L1',1,'T2','Press bearing',18.0,1,-1.0,'',0);
INSERT INTO task VALUES('V1','L1',2,'T3','Insert stator',35.0,0,-1.0,'',0);
INSERT INTO task VALUES('V1','L1',3,'T4','Insert rotor',28.0,0,-1.0,'',0);
INSERT INTO task VALUES('V1','L1',4,'T5','Fit end shield',22.0,0,-1.0,'',0);
INSERT INTO task VALUES('V1','L1',5,'T6','Screw end shield',30.0,0,-1.0,'',0);
INSERT INTO task VALUES('V1','L1',6,'T7','Mount terminal box',25.0,0,-1.0,'',0);
INSERT INTO task VALUES('V1','L1',7,'T8','Wire terminal box',40.0,0,-1.0,'',0);
INSERT INTO task VALUES('V1','L1',8,'T9','Fit fan',15.0,0,-1.0,'',0);
INSERT INTO task VALUES('V1','L1',9,'T10','Fit fan cover',18.0,0,-1.0,'',0);
INSERT INTO task VALUES('V1','L1',10,'T11','Electrical test',45.0,1,-1.0,'',0);
INSERT INTO task VALUES('V1','L1',11,'T12','Label and pack',20.0,0,-1.0,'',0);
INSERT INTO task VALUES('V2','L1',0,'T1','Load housing',12.0,0,-1.0,'',0);
INSERT INTO task VALUES('V2','L1',1,'T2','Press bearing',18.0,1,-1.0,'',0);
INSERT INTO task VALUES('V2','L1',2,'T3','Insert stator',35.0,0,-1.0,'',0);
INSERT INTO task VALUES('V2','L1',3,'T4','Insert rotor',28.0,0,-1.0,'',0);
INSERT INTO task VALUES('V2','L1',4,'T5','Fit end shield',22.0,0,-1.0,'',0);
INSERT INTO task VALUES('V2','L1',5,'T6','Screw end shield',30.0,0,-1.0,'',0);
INSERT INTO task VALUES('V2','L1',6,'T7','Mount terminal box',25.0,0,-1.0,'',0);
INSERT INTO task VALUES('V2','L1',7,'T8','Wire terminal box',40.0,0,-1.0,'',0);
INSERT INTO task VALUES('V2','L1',8,'T9','Fit fan',15.0,0,-1.0,'',0);
INSERT INTO task VALUES('V2','L1',9,'T10','Fit fan cover',18.0,0,-1.0,'',0);
INSERT INTO task VALUES('V2','L1',10,'T11','Electrical test',45.0,1,-1.0,'',0);
INSERT INTO task VALUES('V2','L1',11,'T12','Label and pack',20.0,0,-1.0,'',0);
INSERT INTO task VALUES('V3','L1',0,'T1','Load housing',12.0,0,-1.0,'',0);
INSERT INTO task VALUES('V3','L1',1,'T2','Press bearing',18.0,1,-1.0,'',0);
INSERT INTO task VALUES('V3','L1',2,'T3','Insert stator',35.0,0,-1.0,'',0);
INSERT INTO task VALUES('V3','L1',3,'T4','Insert rotor',28.0,0,-1.0,'',0);
INSERT INTO task VALUES('V3','L1',4,'T5','Fit end shield',22.0,0,-1.0,'',0);
INSERT INTO task VALUES('V3','L1',5,'T6','Screw end shield',30.0,1,20.0,'robot',0);
INSERT INTO task VALUES('V3','L1',6,'T7','Mount terminal box',25.0,0,-1.0,'',0);
INSERT INTO task VALUES('V3','L1',7,'T8','Wire terminal box',40.0,0,-1.0,'',0);
INSERT INTO task VALUES('V3','L1',8,'T9','Fit fan',15.0,0,-1.0,'',0);
INSERT INTO task VALUES('V3','L1',9,'T10','Fit fan cover',18.0,0,-1.0,'',0);
INSERT INTO task VALUES('V3','L1',10,'T11','Electrical test',45.0,1,-1.0,'',0);
INSERT INTO task VALUES('V3','L1',11,'T12','Label and pack',20.0,0,-1.0,'',0);
CREATE TABLE task_predecessor (
    variant_id TEXT NOT NULL,
    line_id TEXT NOT NULL,
    task_id TEXT NOT NULL,
    pos INTEGER NOT NULL,
    predecessor_id TEXT NOT NULL,
    PRIMARY KEY (variant_id, line_id, task_id, pos),
    FOREIGN KEY (variant_id, line_id, task_id) REFERENCES task(variant_id, line_id, id) ON DELETE CASCADE
) STRICT;
INSERT INTO task_predecessor VALUES('V1','L1','T2',0,'T1');
INSERT INTO task_predecessor VALUES('V1','L1','T3',0,'T1');
INSERT INTO task_predecessor VALUES('V1','L1','T4',0,'T2');
INSERT INTO task_predecessor VALUES('V1','L1','T4',1,'T3');
INSERT INTO task_predecessor VALUES('V1','L1','T5',0,'T4');
INSERT INTO task_predecessor VALUES('V1','L1','T6',0,'T5');
INSERT INTO task_predecessor VALUES('V1','L1','T7',0,'T3');
INSERT INTO task_predecessor VALUES('V1','L1','T8',0,'T7');
INSERT INTO task_predecessor VALUES('V1','L1','T9',0,'T5');
INSERT INTO task_predecessor VALUES('V1','L1','T10',0,'T9');
INSERT INTO task_predecessor VALUES('V1','L1','T10',1,'T6');
INSERT INTO task_predecessor VALUES('V1','L1','T11',0,'T8');
INSERT INTO task_predecessor VALUES('V1','L1','T11',1,'T10');
INSERT INTO task_predecessor VALUES('V1','L1','T12',0,'T11');
INSERT INTO task_predecessor VALUES('V2','L1','T2',0,'T1');
INSERT INTO task_predecessor VALUES('V2','L1','T3',0,'T1');
INSERT INTO task_predecessor VALUES('V2','L1','T4',0,'T2');
INSERT INTO task_predecessor VALUES('V2','L1','T4',1,'T3');
INSERT INTO task_predecessor VALUES('V2','L1','T5',0,'T4');
INSERT INTO task_predecessor VALUES('V2','L1','T6',0,'T5');
INSERT INTO task_predecessor VALUES('V2','L1','T7',0,'T3');
INSERT INTO task_predecessor VALUES('V2','L1','T8',0,'T7');
INSERT INTO task_predecessor VALUES('V2','L1','T9',0,'T5');
INSERT INTO task_predecessor VALUES('V2','L1','T10',0,'T9');
INSERT INTO task_predecessor VALUES('V2','L1','T10',1,'T6');
INSERT INTO task_predecessor VALUES('V2','L1','T11',0,'T8');
INSERT INTO task_predecessor VALUES('V2','L1','T11',1,'T10');
INSERT INTO task_predecessor VALUES('V2','L1','T12',0,'T11');
INSERT INTO task_predecessor VALUES('V3','L1','T2',0,'T1');
INSERT INTO task_predecessor VALUES('V3','L1','T3',0,'T1');
INSERT INTO task_predecessor VALUES('V3','L1','T4',0,'T2');
INSERT INTO task_predecessor VALUES('V3','L1','T4',1,'T3');
INSERT INTO task_predecessor VALUES('V3','L1','T5',0,'T4');
INSERT INTO task_predecessor VALUES('V3','L1','T6',0,'T5');
INSERT INTO task_predecessor VALUES('V3','L1','T7',0,'T3');
INSERT INTO task_predecessor VALUES('V3','L1','T8',0,'T7');
INSERT INTO task_predecessor VALUES('V3','L1','T9',0,'T5');
INSERT INTO task_predecessor VALUES('V3','L1','T10',0,'T9');
INSERT INTO task_predecessor VALUES('V3','L1','T10',1,'T6');
INSERT INTO task_predecessor VALUES('V3','L1','T11',0,'T8');
INSERT INTO task_predecessor VALUES('V3','L1','T11',1,'T10');
INSERT INTO task_predecessor VALUES('V3','L1','T12',0,'T11');
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
INSERT INTO station VALUES('V1','L1',0,'','WS1',1);
INSERT INTO station VALUES('V1','L1',1,'','WS2',1);
INSERT INTO station VALUES('V1','L1',2,'','WS3',1);
INSERT INTO station VALUES('V1','L1',3,'','TEST',1);
INSERT INTO station VALUES('V2','L1',0,'','WS1',1);
INSERT INTO station VALUES('V2','L1',1,'','WS2',1);
INSERT INTO station VALUES('V2','L1',2,'','WS3',1);
INSERT INTO station VALUES('V2','L1',3,'','TEST',1);
INSERT INTO station VALUES('V3','L1',0,'','WS1',1);
INSERT INTO station VALUES('V3','L1',1,'','WS2',1);
INSERT INTO station VALUES('V3','L1',2,'robot','WS3',1);
INSERT INTO station VALUES('V3','L1',3,'','TEST',1);
CREATE TABLE station_task (
    variant_id TEXT NOT NULL,
    line_id TEXT NOT NULL,
    station_pos INTEGER NOT NULL,
    pos INTEGER NOT NULL,
    task_id TEXT NOT NULL,
    PRIMARY KEY (variant_id, line_id, station_pos, pos),
    FOREIGN KEY (variant_id, line_id, station_pos) REFERENCES station(variant_id, line_id, pos) ON DELETE CASCADE
) STRICT;
INSERT INTO station_task VALUES('V1','L1',0,0,'T1');
INSERT INTO station_task VALUES('V1','L1',0,1,'T2');
INSERT INTO station_task VALUES('V1','L1',0,2,'T3');
INSERT INTO station_task VALUES('V1','L1',0,3,'T7');
INSERT INTO station_task VALUES('V1','L1',1,0,'T4');
INSERT INTO station_task VALUES('V1','L1',1,1,'T5');
INSERT INTO station_task VALUES('V1','L1',1,2,'T8');
INSERT INTO station_task VALUES('V1','L1',2,0,'T6');
INSERT INTO station_task VALUES('V1','L1',2,1,'T9');
INSERT INTO station_task VALUES('V1','L1',2,2,'T10');
INSERT INTO station_task VALUES('V1','L1',3,0,'T11');
INSERT INTO station_task VALUES('V1','L1',3,1,'T12');
INSERT INTO station_task VALUES('V2','L1',0,0,'T1');
INSERT INTO station_task VALUES('V2','L1',0,1,'T2');
INSERT INTO station_task VALUES('V2','L1',0,2,'T3');
INSERT INTO station_task VALUES('V2','L1',0,3,'T7');
INSERT INTO station_task VALUES('V2','L1',1,0,'T4');
INSERT INTO station_task VALUES('V2','L1',1,1,'T5');
INSERT INTO station_task VALUES('V2','L1',1,2,'T8');
INSERT INTO station_task VALUES('V2','L1',2,0,'T6');
INSERT INTO station_task VALUES('V2','L1',2,1,'T9');
INSERT INTO station_task VALUES('V2','L1',2,2,'T10');
INSERT INTO station_task VALUES('V2','L1',3,0,'T11');
INSERT INTO station_task VALUES('V2','L1',3,1,'T12');
INSERT INTO station_task VALUES('V3','L1',0,0,'T1');
INSERT INTO station_task VALUES('V3','L1',0,1,'T2');
INSERT INTO station_task VALUES('V3','L1',0,2,'T3');
INSERT INTO station_task VALUES('V3','L1',0,3,'T7');
INSERT INTO station_task VALUES('V3','L1',1,0,'T4');
INSERT INTO station_task VALUES('V3','L1',1,1,'T5');
INSERT INTO station_task VALUES('V3','L1',1,2,'T8');
INSERT INTO station_task VALUES('V3','L1',2,0,'T6');
INSERT INTO station_task VALUES('V3','L1',2,1,'T9');
INSERT INTO station_task VALUES('V3','L1',2,2,'T10');
INSERT INTO station_task VALUES('V3','L1',3,0,'T11');
INSERT INTO station_task VALUES('V3','L1',3,1,'T12');
CREATE TABLE product (
    variant_id TEXT NOT NULL REFERENCES variant(id) ON DELETE CASCADE,
    pos INTEGER NOT NULL,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    units_per_period REAL NOT NULL,
    transport_id TEXT NOT NULL,
    PRIMARY KEY (variant_id, id)
) STRICT;
INSERT INTO product VALUES('V1',0,'HOUSING','Motor housing',480.0,'FL');
INSERT INTO product VALUES('V1',1,'SHAFT','Rotor shaft',480.0,'FL');
INSERT INTO product VALUES('V1',2,'MOTOR','Finished motor',480.0,'TUG');
INSERT INTO product VALUES('V2',0,'HOUSING','Motor housing',480.0,'FL');
INSERT INTO product VALUES('V2',1,'SHAFT','Rotor shaft',480.0,'FL');
INSERT INTO product VALUES('V2',2,'MOTOR','Finished motor',480.0,'TUG');
INSERT INTO product VALUES('V3',0,'HOUSING','Motor housing',480.0,'AGV');
INSERT INTO product VALUES('V3',1,'SHAFT','Rotor shaft',480.0,'AGV');
INSERT INTO product VALUES('V3',2,'MOTOR','Finished motor',480.0,'CONV');
CREATE TABLE routing_step (
    variant_id TEXT NOT NULL,
    product_id TEXT NOT NULL,
    pos INTEGER NOT NULL,
    item_id TEXT NOT NULL,
    PRIMARY KEY (variant_id, product_id, pos),
    FOREIGN KEY (variant_id, product_id) REFERENCES product(variant_id, id) ON DELETE CASCADE
) STRICT;
INSERT INTO routing_step VALUES('V1','HOUSING',0,'IN');
INSERT INTO routing_step VALUES('V1','HOUSING',1,'R1');
INSERT INTO routing_step VALUES('V1','HOUSING',2,'CNC1');
INSERT INTO routing_step VALUES('V1','HOUSING',3,'WASH');
INSERT INTO routing_step VALUES('V1','HOUSING',4,'WS1');
INSERT INTO routing_step VALUES('V1','SHAFT',0,'IN');
INSERT INTO routing_step VALUES('V1','SHAFT',1,'R2');
INSERT INTO routing_step VALUES('V1','SHAFT',2,'CNC2');
INSERT INTO routing_step VALUES('V1','SHAFT',3,'WASH');
INSERT INTO routing_step VALUES('V1','SHAFT',4,'WS2');
INSERT INTO routing_step VALUES('V1','MOTOR',0,'TEST');
INSERT INTO routing_step VALUES('V1','MOTOR',1,'PACK');
INSERT INTO routing_step VALUES('V1','MOTOR',2,'OUT');
INSERT INTO routing_step VALUES('V2','HOUSING',0,'IN');
INSERT INTO routing_step VALUES('V2','HOUSING',1,'R1');
INSERT INTO routing_step VALUES('V2','HOUSING',2,'CNC1');
INSERT INTO routing_step VALUES('V2','HOUSING',3,'WASH');
INSERT INTO routing_step VALUES('V2','HOUSING',4,'WS1');
INSERT INTO routing_step VALUES('V2','SHAFT',0,'IN');
INSERT INTO routing_step VALUES('V2','SHAFT',1,'R2');
INSERT INTO routing_step VALUES('V2','SHAFT',2,'CNC2');
INSERT INTO routing_step VALUES('V2','SHAFT',3,'WASH');
INSERT INTO routing_step VALUES('V2','SHAFT',4,'WS2');
INSERT INTO routing_step VALUES('V2','MOTOR',0,'TEST');
INSERT INTO routing_step VALUES('V2','MOTOR',1,'PACK');
INSERT INTO routing_step VALUES('V2','MOTOR',2,'OUT');
INSERT INTO routing_step VALUES('V3','HOUSING',0,'IN');
INSERT INTO routing_step VALUES('V3','HOUSING',1,'R1');
INSERT INTO routing_step VALUES('V3','HOUSING',2,'CNC1');
INSERT INTO routing_step VALUES('V3','HOUSING',3,'WASH');
INSERT INTO routing_step VALUES('V3','HOUSING',4,'WS1');
INSERT INTO routing_step VALUES('V3','SHAFT',0,'IN');
INSERT INTO routing_step VALUES('V3','SHAFT',1,'R2');
INSERT INTO routing_step VALUES('V3','SHAFT',2,'CNC2');
INSERT INTO routing_step VALUES('V3','SHAFT',3,'WASH');
INSERT INTO routing_step VALUES('V3','SHAFT',4,'WS2');
INSERT INTO routing_step VALUES('V3','MOTOR',0,'TEST');
INSERT INTO routing_step VALUES('V3','MOTOR',1,'PACK');
INSERT INTO routing_step VALUES('V3','MOTOR',2,'OUT');
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
INSERT INTO flow VALUES('V1',0,'IN','PACK',60.0,'','FL');
INSERT INTO flow VALUES('V2',0,'IN','PACK',60.0,'','FL');
INSERT INTO flow VALUES('V3',0,'IN','PACK',60.0,'','AGV');
CREATE TABLE kpi_weight (
    kpi TEXT PRIMARY KEY,
    weight REAL NOT NULL
) STRICT;
INSERT INTO kpi_weight VALUES('energy.kg_co2e_per_unit',1.0);
INSERT INTO kpi_weight VALUES('flow.transport_cost',1.0);
INSERT INTO kpi_weight VALUES('line.line_efficiency',2.0);
CREATE TABLE cost_figure (
    pos INTEGER PRIMARY KEY,
    variant_id TEXT NOT NULL,
    name TEXT NOT NULL,
    value REAL NOT NULL
) STRICT;
INSERT INTO cost_figure VALUES(0,'V1','Investment (EUR)',0.0);
INSERT INTO cost_figure VALUES(1,'V2','Investment (EUR)',85000.0);
INSERT INTO cost_figure VALUES(2,'V3','Investment (EUR)',420000.0);
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
INSERT INTO background VALUES('V3','image','hall.png',X'89504e470d0a1a0a0000000d494844520000000200000002080000000057dd52f80000000e49444154789c6360686068f80f000405020057d4333f0000000049454e44ae426082',0.050000000000000002775,1.5,-2.0,0.59999999999999997779,1);
COMMIT;
