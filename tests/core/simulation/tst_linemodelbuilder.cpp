// SPDX-License-Identifier: GPL-3.0-or-later
// The project-to-engine model builder against values worked out by hand: task lists per station,
// scaled model times, takt, calendar pauses, transport distances; every error case; the
// fingerprint that marks stored results stale.
#include "core/model/sampleproject.h"
#include "core/simulation/linecalendar.h"
#include "core/simulation/linemodelbuilder.h"
#include "tests/core/simulation/projecttestlines.h"

#include <QTest>

#include <cmath>

using namespace taktflow::core;
using namespace taktflow::core::simulation;
using taktflow::core::testlines::station;
using taktflow::core::testlines::task;

namespace {

LayoutItem workstation(const char *id, double xM, double yM)
{
    LayoutItem it;
    it.id = QString::fromLatin1(id);
    it.type = ItemType::Workstation;
    it.xM = xM;
    it.yM = yM;
    return it;
}

/**
 * Three stations: S1 = A (10 s) + B (20 s); S2 = C, automated at 4 s (manual 5 s) on a robot;
 * S3 = D (7 s), replicated twice. Demand 480 in 28800 s: takt 60 s, 60 parts per hour.
 */
Project smallProject()
{
    ProductionLine line;
    line.id = QStringLiteral("L");
    line.name = QStringLiteral("Small line");
    line.demandPerPeriod = 480;
    line.availableTimePerPeriodS = 28800;
    line.tasks = {task("A", 10), task("B", 20), task("C", 5), task("D", 7)};
    line.tasks[2].automated = true;
    line.tasks[2].automatedTimeS = 4;
    line.stations = {station({QStringLiteral("A"), QStringLiteral("B")}, "W1"),
                     station({QStringLiteral("C")}, "W2", "robot"), station({QStringLiteral("D")}, "W3")};
    line.stations[2].replicas = 2;

    Variant v;
    v.id = QStringLiteral("V");
    v.name = QStringLiteral("Variant");
    v.distanceMetric = DistanceMetric::Rectilinear;
    v.items = {workstation("W1", 0, 0), workstation("W2", 10, 5), workstation("W3", 20, 5)};
    v.lines = {line};
    Project p;
    TransportMeans forklift;
    forklift.id = QStringLiteral("FL");
    forklift.name = QStringLiteral("Forklift");
    forklift.speedMps = 1.5;
    forklift.unitsPerTrip = 4;
    TransportMeans conveyor;
    conveyor.id = QStringLiteral("CV");
    conveyor.kind = TransportKind::Conveyor;
    conveyor.speedMps = 0.25;
    conveyor.unitsPerTrip = 1;
    p.transports = {forklift, conveyor};
    p.variants = {v};
    return p;
}

BuiltModel build(const Project &p)
{
    return buildLineModel(p, p.variants.front(), p.variants.front().lines.front());
}

ProductionLine &lineOf(Project &p)
{
    return p.variants.front().lines.front();
}

MaterialFlow flow(const char *from, const char *to, const char *transport, double units = 100)
{
    MaterialFlow f;
    f.fromItem = QString::fromLatin1(from);
    f.toItem = QString::fromLatin1(to);
    f.transportId = QString::fromLatin1(transport);
    f.unitsPerPeriod = units;
    return f;
}

} // namespace

