// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/sampleproject.h"

namespace taktflow::core {

namespace {

LayoutItem item(const char *id, const char *name, ItemType type, double xM, double yM, double widthM,
                double depthM, double heightM = 2.0, double powerKw = 0.0, double automation = 0.0)
{
    LayoutItem i;
    i.id = QString::fromLatin1(id);
    i.name = QString::fromLatin1(name);
    i.type = type;
    i.xM = xM;
    i.yM = yM;
    i.widthM = widthM;
    i.depthM = depthM;
    i.heightM = heightM;
    i.powerKw = powerKw;
    i.automationLevel = automation;
    return i;
}

Task task(const char *id, const char *name, double timeS, QStringList predecessors, bool automated = false)
{
    Task t;
    t.id = QString::fromLatin1(id);
    t.name = QString::fromLatin1(name);
    t.timeS = timeS;
    t.predecessors = std::move(predecessors);
    t.automated = automated;
    return t;
}

Station station(QStringList tasks, const char *itemId, const char *resource = "")
{
    Station s;
    s.taskIds = std::move(tasks);
    s.itemId = QString::fromLatin1(itemId);
    s.resource = QString::fromLatin1(resource);
    return s;
}

ProductionLine motorLine()
{
    ProductionLine line;
    line.id = QStringLiteral("L1");
    line.name = QStringLiteral("Motor assembly");
    line.demandPerPeriod = 480;
    line.useCalendar = true;
    line.calendar.shiftsPerPeriod = 2;
    line.calendar.shiftLengthS = 8 * 3600;
    line.calendar.breaksS = 45 * 60;
    line.calendar.plannedDowntimeS = 30 * 60;
    line.calendar.efficiency = 0.9;
    // (2 x (28800 - 2700) - 1800) x 0.9 = 45360 s; takt = 45360 / 480 = 94.5 s.
    line.availableTimePerPeriodS = 45360;
    const QString t1 = QStringLiteral("T1"), t2 = QStringLiteral("T2"), t3 = QStringLiteral("T3"),
                  t4 = QStringLiteral("T4"), t5 = QStringLiteral("T5"), t6 = QStringLiteral("T6"),
                  t7 = QStringLiteral("T7"), t8 = QStringLiteral("T8"), t9 = QStringLiteral("T9"),
                  t10 = QStringLiteral("T10"), t11 = QStringLiteral("T11"), t12 = QStringLiteral("T12");
    line.tasks = {
        task("T1", "Load housing", 12, {}),
        task("T2", "Press bearing", 18, {t1}, true),
        task("T3", "Insert stator", 35, {t1}),
        task("T4", "Insert rotor", 28, {t2, t3}),
        task("T5", "Fit end shield", 22, {t4}),
        task("T6", "Screw end shield", 30, {t5}),
        task("T7", "Mount terminal box", 25, {t3}),
        task("T8", "Wire terminal box", 40, {t7}),
        task("T9", "Fit fan", 15, {t5}),
        task("T10", "Fit fan cover", 18, {t9, t6}),
        task("T11", "Electrical test", 45, {t8, t10}, true),
        task("T12", "Label and pack", 20, {t11}),
    };
    line.stations = {
        station({t1, t2, t3, t7}, "WS1"),
        station({t4, t5, t8}, "WS2"),
        station({t6, t9, t10}, "WS3"),
        station({t11, t12}, "TEST"),
    };
    // Variability as a time study would find it: the manual fitting tasks scatter, the test
    // bench breaks down now and then. Stations 1 and 2 run at 90 s against the 94.5 s takt,
    // so the spread is what decides whether the line makes its 480 motors.
    SimulationParameters &sim = line.simulation;
    sim.taskTimes[t3] = TimeDistribution::normal(35, 5);
    sim.taskTimes[t4] = TimeDistribution::triangular(24, 28, 32);
    sim.taskTimes[t6] = TimeDistribution::uniform(27, 33);
    sim.taskTimes[t8] = TimeDistribution::lognormal(40, 8);
    sim.stations.resize(4);
    // MTBF 2 h of operation, MTTR 10 min: availability 120 / 130 = 92.3 %.
    sim.stations[3].failure.mode = FailureSpec::Mode::OperatingTime;
    sim.stations[3].failure.timeBetweenFailures = TimeDistribution::exponential(2 * 3600);
    sim.stations[3].failure.repair = TimeDistribution::exponential(10 * 60);
    sim.buffers = {2, 2, 1};
    sim.run.warmupS = 1800;
    sim.run.replications = 10;
    return line;
}

Product product(const char *id, const char *name, double units, QStringList routing, const char *transport)
{
    Product p;
    p.id = QString::fromLatin1(id);
    p.name = QString::fromLatin1(name);
    p.unitsPerPeriod = units;
    p.routing = std::move(routing);
    p.transportId = QString::fromLatin1(transport);
    return p;
}

MaterialFlow flow(const char *from, const char *to, double units, const char *transport)
{
    MaterialFlow f;
    f.fromItem = QString::fromLatin1(from);
    f.toItem = QString::fromLatin1(to);
    f.unitsPerPeriod = units;
    f.transportId = QString::fromLatin1(transport);
    return f;
}

QStringList ids(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *id : list)
        out << QString::fromLatin1(id);
    return out;
}

/** The plant as it stands: machining on the top side of the main aisle, assembly below. */
Variant functionalLayout()
{
    Variant v;
    v.id = QStringLiteral("V1");
    v.name = QStringLiteral("Current layout");
    v.notes = QStringLiteral("Functional layout as built: machining above the main aisle, manual assembly below.");
    v.floorWidthM = 60;
    v.floorDepthM = 40;
    v.defaultTransportId = QStringLiteral("FL");
    v.items = {
        item("AISLE-MAIN", "Main aisle", ItemType::Aisle, 30, 20, 56, 3.5, 0),
        item("AISLE-X", "Cross aisle", ItemType::Aisle, 30, 20, 3.5, 36, 0),
        item("IN", "Receiving dock", ItemType::Dock, 4, 30, 5, 5, 4.5),
        item("R1", "Housing rack", ItemType::Rack, 13, 32, 8, 2, 5),
        item("R2", "Shaft rack", ItemType::Rack, 13, 26, 8, 2, 5),
        item("CNC1", "CNC lathe 1", ItemType::Machine, 23, 30, 4, 3.5, 2.5, 22, 1),
        item("CNC2", "CNC lathe 2", ItemType::Machine, 23, 25.5, 4, 3.5, 2.5, 22, 1),
        item("WASH", "Parts washer", ItemType::Machine, 37, 28, 5, 3, 2.2, 15, 1),
        item("WS1", "Assembly station 1", ItemType::Workstation, 8, 14, 3, 2.5, 1.8, 0.5),
        item("WS2", "Assembly station 2", ItemType::Workstation, 13, 14, 3, 2.5, 1.8, 0.5),
        item("WS3", "Assembly station 3", ItemType::Workstation, 18, 14, 3, 2.5, 1.8, 0.5),
        item("TEST", "Test bench", ItemType::Machine, 23, 14, 3, 2.5, 2, 4, 1),
        item("PACK", "Packing", ItemType::Workstation, 44, 12, 4, 4, 1.8, 1),
        item("OUT", "Shipping dock", ItemType::Dock, 55, 10, 5, 5, 4.5),
        item("COL1", "Column", ItemType::Column, 20, 6, 0.6, 0.6, 8),
        item("COL2", "Column", ItemType::Column, 40, 6, 0.6, 0.6, 8),
        item("ZONE-ASM", "Assembly zone", ItemType::Zone, 15, 12, 24, 12, 0),
    };
    v.items[3].clearanceM = 1.0;  // rack: forklift access
    v.items[5].clearanceM = 0.8;  // CNC: service door
    v.items[6].clearanceM = 0.8;
    v.lines = {motorLine()};
    v.products = {
        product("HOUSING", "Motor housing", 480, ids({"IN", "R1", "CNC1", "WASH", "WS1"}), "FL"),
        product("SHAFT", "Rotor shaft", 480, ids({"IN", "R2", "CNC2", "WASH", "WS2"}), "FL"),
        product("MOTOR", "Finished motor", 480, ids({"TEST", "PACK", "OUT"}), "TUG"),
    };
    v.flows = {flow("IN", "PACK", 60, "FL")};
    return v;
}

/** Machining moved beside assembly so housings and shafts travel a short U. */
Variant cellLayout()
{
    Variant v = functionalLayout();
    v.id = QStringLiteral("V2");
    v.name = QStringLiteral("Cell layout");
    v.notes = QStringLiteral("CNC lathes and washer moved below the aisle next to assembly; racks by the dock.");
    for (auto &i : v.items) {
        if (i.id == QLatin1String("CNC1")) { i.xM = 8; i.yM = 6; }
        else if (i.id == QLatin1String("CNC2")) { i.xM = 13; i.yM = 6; }
        else if (i.id == QLatin1String("WASH")) { i.xM = 24; i.yM = 8; i.widthM = 3; i.depthM = 5; }
        else if (i.id == QLatin1String("PACK")) { i.xM = 36; i.yM = 12; }
        else if (i.id == QLatin1String("R1")) { i.xM = 10; i.yM = 26; i.widthM = 2; i.depthM = 6; }
        else if (i.id == QLatin1String("R2")) { i.xM = 14; i.yM = 26; i.widthM = 2; i.depthM = 6; }
    }
    return v;
}

/** Robot screwing, AGVs for parts supply and a conveyor to packing. */
Variant automatedLayout()
{
    Variant v = cellLayout();
    v.id = QStringLiteral("V3");
    v.name = QStringLiteral("Automated line");
    v.notes = QStringLiteral("Robot cell replaces station 3; AGVs supply parts; conveyor from test to packing.");
    v.defaultTransportId = QStringLiteral("AGV");
    for (auto &i : v.items) {
        if (i.id == QLatin1String("WS3")) {
            i.name = QStringLiteral("Robot cell");
            i.type = ItemType::Machine;
            i.widthM = 3.5;
            i.depthM = 3;
            i.powerKw = 7.5;
            i.automationLevel = 1;
            i.clearanceM = 0.5;
        }
    }
    v.items.push_back(item("CONV1", "Conveyor test-pack", ItemType::Conveyor, 29.25, 14, 8.5, 0.8, 0.9, 1.5, 1));
    ProductionLine &line = v.lines.front();
    for (auto &t : line.tasks) {
        if (t.id == QLatin1String("T6")) {
            t.automated = true;
            t.automatedTimeS = 20;
            t.requiredResource = QStringLiteral("robot");
        }
    }
    line.stations[2].resource = QStringLiteral("robot");
    for (auto &p : v.products)
        p.transportId = p.id == QLatin1String("MOTOR") ? QStringLiteral("CONV") : QStringLiteral("AGV");
    v.flows.front().transportId = QStringLiteral("AGV");
    return v;
}

TransportMeans means(const char *id, const char *name, TransportKind kind, double speedMps, double costPerM,
                     double unitsPerTrip, double kwhPerKm, bool automated)
{
    TransportMeans m;
    m.id = QString::fromLatin1(id);
    m.name = QString::fromLatin1(name);
    m.kind = kind;
    m.speedMps = speedMps;
    m.costPerM = costPerM;
    m.unitsPerTrip = unitsPerTrip;
    m.energyKwhPerKm = kwhPerKm;
    m.automated = automated;
    return m;
}

} // namespace

