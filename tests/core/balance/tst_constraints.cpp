// SPDX-License-Identifier: GPL-3.0-or-later
#include "feasibilitychecker.h"

#include "core/balance/heuristics.h"
#include "core/balance/lineproblem.h"
#include "core/balance/mixedmodel.h"
#include "core/balance/salbp1.h"
#include "core/balance/salbp2.h"

#include <QtTest>

using namespace taktflow::core;

namespace {

// Six independent tasks of 5 with cycle 10: three stations of two.
BalanceProblem sixFives()
{
    BalanceProblem p;
    p.taskTimes = {5, 5, 5, 5, 5, 5};
    return p;
}

void verifyAll(const BalanceProblem &p, Ticks cycle, int optimum)
{
    const BalanceResult exact = solveSalbp1(p, cycle);
    QVERIFY2(exact.optimal(), qPrintable(exact.message));
    QCOMPARE(exact.stationCount, optimum);
    QString problem = taktflow::tests::checkFeasible(p, exact, cycle);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    for (const PriorityRule rule : {PriorityRule::RankedPositionalWeight, PriorityRule::MostFollowers,
                                    PriorityRule::LongestTime, PriorityRule::RandomizedMultiPass}) {
        const BalanceResult greedy = balanceHeuristic(p, cycle, rule);
        QVERIFY2(greedy.hasSolution(), qPrintable(greedy.message));
        QVERIFY(greedy.stationCount >= optimum);
        problem = taktflow::tests::checkFeasible(p, greedy, cycle);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
}

} // namespace

class TestConstraints : public QObject
{
    Q_OBJECT

private slots:
    void together()
    {
        BalanceProblem p = sixFives();
        p.taskTimes = {5, 5, 4, 6, 5, 5};
        p.togetherGroups = {{0, 1}, {2, 3}}; // forces pairs that would also be fine otherwise
        verifyAll(p, 10, 3);
        p.togetherGroups = {{0, 3}}; // 11 > 10: cannot share
        QCOMPARE(solveSalbp1(p, 10).status, BalanceStatus::Infeasible);
    }

    void apart()
    {
        BalanceProblem p = sixFives();
        p.apartPairs = {{0, 1}, {0, 2}, {1, 2}, {3, 4}, {3, 5}, {4, 5}};
        verifyAll(p, 10, 3);
        p.apartPairs.emplace_back(0, 3);
        p.apartPairs.emplace_back(0, 4);
        p.apartPairs.emplace_back(0, 5);
        verifyAll(p, 10, 4); // task 1 now shares with nobody
    }

    void fixedStation()
    {
        BalanceProblem p = sixFives();
        p.precedences = {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 5}};
        p.fixedStation = {-1, -1, -1, -1, -1, 0}; // the last task cannot be at station 1
        QCOMPARE(solveSalbp1(p, 10).status, BalanceStatus::Infeasible);
        p.fixedStation = {-1, -1, 2, -1, -1, -1}; // task 3 alone-ish at station 3
        verifyAll(p, 10, 4);
    }

    void stationKinds()
    {
        // Task 0 needs the robot (3 there), task 1 may use it (4) or be manual (8).
        BalanceProblem p;
        p.taskTimes = {9, 8, 6, 6};
        p.precedences = {{0, 2}};
        p.stationKinds = QStringList{QStringLiteral("manual"), QStringLiteral("robot")};
        p.kindTimes = {{kNotAllowed, 3}, {8, 4}, {6, kNotAllowed}, {6, kNotAllowed}};
        verifyAll(p, 10, 3);
        const BalanceResult r = solveSalbp1(p, 10);
        for (const BalancedStation &s : r.stations)
            if (std::find(s.tasks.begin(), s.tasks.end(), 0) != s.tasks.end())
                QCOMPARE(s.kind, 1);
    }

    void parallelStations()
    {
        BalanceProblem p;
        p.taskTimes = {4, 25, 6};
        p.precedences = {{0, 1}, {1, 2}};
        p.taskLabels = QStringList{QStringLiteral("load"), QStringLiteral("paint"), QStringLiteral("unload")};
        const BalanceResult off = solveSalbp1(p, 10);
        QCOMPARE(off.status, BalanceStatus::Infeasible);
        QVERIFY(off.message.contains(QStringLiteral("paint")));
        p.allowParallelStations = true;
        verifyAll(p, 10, 5); // 1 + 3 copies + 1
        const BalanceResult on = solveSalbp1(p, 10);
        QCOMPARE(on.stations.size(), std::size_t(3));
        QCOMPARE(on.stations[1].replicas, 3);
    }

