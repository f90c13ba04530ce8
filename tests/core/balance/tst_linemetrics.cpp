// SPDX-License-Identifier: GPL-3.0-or-later
#include "feasibilitychecker.h"

#include "core/balance/linemetrics.h"
#include "core/balance/salbp1.h"
#include "core/balance/takttime.h"

#include <QtTest>

using namespace taktflow::core;

namespace {

// A textbook-style 10-task line (times in seconds, on the 1 ms grid):
// 1(10) -> 2(6), 3(5); 2 -> 4(8); 3 -> 5(4); 4, 5 -> 6(7); 6 -> 7(3), 8(9); 7, 8 -> 9(6); 9 -> 10(2).
BalanceProblem textbookLine()
{
    BalanceProblem p;
    for (const double s : {10.0, 6.0, 5.0, 8.0, 4.0, 7.0, 3.0, 9.0, 6.0, 2.0})
        p.taskTimes.push_back(toTicks(s));
    p.precedences = {{0, 1}, {0, 2}, {1, 3}, {2, 4}, {3, 5}, {4, 5}, {5, 6}, {5, 7}, {6, 8}, {7, 8}, {8, 9}};
    return p;
}

} // namespace

class TestLineMetrics : public QObject
{
    Q_OBJECT

private slots:
    void handComputedMetrics()
    {
        // By hand at c = 15 s: {1,3} 15, {2,4} 14, {5,6,7} 14, {8,9} 15, {10} 2.
        const Ticks c = toTicks(15.0);
        const BalanceProblem p = textbookLine();
        std::vector<BalancedStation> stations(5);
        const std::vector<std::vector<int>> tasks = {{0, 2}, {1, 3}, {4, 5, 6}, {7, 8}, {9}};
        for (std::size_t s = 0; s < 5; ++s) {
            stations[s].tasks = tasks[s];
            for (const int t : tasks[s])
                stations[s].load += p.taskTimes[std::size_t(t)];
        }
        const LineMetrics m = computeLineMetrics(stations, c, toTicks(8 * 3600.0));
        QCOMPARE(m.stations, 5);
        QCOMPARE(m.totalWork, toTicks(60.0));
        QCOMPARE(m.efficiency, 0.8);                                         // 60 / (5 x 15)
        QVERIFY(qAbs(m.balanceDelay - 0.2) < 1e-12);                         // 1 - 0.8
        QCOMPARE(m.idlePerCycle, toTicks(15.0));                             // 75 - 60
        QVERIFY(qAbs(m.smoothnessIndex - 1000.0 * std::sqrt(171.0)) < 1e-6); // sqrt(0+1+1+0+13^2) s
        QCOMPARE(m.bottleneckStation, 0);
        QCOMPARE(m.achievedCycle, 15000.0);
        QCOMPARE(m.operators, 5);
        QCOMPARE(m.outputPerPeriod, 1920.0); // 28800 s / 15 s
        QVERIFY(qAbs(m.perStation[1].utilisation - 14.0 / 15.0) < 1e-12);
        QVERIFY(qAbs(m.perStation[4].utilisation - 2.0 / 15.0) < 1e-12);
        QCOMPARE(m.perStation[4].idlePerCycle, toTicks(13.0));
    }

    void textbookLineOptimum()
    {
        // Four stations would need zero idle time, but station 2 can hold 14 at most, so 5.
        const BalanceProblem p = textbookLine();
        const BalanceResult r = solveSalbp1(p, toTicks(15.0));
        QVERIFY(r.optimal());
        QCOMPARE(r.stationCount, 5);
        const QString problem = taktflow::tests::checkFeasible(p, r, toTicks(15.0));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void replicatedStationCountsEachCopy()
    {
        std::vector<BalancedStation> stations(2);
        stations[0].tasks = {0};
        stations[0].load = 25;
        stations[0].replicas = 3;
        stations[1].tasks = {1};
        stations[1].load = 8;
        const LineMetrics m = computeLineMetrics(stations, 10);
        QCOMPARE(m.stations, 4);
        QCOMPARE(m.idlePerCycle, Ticks(7));
        QVERIFY(qAbs(m.efficiency - 33.0 / 40.0) < 1e-12);
        QCOMPARE(m.bottleneckStation, 0); // 25 / 3 = 8.33 > 8
    }

    void taktTime()
    {
        TaktInput in;
        in.shiftsPerPeriod = 2;
        in.shiftLengthS = 8 * 3600.0;
        in.breaksPerShiftS = 1800.0;
        in.plannedDowntimeS = 3600.0;
        in.efficiency = 0.9;
        in.demandPerPeriod = 1000.0;
        const TaktResult r = computeTaktTime(in);
        QVERIFY(r);
        QCOMPARE(r.availableTimeS, 45360.0); // (2 x 27000 - 3600) x 0.9
        QVERIFY(qAbs(r.taktTimeS - 45.36) < 1e-12);
    }

    void taktTimeErrors_data()
    {
        QTest::addColumn<int>("shifts");
        QTest::addColumn<double>("breaksS");
        QTest::addColumn<double>("downtimeS");
        QTest::addColumn<double>("efficiency");
        QTest::addColumn<double>("demand");
        QTest::newRow("zero demand") << 1 << 0.0 << 0.0 << 1.0 << 0.0;
        QTest::newRow("negative demand") << 1 << 0.0 << 0.0 << 1.0 << -5.0;
        QTest::newRow("breaks longer than shift") << 1 << 9 * 3600.0 << 0.0 << 1.0 << 10.0;
        QTest::newRow("breaks equal to shift") << 1 << 8 * 3600.0 << 0.0 << 1.0 << 10.0;
        QTest::newRow("no shifts") << 0 << 0.0 << 0.0 << 1.0 << 10.0;
        QTest::newRow("efficiency above 1") << 1 << 0.0 << 0.0 << 1.2 << 10.0;
        QTest::newRow("downtime eats the period") << 1 << 0.0 << 9 * 3600.0 << 1.0 << 10.0;
    }

    void taktTimeErrors()
    {
        QFETCH(int, shifts);
        QFETCH(double, breaksS);
        QFETCH(double, downtimeS);
        QFETCH(double, efficiency);
        QFETCH(double, demand);
        TaktInput in;
        in.shiftsPerPeriod = shifts;
        in.breaksPerShiftS = breaksS;
        in.plannedDowntimeS = downtimeS;
        in.efficiency = efficiency;
        in.demandPerPeriod = demand;
        const TaktResult r = computeTaktTime(in);
        QVERIFY(!r);
        QVERIFY(!r.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLineMetrics)
#include "tst_linemetrics.moc"