class TestLineModelBuilder : public QObject
{
    Q_OBJECT

private slots:
    void stationTimesAreTheTaskLists()
    {
        Project p = smallProject();
        lineOf(p).simulation.taskTimes[QStringLiteral("B")] = TimeDistribution::normal(20, 2);
        const BuiltModel b = build(p);
        QVERIFY2(b.ok(), qPrintable(b.error));
        QCOMPARE(b.model.modelNames.size(), std::size_t(1));
        QCOMPARE(b.model.stations.size(), std::size_t(3));
        const auto &s1 = b.model.stations[0].taskTimesByModel;
        QCOMPARE(s1.size(), std::size_t(1));
        QVERIFY(s1[0] ==
                (std::vector<TimeDistribution>{TimeDistribution::deterministic(10), TimeDistribution::normal(20, 2)}));
        // The automated task runs at its machine time on the robot station.
        QVERIFY(b.model.stations[1].taskTimesByModel[0] ==
                std::vector<TimeDistribution>{TimeDistribution::deterministic(4)});
        QCOMPARE(b.model.stations[0].name, QStringLiteral("S1"));
        QCOMPARE(b.model.stations[0].servers, 1);
        QCOMPARE(b.model.stations[2].servers, 2); // the replicas
        QCOMPARE(b.model.stations[2].failure.mode, FailureSpec::Mode::None);
        QVERIFY(!b.model.stations[2].setup);
        // Buffers default to 1 per gap; no flows, so no transport; saturated source.
        QVERIFY(b.model.buffers == (std::vector<std::optional<int>>{1, 1}));
        QVERIFY(b.model.legs.empty());
        QVERIFY(b.model.stationDistanceM.empty());
        QCOMPARE(b.model.source.kind, SourceSpec::Kind::Saturated);
        QVERIFY(!b.model.calendar);
        QCOMPARE(b.model.demandPerHour, 60.0);
        QCOMPARE(b.settings.durationS, 8 * 3600.0);
        QCOMPARE(b.settings.replications, 10);
    }

    void stationSettingsApply()
    {
        Project p = smallProject();
        SimulationParameters &s = lineOf(p).simulation;
        s.stations.resize(3);
        s.stations[0].servers = 3;
        s.stations[1].processTime = TimeDistribution::uniform(3, 6);
        s.stations[2].failure.mode = FailureSpec::Mode::Operations;
        s.stations[2].failure.operationsBetweenFailures = 50;
        s.stations[2].failure.repair = TimeDistribution::deterministic(30);
        s.stations[2].setup = TimeDistribution::exponential(12);
        s.buffers = {std::nullopt}; // the second gap keeps the default
        s.run.durationS = 3600;
        s.run.warmupS = 600;
        s.run.replications = 4;
        s.run.seed = 99;
        const BuiltModel b = build(p);
        QVERIFY2(b.ok(), qPrintable(b.error));
        QCOMPARE(b.model.stations[0].servers, 3);
        QVERIFY(b.model.stations[1].taskTimesByModel[0] ==
                std::vector<TimeDistribution>{TimeDistribution::uniform(3, 6)});
        QVERIFY(b.model.stations[2].failure == s.stations[2].failure);
        QVERIFY(b.model.stations[2].setup == TimeDistribution::exponential(12));
        QVERIFY(b.model.buffers == (std::vector<std::optional<int>>{std::nullopt, 1}));
        QCOMPARE(b.settings.durationS, 3600.0);
        QCOMPARE(b.settings.warmupS, 600.0);
        QCOMPARE(b.settings.replications, 4);
        QCOMPARE(b.settings.seed, std::uint64_t(99));
    }

    void modelTimesAreScaled()
    {
        Project p = smallProject();
        ProductionLine &line = lineOf(p);
        line.models = {{QStringLiteral("M1"), QStringLiteral("Small"), 3}, {QStringLiteral("M2"), QString(), 2}};
        line.tasks[0].modelTimesS = {{QStringLiteral("M1"), 10}, {QStringLiteral("M2"), 15}};
        line.tasks[1].modelTimesS = {{QStringLiteral("M2"), 30}};
        line.tasks[2].modelTimesS = {{QStringLiteral("M2"), 50}}; // manual time; the robot ignores it
        line.simulation.taskTimes[QStringLiteral("A")] = TimeDistribution::triangular(8, 10, 14);
        const BuiltModel b = build(p);
        QVERIFY2(b.ok(), qPrintable(b.error));
        QVERIFY(b.model.modelNames == (std::vector<QString>{QStringLiteral("Small"), QStringLiteral("M2")}));
        const auto &s1 = b.model.stations[0].taskTimesByModel;
        QCOMPARE(s1.size(), std::size_t(2));
        QVERIFY(s1[0] == (std::vector<TimeDistribution>{TimeDistribution::triangular(8, 10, 14),
                                                        TimeDistribution::deterministic(20)}));
        // M2: A at 15 s is 1.5 times its 10 s, so (8, 10, 14) becomes (12, 15, 21); B at its 30 s.
        QVERIFY(s1[1] == (std::vector<TimeDistribution>{TimeDistribution::triangular(12, 15, 21),
                                                        TimeDistribution::deterministic(30)}));
        QVERIFY(b.model.stations[1].taskTimesByModel[1] ==
                std::vector<TimeDistribution>{TimeDistribution::deterministic(4)});
        QVERIFY(b.model.stations[2].taskTimesByModel[1] ==
                std::vector<TimeDistribution>{TimeDistribution::deterministic(7)});
        // Shares 3 : 2, spread: A B A B A.
        QVERIFY(b.model.source.modelSequence == (std::vector<int>{0, 1, 0, 1, 0}));
        QVERIFY(b.model.source.modelShares == (std::vector<double>{3, 2}));
        QVERIFY(!b.model.source.randomMix);
    }

