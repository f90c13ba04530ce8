// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/automation/assignmentmetrics.h"
#include "core/automation/coverage.h"
#include "core/automation/energy.h"
#include "core/model/sampleproject.h"

#include <QTest>

#include <cmath>

using namespace taktflow::core;

namespace {

Task task(const char *id, double timeS, bool automated = false, double automatedTimeS = -1.0)
{
    Task t;
    t.id = QString::fromLatin1(id);
    t.timeS = timeS;
    t.automated = automated;
    t.automatedTimeS = automatedTimeS;
    return t;
}

Station station(QStringList tasks, const char *item, const char *resource = "", int replicas = 1)
{
    Station s;
    s.taskIds = std::move(tasks);
    s.itemId = QString::fromLatin1(item);
    s.resource = QString::fromLatin1(resource);
    s.replicas = replicas;
    return s;
}

// a 10 and b 20 by hand at WS; c (15 s, 5 s by robot) and d (5 s, automated) at the robot cell.
Variant smallVariant()
{
    Variant v;
    LayoutItem ws;
    ws.id = QStringLiteral("WS");
    ws.type = ItemType::Workstation;
    ws.powerKw = 5;
    LayoutItem robot;
    robot.id = QStringLiteral("ROB");
    robot.type = ItemType::Machine;
    robot.automationLevel = 1;
    robot.powerKw = 10;
    LayoutItem aisle;
    aisle.id = QStringLiteral("AIS");
    aisle.type = ItemType::Aisle;
    v.items = {ws, robot, aisle};
    ProductionLine line;
    line.id = QStringLiteral("L");
    line.demandPerPeriod = 100;
    line.availableTimePerPeriodS = 3000;
    line.tasks = {task("a", 10), task("b", 20), task("c", 15, true, 5), task("d", 5, true)};
    line.tasks[1].predecessors = {QStringLiteral("a")};
    line.tasks[2].predecessors = {QStringLiteral("b")};
    line.tasks[3].predecessors = {QStringLiteral("c")};
    const QString a = QStringLiteral("a"), b = QStringLiteral("b"), c = QStringLiteral("c"), d = QStringLiteral("d");
    line.stations = {station({a, b}, "WS"), station({c, d}, "ROB", "robot")};
    v.lines = {line};
    return v;
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

} // namespace

class TestAutomation : public QObject
{
    Q_OBJECT

private slots:
    void taktTime()
    {
        const Variant v = smallVariant();
        QCOMPARE(taktTimeS(v.lines.front()), 30.0); // 3000 s / 100
        // The sample's calendar: (2 x (28800 - 2700) - 1800) x 0.9 = 45360 s; / 480 = 94.5 s.
        const Project sample = makeSampleProject();
        const ProductionLine &motor = sample.variants.front().lines.front();
        QVERIFY(near(availableTimeS(motor), 45360.0));
        QVERIFY(near(taktTimeS(motor), 94.5));
        ProductionLine none;
        QCOMPARE(taktTimeS(none), 0.0);
    }

    void stationTimes()
    {
        const Variant v = smallVariant();
        const ProductionLine &line = v.lines.front();
        QCOMPARE(stationTimeS(line, line.stations[0]), 30.0);
        // c counts its robot time 5 on a robot station; d has no robot time and counts 5.
        QCOMPARE(stationTimeS(line, line.stations[1]), 10.0);
        // On a manual station the automated task keeps its manual time.
        QCOMPARE(stationTimeS(line, station({QStringLiteral("c")}, "WS")), 15.0);
        QVERIFY(!isAutomatedStation(line, line.stations[0]));
        QVERIFY(isAutomatedStation(line, line.stations[1]));
    }

    void assignment()
    {
        const Variant v = smallVariant();
        const ProductionLine &line = v.lines.front();
        AssignmentMetrics m = assignmentMetrics(line, line.stations);
        QCOMPARE(m.stations, 2);
        QCOMPARE(m.cycleTimeS, 30.0);
        QCOMPARE(m.workContentS, 40.0);
        QVERIFY(near(m.lineEfficiency, 40.0 / 60.0));
        QVERIFY(near(m.balanceDelay, 20.0 / 60.0));
        QVERIFY(near(m.smoothnessIndex, 20.0)); // sqrt(0² + 20²)
        QCOMPARE(m.unassignedTasks, 0);

        // Station 1 doubled: two copies of 15 s and the robot's 10 s.
        std::vector<Station> replicated = line.stations;
        replicated[0].replicas = 2;
        m = assignmentMetrics(line, replicated);
        QCOMPARE(m.stations, 3);
        QCOMPARE(m.cycleTimeS, 15.0);
        QVERIFY(near(m.lineEfficiency, 40.0 / 45.0));
        QVERIFY(near(m.smoothnessIndex, 5.0));

        // A task left out is counted.
        m = assignmentMetrics(line, {line.stations[0]});
        QCOMPARE(m.unassignedTasks, 2);
        QCOMPARE(assignmentMetrics(line, {}).lineEfficiency, 0.0);
    }

