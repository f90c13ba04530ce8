// SPDX-License-Identifier: GPL-3.0-or-later
#include "feasibilitychecker.h"

#include "core/balance/heuristics.h"
#include "core/io/salbpreader.h"

#include <QtTest>

#include <chrono>

using namespace taktflow::core;

class TestHeuristics : public QObject
{
    Q_OBJECT

private slots:
    void feasibleOnBenchmarks_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("cycle");
        QTest::addColumn<int>("optimum");
        QTest::newRow("ARC83") << QStringLiteral("ARC83.IN2") << qint64(3786) << 21;
        QTest::newRow("TONGE70") << QStringLiteral("TONGE70.IN2") << qint64(176) << 21;
        QTest::newRow("WARNECKE") << QStringLiteral("WARNECKE.IN2") << qint64(54) << 31;
        QTest::newRow("LUTZ2") << QStringLiteral("LUTZ2.IN2") << qint64(11) << 49;
    }

    void feasibleOnBenchmarks()
    {
        QFETCH(QString, file);
        QFETCH(qint64, cycle);
        QFETCH(int, optimum);
        const SalbpReadResult read = readSalbpFile(QStringLiteral(TAKTFLOW_TEST_DATA "/salbp/") + file);
        QVERIFY2(read, qPrintable(read.errorMessage));
        BalanceProblem p;
        p.taskTimes = read.instance->taskTimes;
        p.precedences = read.instance->precedences;
        for (const PriorityRule rule : {PriorityRule::RankedPositionalWeight, PriorityRule::MostFollowers,
                                        PriorityRule::LongestTime, PriorityRule::RandomizedMultiPass}) {
            const BalanceResult r = balanceHeuristic(p, cycle, rule);
            QVERIFY(r.hasSolution());
            QVERIFY(!r.optimal());
            QVERIFY(r.stationCount >= optimum);
            QVERIFY(r.stationCount <= optimum + optimum / 5 + 1);
            const QString problem = taktflow::tests::checkFeasible(p, r, cycle);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        const BalanceResult best = balanceHeuristicBest(p, cycle);
        QVERIFY(best.hasSolution());
        QVERIFY2(taktflow::tests::checkFeasible(p, best, cycle).isEmpty(), "best heuristic infeasible");
    }

    void thousandTasksAreFast()
    {
        const SalbpReadResult read = readSalbpFile(QStringLiteral(TAKTFLOW_TEST_DATA "/salbp/otto_n1000_1.alb"));
        QVERIFY2(read, qPrintable(read.errorMessage));
        BalanceProblem p;
        p.taskTimes = read.instance->taskTimes;
        p.precedences = read.instance->precedences;
        // Target 50 ms; the test allows slack for loaded CI machines, the benchmark records the figure.
        for (const PriorityRule rule : {PriorityRule::RankedPositionalWeight, PriorityRule::MostFollowers}) {
            const auto start = std::chrono::steady_clock::now();
            const BalanceResult r = balanceHeuristic(p, 1000, rule);
            const double ms =
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
            qInfo("rule %d: %d stations in %.1f ms", int(rule), r.stationCount, ms);
            QVERIFY(r.hasSolution());
            QVERIFY2(ms < 250.0, qPrintable(QString::number(ms)));
            QVERIFY(taktflow::tests::checkFeasible(p, r, 1000).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestHeuristics)
#include "tst_heuristics.moc"