    void mixedModelOverload()
    {
        // Two models, half the demand each; weighted times are all 5.
        const std::vector<std::vector<Ticks>> modelTimes = {{9, 9, 1, 1}, {1, 1, 9, 9}};
        const std::vector<Ticks> weighted = demandWeightedTimes(modelTimes, {0.5, 0.5});
        QCOMPARE(weighted, (std::vector<Ticks>{5, 5, 5, 5}));
        std::vector<BalancedStation> stations(2);
        stations[0].tasks = {0, 1};
        stations[1].tasks = {2, 3};
        const MixedModelReport report = mixedModelReport(stations, modelTimes, 10);
        QCOMPARE(report.stationTimes[0], (std::vector<Ticks>{18, 2}));
        QCOMPARE(report.stationTimes[1], (std::vector<Ticks>{2, 18}));
        QCOMPARE(report.overloads.size(), std::size_t(2));
        QCOMPARE(report.overloads[0].model, 0);
        QCOMPARE(report.overloads[0].station, 0);
        QCOMPARE(report.overloads[0].excess, Ticks(8));
        QCOMPARE(report.overloads[1].model, 1);
        QCOMPARE(report.overloads[1].station, 1);
        stations[0].tasks = {0, 2};
        stations[1].tasks = {1, 3};
        QVERIFY(mixedModelReport(stations, modelTimes, 10).overloads.empty());
    }

    void productionLineConversion()
    {
        ProductionLine line;
        line.name = QStringLiteral("L1");
        const auto task = [](const char *id, double timeS, QStringList preds) {
            Task t;
            t.id = QString::fromLatin1(id);
            t.timeS = timeS;
            t.predecessors = std::move(preds);
            return t;
        };
        line.tasks.push_back(task("a", 4.0, {}));
        line.tasks.push_back(task("b", 5.0, {QStringLiteral("a")}));
        line.tasks.push_back(task("c", 3.0, {QStringLiteral("a")}));
        line.tasks.push_back(task("d", 6.5, {QStringLiteral("b"), QStringLiteral("c")}));
        line.tasks[3].requiredResource = QStringLiteral("robot");
        line.tasks[3].automated = true;
        line.tasks[3].automatedTimeS = 2.0;
        line.zoning.push_back({QStringLiteral("b"), QStringLiteral("c"), false});
        line.models = {{QStringLiteral("m1"), QStringLiteral("M1"), 3.0},
                       {QStringLiteral("m2"), QStringLiteral("M2"), 1.0}};
        line.tasks[0].modelTimesS[QStringLiteral("m2")] = 8.0; // weighted: (3 x 4 + 8) / 4 = 5
        const LineProblemResult converted = lineProblemFromLine(line);
        QVERIFY2(converted, qPrintable(converted.errorMessage));
        const LineProblem &lp = *converted.lineProblem;
        QCOMPARE(lp.problem.taskTimes[0], toTicks(5.0));
        QCOMPARE(lp.problem.stationKinds.size(), 2);
        QCOMPARE(lp.problem.kindTimes[3][1], toTicks(2.0));
        QCOMPARE(lp.problem.kindTimes[3][0], kNotAllowed);
        const BalanceResult r = solveSalbp1(lp.problem, toTicks(10.0));
        QVERIFY(r.optimal());
        const QString problem = taktflow::tests::checkFeasible(lp.problem, r, toTicks(10.0));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const std::vector<Station> stations = stationsFromResult(lp, r);
        QCOMPARE(stations.size(), std::size_t(r.stations.size()));
        QCOMPARE(stations.back().resource, QStringLiteral("robot"));

        line.tasks[1].predecessors << QStringLiteral("zz");
        const LineProblemResult bad = lineProblemFromLine(line);
        QVERIFY(!bad);
        QVERIFY(bad.errorMessage.contains(QStringLiteral("zz")));
    }

    void salbp2WithConstraints()
    {
        BalanceProblem p = sixFives();
        p.apartPairs = {{0, 1}};
        const BalanceResult r = solveSalbp2(p, 3);
        QVERIFY(r.optimal());
        QCOMPARE(r.cycleTime, Ticks(10));
        const QString problem = taktflow::tests::checkFeasible(p, r, r.cycleTime);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestConstraints)
#include "tst_constraints.moc"