    void releaseSequences()
    {
        QVERIFY(mixSequence({0.6, 0.4}) == (std::vector<int>{0, 1, 0, 1, 0}));
        QVERIFY(mixSequence({1, 1, 1}) == (std::vector<int>{0, 1, 2}));
        QVERIFY(mixSequence({0.333, 0.333, 0.334}) == (std::vector<int>{0, 1, 2}));
        // 7 : 3; at the fifth part both models are half a part behind, the earlier goes first.
        QVERIFY(mixSequence({0.7, 0.3}) == (std::vector<int>{0, 1, 0, 0, 0, 1, 0, 0, 1, 0}));
        QVERIFY(mixSequence({1, 3}) == (std::vector<int>{1, 0, 1, 1}));
        QVERIFY(mixSequence({5, 0, 0}) == (std::vector<int>{0}));
        QVERIFY(mixSequence({2, -1, 6}) == (std::vector<int>{2, 0, 2, 2}));
        QVERIFY(mixSequence({0, 0}).empty());

        Project p = smallProject();
        ProductionLine &line = lineOf(p);
        line.models = {{QStringLiteral("M1"), QStringLiteral("M1"), 1},
                       {QStringLiteral("M2"), QStringLiteral("M2"), 1}};
        line.simulation.source.modelSequence = {QStringLiteral("M2"), QStringLiteral("M2"), QStringLiteral("M1")};
        BuiltModel b = build(p);
        QVERIFY2(b.ok(), qPrintable(b.error));
        QVERIFY(b.model.source.modelSequence == (std::vector<int>{1, 1, 0}));
        line.simulation.source.randomMix = true;
        b = build(p);
        QVERIFY(b.model.source.randomMix);
        QVERIFY(b.model.source.modelShares == (std::vector<double>{1, 1}));
    }

    void sourceAtTaktAndInterarrival()
    {
        Project p = smallProject();
        ProductionLine &line = lineOf(p);
        line.simulation.source.kind = SourceSpec::Kind::AtTakt;
        BuiltModel b = build(p);
        QVERIFY2(b.ok(), qPrintable(b.error));
        QCOMPARE(b.model.source.kind, SourceSpec::Kind::AtTakt);
        QCOMPARE(b.model.source.taktS, 60.0); // 28800 s / 480
        // With the calendar: 2 x (28800 - 1800) - 3600 = 50400 s x 0.9 = 45360 s for 900: 50.4 s.
        line.useCalendar = true;
        line.demandPerPeriod = 900;
        line.calendar = {2, 28800, 1800, 3600, 0.9};
        b = build(p);
        QVERIFY2(b.ok(), qPrintable(b.error));
        QCOMPARE(b.model.source.taktS, 50.4);
        QCOMPARE(b.model.demandPerHour, 900.0 / 45360.0 * 3600.0);
        QCOMPARE(b.settings.durationS, 28800.0); // one shift

        line.simulation.source.kind = SourceSpec::Kind::Interarrival;
        line.simulation.source.interarrival = TimeDistribution::exponential(55);
        b = build(p);
        QVERIFY(b.model.source.interarrival == TimeDistribution::exponential(55));
    }