Project makeSampleProject()
{
    Project p;
    p.name = QStringLiteral("Motor plant");
    p.author = QStringLiteral("Taktflow sample");
    p.revision = 1;
    p.settings.gridKgCo2ePerKwh = 0.38;
    p.settings.runningHoursPerPeriod = 16;
    p.transports = {
        means("FL", "Electric forklift", TransportKind::Forklift, 2.2, 0.012, 20, 0.9, false),
        means("TUG", "Tugger train", TransportKind::Tugger, 2.5, 0.008, 60, 0.6, false),
        means("AGV", "AGV", TransportKind::Agv, 1.2, 0.004, 10, 0.15, true),
        means("CONV", "Roller conveyor", TransportKind::Conveyor, 0.3, 0.002, 1, 0.05, true),
        means("MAN", "Hand cart", TransportKind::Manual, 1.0, 0.02, 4, 0, false),
    };
    p.variants = {functionalLayout(), cellLayout(), automatedLayout()};
    p.kpiWeights = {
        {QStringLiteral("line.line_efficiency"), 2.0},
        {QStringLiteral("flow.transport_cost"), 1.0},
        {QStringLiteral("energy.kg_co2e_per_unit"), 1.0},
    };
    p.costFigures = {
        {QStringLiteral("V1"), QStringLiteral("Investment (EUR)"), 0},
        {QStringLiteral("V2"), QStringLiteral("Investment (EUR)"), 85000},
        {QStringLiteral("V3"), QStringLiteral("Investment (EUR)"), 420000},
    };
    return p;
}

} // namespace taktflow::core