    void sampleLine()
    {
        // Station times 90, 90, 63, 65 (hand-summed in sampleproject.cpp's order).
        const Project sample = makeSampleProject();
        const ProductionLine &motor = sample.variants.front().lines.front();
        const AssignmentMetrics m = assignmentMetrics(motor, motor.stations);
        QCOMPARE(m.stations, 4);
        QCOMPARE(m.cycleTimeS, 90.0);
        QCOMPARE(m.workContentS, 308.0);
        QVERIFY(near(m.lineEfficiency, 308.0 / 360.0));
        QVERIFY(near(m.smoothnessIndex, std::sqrt(27.0 * 27.0 + 25.0 * 25.0)));
    }

    void fallbackBalancing()
    {
        Variant v = smallVariant();
        // Chain a(10) b(20) c(15) d(5) at 30 s: {a, b}, {c, d}.
        const auto stations = fallbackBalance(v.lines.front(), 30);
        QCOMPARE(stations.size(), std::size_t(2));
        QCOMPARE(stations[0].taskIds, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(stations[1].taskIds, (QStringList{QStringLiteral("c"), QStringLiteral("d")}));
        // A task longer than the cycle stands alone, on parallel copies when the line allows it:
        // {a}, {b} x2, {c} x2, {d} at 12 s.
        auto parallel = fallbackBalance(v.lines.front(), 12);
        QCOMPARE(parallel.size(), std::size_t(4));
        QCOMPARE(parallel[1].replicas, 2);
        QCOMPARE(parallel[2].replicas, 2);
        QCOMPARE(parallel[3].replicas, 1);
        QCOMPARE(assignmentMetrics(v.lines.front(), parallel).cycleTimeS, 10.0);
        v.lines.front().allowParallelStations = false;
        QCOMPARE(fallbackBalance(v.lines.front(), 12)[1].replicas, 1);
        // A cycle in the precedences has no feasible order.
        v.lines.front().tasks[0].predecessors = {QStringLiteral("d")};
        QVERIFY(fallbackBalance(v.lines.front(), 30).empty());
    }

    void coverage()
    {
        const Variant v = smallVariant();
        const ProductionLine &line = v.lines.front();
        const AutomationCoverage c = lineCoverage(v, line, line.stations);
        QVERIFY(near(c.workContentShare, 20.0 / 50.0)); // c + d of all task time
        QVERIFY(near(c.stationShare, 0.5));
        QVERIFY(near(c.itemShare, 0.5)); // WS 0, ROB 1
        QCOMPARE(c.manualOperators, 1);

        // The variant adds transport and the drivers; the aisle is no equipment.
        const AutomationCoverage total = variantCoverage(v, {c}, 300.0, 1200.0, 2);
        QVERIFY(near(total.transportShare, 0.25));
        QVERIFY(near(total.itemShare, 0.5));
        QCOMPARE(total.manualOperators, 3);
        QVERIFY(near(total.workContentShare, 0.4));

        // Replicas count in the station share: 2 manual copies and 1 automated station.
        std::vector<Station> replicated = line.stations;
        replicated[0].replicas = 2;
        const AutomationCoverage r = lineCoverage(v, line, replicated);
        QVERIFY(near(r.stationShare, 1.0 / 3.0));
        QCOMPARE(r.manualOperators, 2);
    }

    void energy()
    {
        const Variant v = smallVariant();
        ProjectSettings settings;
        settings.runningHoursPerPeriod = 8;
        settings.gridKgCo2ePerKwh = 0.5;
        const EnergyFigures e = energyFigures(v, settings, 0.64);
        QCOMPARE(e.itemKwhPerPeriod, 120.0); // (5 + 10) kW x 8 h
        QVERIFY(near(e.kwhPerPeriod, 120.64));
        QVERIFY(near(e.kgCo2ePerPeriod, 60.32));
        QCOMPARE(e.unitsPerPeriod, 100.0);
        QVERIFY(near(e.kgCo2ePerUnit, 0.6032));
        QVERIFY(near(e.kwhPerUnit, 1.2064));

        Variant noLine = v;
        noLine.lines.clear();
        QCOMPARE(energyFigures(noLine, settings, 0).kgCo2ePerUnit, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestAutomation)
#include "tst_automation.moc"