    void calendarOfTwoShiftsWithBreaks()
    {
        Project p = smallProject();
        ProductionLine &line = lineOf(p);
        line.useCalendar = true;
        line.calendar = {2, 8 * 3600, 30 * 60, 60 * 60, 1.0};
        BuiltModel b = build(p);
        QVERIFY2(b.ok(), qPrintable(b.error));
        QVERIFY(b.model.calendar);
        QCOMPARE(b.model.calendar->periodS, 86400.0);
        // Shift 1: [0, 28800) with its break around 14400; shift 2: [28800, 57600) with its break
        // around 43200; the hour of downtime closes shift 2 and runs into the off-shift night.
        const std::vector<std::pair<double, double>> pauses{{13500, 15300}, {42300, 44100}, {54000, 86400}};
        QVERIFY(b.model.calendar->pausesS == pauses);

        line.calendar.plannedDowntimeS = 0;
        line.calendar.shiftsPerPeriod = 3; // around the clock: no off-shift time
        b = build(p);
        const std::vector<std::pair<double, double>> threeShifts{{13500, 15300}, {42300, 44100}, {71100, 72900}};
        QVERIFY(b.model.calendar->pausesS == threeShifts);

        line.simulation.run.followCalendar = false;
        QVERIFY(!build(p).model.calendar);
        line.simulation.run.followCalendar = true;
        line.calendar.breaksS = 8 * 3600;
        b = build(p);
        QVERIFY(!b.ok());
        QVERIFY2(b.error.contains(QLatin1String("shift calendar: the breaks are as long as the shift")),
                 qPrintable(b.error));
    }

    void transportAlongTheMetric()
    {
        Project p = smallProject();
        Variant &v = p.variants.front();
        v.items[0].dropoffM = PointM{1, 0}; // W1 hands out at (1, 0), takes in at its centre
        v.items[1].pickupM = PointM{-1, 0}; // W2 takes in at (9, 5)
        v.items[1].dropoffM = PointM{0, 2}; // and hands out at (10, 7)
        v.flows = {flow("W1", "W2", "FL"), flow("W1", "W2", "CV", 20)};
        lineOf(p).simulation.transporterCounts[QStringLiteral("FL")] = 2;
        BuiltModel b = build(p);
        QVERIFY2(b.ok(), qPrintable(b.error));
        QCOMPARE(b.model.transporters.size(), std::size_t(1)); // the heavier flow's means
        const SimTransporter &t = b.model.transporters[0];
        QCOMPARE(t.name, QStringLiteral("Forklift"));
        QCOMPARE(t.count, 2);
        QCOMPARE(t.speedMps, 1.5);
        QCOMPARE(t.capacityUnits, 4);
        QVERIFY(!t.conveyor);
        QCOMPARE(b.model.legs.size(), std::size_t(2));
        QCOMPARE(b.model.legs[0].transporter, 0);
        QCOMPARE(b.model.legs[0].distanceM, 13.0); // |9 - 1| + |5 - 0|
        QCOMPARE(b.model.legs[1].transporter, -1); // no flow from W2 to W3
        QCOMPARE(b.model.stationDistanceM.size(), std::size_t(3));
        QCOMPARE(b.model.stationDistanceM[1][0], 13.0); // from W2's intake (9, 5) to W1's output (1, 0)
        QCOMPARE(b.model.stationDistanceM[0][1], 17.0); // from W1's intake (0, 0) to W2's output (10, 7)
        QCOMPARE(b.model.stationDistanceM[2][0], 0.0);  // W3 is no place a vehicle goes

        v.distanceMetric = DistanceMetric::Euclidean;
        QCOMPARE(build(p).model.legs[0].distanceM, std::sqrt(64.0 + 25.0));

        // A flow without means takes the variant's default; a conveyor is a conveyor.
        v.flows = {flow("W2", "W3", "")};
        v.defaultTransportId = QStringLiteral("CV");
        b = build(p);
        QVERIFY2(b.ok(), qPrintable(b.error));
        QCOMPARE(b.model.legs[0].transporter, -1);
        QCOMPARE(b.model.legs[1].transporter, 0);
        QVERIFY(b.model.transporters[0].conveyor);
        QCOMPARE(b.model.transporters[0].name, QStringLiteral("CV")); // no name: the id
        QCOMPARE(b.model.legs[1].distanceM, std::hypot(10.0, 2.0));   // (10, 7) to (20, 5)

        lineOf(p).simulation.simulateTransport = false;
        QVERIFY(build(p).model.legs.empty());
        lineOf(p).simulation.simulateTransport = true;
        v.defaultTransportId.clear();
        QVERIFY(build(p).model.legs.empty());
    }

    void transportOverTheAisles()
    {
        Project p = smallProject();
        Variant &v = p.variants.front();
        v.items[1].yM = 0; // W1 at (0, 0), W2 at (10, 0)
        LayoutItem aisle;
        aisle.id = QStringLiteral("AISLE");
        aisle.type = ItemType::Aisle;
        aisle.xM = 5;
        aisle.yM = 3;
        aisle.widthM = 20; // centre line from (-5, 3) to (15, 3)
        aisle.depthM = 2;
        v.items.push_back(aisle);
        v.distanceMetric = DistanceMetric::Aisle;
        v.flows = {flow("W1", "W2", "FL")};
        const BuiltModel b = build(p);
        QVERIFY2(b.ok(), qPrintable(b.error));
        QCOMPARE(b.model.legs[0].distanceM, 3.0 + 10.0 + 3.0); // up to the aisle, along it, down
    }

    void errors_data()
    {
        QTest::addColumn<int>("what");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no stations") << 0 << QStringLiteral("line \"Small line\": the line has no stations");
        QTest::newRow("unassigned") << 1
                                    << QStringLiteral("2 task(s) not assigned to any station: B (Task B), D (Task D)");
        QTest::newRow("empty station") << 2 << QStringLiteral("station S2 has no tasks");
        QTest::newRow("twice") << 3
                               << QStringLiteral("task A (Task A) is assigned twice, to station S1 and to station S3");
        QTest::newRow("unknown task") << 4 << QStringLiteral("station S1 names the unknown task X");
        QTest::newRow("no takt") << 5 << QStringLiteral("release at takt needs a demand");
        QTest::newRow("unknown model") << 6 << QStringLiteral("the release sequence names the unknown model M9");
        QTest::newRow("missing item") << 7 << QStringLiteral("station S3 stands on item GONE, which does not exist");
        QTest::newRow("unknown means") << 8 << QStringLiteral("names the unknown transport means SPACESHIP");
        QTest::newRow("no aisle path") << 9 << QStringLiteral("no aisle path leads from item W1 to item W2");
        QTest::newRow("bad distribution") << 10 << QStringLiteral("station S1");
        QTest::newRow("no share") << 11 << QStringLiteral("needs a model with a demand share above 0");
        QTest::newRow("no vehicle") << 12 << QStringLiteral("transporter Forklift needs at least 1 vehicle");
        QTest::newRow("replications") << 13 << QStringLiteral("the number of replications must be between 1 and");
    }

    void errors()
    {
        QFETCH(int, what);
        QFETCH(QString, expected);
        Project p = smallProject();
        ProductionLine &line = lineOf(p);
        switch (what) {
        case 0: line.stations.clear(); break;
        case 1:
            line.stations[0].taskIds = {QStringLiteral("A")};
            line.stations[2].taskIds.clear();
            line.simulation.stations.resize(3);
            line.simulation.stations[2].processTime = TimeDistribution::deterministic(3);
            break;
        case 2: line.stations[1].taskIds.clear(); break;
        case 3: line.stations[2].taskIds << QStringLiteral("A"); break;
        case 4: line.stations[0].taskIds << QStringLiteral("X"); break;
        case 5:
            line.demandPerPeriod = 0;
            line.simulation.source.kind = SourceSpec::Kind::AtTakt;
            break;
        case 6:
            line.models = {{QStringLiteral("M1"), {}, 1}, {QStringLiteral("M2"), {}, 1}};
            line.simulation.source.modelSequence = {QStringLiteral("M1"), QStringLiteral("M9")};
            break;
        case 7: line.stations[2].itemId = QStringLiteral("GONE"); break;
        case 8: p.variants[0].flows = {flow("W1", "W2", "SPACESHIP")}; break;
        case 9:
            p.variants[0].flows = {flow("W1", "W2", "FL")};
            p.variants[0].distanceMetric = DistanceMetric::Aisle;
            break; // and no aisle at all
        case 10: line.simulation.taskTimes[QStringLiteral("A")] = TimeDistribution::normal(-3, 1); break;
        case 11: line.models = {{QStringLiteral("M1"), {}, 0}, {QStringLiteral("M2"), {}, -1}}; break;
        case 12:
            p.variants[0].flows = {flow("W1", "W2", "FL")};
            line.simulation.transporterCounts[QStringLiteral("FL")] = 0;
            break;
        case 13: line.simulation.run.replications = 0; break;
        }
        const BuiltModel b = build(p);
        QVERIFY(!b.ok());
        QVERIFY2(b.error.contains(expected), qPrintable(b.error));
        QVERIFY2(b.error.startsWith(QLatin1String("line \"Small line\": ")), qPrintable(b.error));
    }

    void sampleProject()
    {
        const Project p = makeSampleProject();
        const Variant &v1 = p.variants[0];
        const BuiltModel b = buildLineModel(p, v1, v1.lines.front());
        QVERIFY2(b.ok(), qPrintable(b.error));
        QCOMPARE(b.model.stations.size(), std::size_t(4));
        // WS1 holds T1, T2, T3, T7 (T2 is automated but WS1 is a manual station: its 18 s); the
        // sample gives T3 a normal spread of 5 s around its 35 s.
        QVERIFY(
            b.model.stations[0].taskTimesByModel[0] ==
            (std::vector<TimeDistribution>{TimeDistribution::deterministic(12), TimeDistribution::deterministic(18),
                                           TimeDistribution::normal(35, 5), TimeDistribution::deterministic(25)}));
        QCOMPARE(b.model.stations[3].taskTimesByModel[0].size(), std::size_t(2));
        // No material flows between the assembly stations: no transport legs.
        QVERIFY(b.model.legs.empty());
        // 2 shifts of 8 h, 45 min breaks, 30 min downtime.
        QVERIFY(b.model.calendar);
        const std::vector<std::pair<double, double>> pauses{{13050, 15750}, {41850, 44550}, {55800, 86400}};
        QVERIFY(b.model.calendar->pausesS == pauses);
        QCOMPARE(b.model.demandPerHour, 480.0 / 45360.0 * 3600.0);
        QCOMPARE(b.settings.durationS, 28800.0);

        // The automated variant screws the end shield with the robot at 20 s instead of 30 s: the
        // manual spread uniform(27, 33) s scales by 20/30 to uniform(18, 22) s.
        const Variant &v3 = p.variants[2];
        const BuiltModel robot = buildLineModel(p, v3, v3.lines.front());
        QVERIFY2(robot.ok(), qPrintable(robot.error));
        const std::vector<TimeDistribution> &robotTimes = robot.model.stations[2].taskTimesByModel[0];
        QCOMPARE(robotTimes.size(), std::size_t(3));
        QCOMPARE(robotTimes[0].kind, TimeDistribution::Kind::Uniform);
        QCOMPARE(robotTimes[0].minS, 18.0);
        QCOMPARE(robotTimes[0].maxS, 22.0);
        QVERIFY(robotTimes[1] == TimeDistribution::deterministic(15));
        QVERIFY(robotTimes[2] == TimeDistribution::deterministic(18));
    }

    void fingerprintMarksStaleResults()
    {
        const Project base = makeSampleProject();
        auto fingerprint = [](const Project &p) {
            const Variant &v = p.variants[0];
            return simulationFingerprint(p, v, v.lines.front());
        };
        const QString original = fingerprint(base);
        QCOMPARE(original.size(), 64); // SHA-256 in hex
        QCOMPARE(fingerprint(makeSampleProject()), original);

        Project p = base;
        p.variants[0].lines.front().tasks[4].timeS += 0.5;
        QVERIFY(fingerprint(p) != original);
        p = base;
        p.variants[0].lines.front().simulation.buffers = {2};
        QVERIFY(fingerprint(p) != original);
        p = base;
        p.variants[0].findItem(QStringLiteral("WS2"))->xM += 1.0;
        QVERIFY(fingerprint(p) != original);
        p = base;
        p.variants[0].lines.front().simulation.taskTimes[QStringLiteral("T1")] = TimeDistribution::exponential(12);
        QVERIFY(fingerprint(p) != original);
        p = base;
        p.transports[0].speedMps = 3.0;
        QVERIFY(fingerprint(p) != original);

        // Unrelated: another variant's layout and line, names and notes.
        p = base;
        p.variants[1].findItem(QStringLiteral("WS2"))->xM += 5.0;
        p.variants[1].lines.front().tasks[0].timeS = 99;
        p.variants[0].notes = QStringLiteral("changed");
        p.variants[0].name = QStringLiteral("Renamed");
        QCOMPARE(fingerprint(p), original);
    }
};

QTEST_GUILESS_MAIN(TestLineModelBuilder)
#include "tst_linemodelbuilder.moc"
