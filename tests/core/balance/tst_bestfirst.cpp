// SPDX-License-Identifier: GPL-3.0-or-later
// The cyclic best-first search of the exact station search, on its own: it must find a line at
// the known optimum and prove one station fewer infeasible by emptying its queues. Every line it finds is checked by feasibilitychecker.cpp, which shares no code
// with the solver.
#include "feasibilitychecker.h"
#include "salbptestdata.h"

#include "core/balance/engine/greedybalancer.h"
#include "core/balance/engine/preparedproblem.h"
#include "core/balance/engine/stationsearch.h"

#include <QtTest>

using namespace taktflow::core;

namespace {

constexpr std::size_t kMemoBytes = std::size_t(64) << 20;

const std::function<bool()> &neverStop()
{
    static const std::function<bool()> stop = [] { return false; };
    return stop;
}

} // namespace

class TestBestFirst : public QObject
{
    Q_OBJECT

private slots:
    // SALBP-1 optima from tests/data/salbp/known_optima.csv (Scholl 1993).
    void findsOptimumAndRefutesOneLess_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("cycle");
        QTest::addColumn<int>("optimum");
        QTest::newRow("JACKSON c=7") << QStringLiteral("JACKSON.IN2") << qint64(7) << 8;
        QTest::newRow("MITCHELL c=14") << QStringLiteral("MITCHELL.IN2") << qint64(14) << 8;
        QTest::newRow("HESKIA c=138") << QStringLiteral("HESKIA.IN2") << qint64(138) << 8;
        QTest::newRow("BUXEY c=27") << QStringLiteral("BUXEY.IN2") << qint64(27) << 13;
        QTest::newRow("SAWYER30 c=25") << QStringLiteral("SAWYER30.IN2") << qint64(25) << 14;
        QTest::newRow("GUNTHER c=41") << QStringLiteral("GUNTHER.IN2") << qint64(41) << 14;
        QTest::newRow("KILBRID c=56") << QStringLiteral("KILBRID.IN2") << qint64(56) << 10;
        QTest::newRow("ARC83 c=6842") << QStringLiteral("ARC83.IN2") << qint64(6842) << 12;
        QTest::newRow("WARNECKE c=58") << QStringLiteral("WARNECKE.IN2") << qint64(58) << 29;
    }

    void findsOptimumAndRefutesOneLess()
    {
        QFETCH(QString, file);
        QFETCH(qint64, cycle);
        QFETCH(int, optimum);
        const BalanceProblem problem = taktflow::tests::loadSalbpTestProblem(file);
        const detail::PrepareResult prep = detail::prepareForCycle(problem, cycle);
        QVERIFY(prep.prepared);
        const detail::PreparedProblem &p = *prep.prepared;
        // Both the line as read and turned around: the solver runs both.
        const detail::PreparedProblem reversed = p.reverse();
        for (const detail::PreparedProblem *direction : {&p, &reversed}) {
            detail::StationSearch search(*direction, kMemoBytes, neverStop());
            // No step budget: the search runs until it answers.
            QCOMPARE(search.bestFirstProbe(cycle, optimum, 0, neverStop()), detail::ProbeOutcome::Found);
            std::vector<detail::PlacedStation> stations = search.solution();
            QCOMPARE(int(stations.size()), optimum);
            if (direction == &reversed)
                stations = detail::turnAround(stations, reversed);
            const BalanceResult result = detail::makeResult(problem, p, stations, cycle, BalanceStatus::Feasible);
            const QString wrong = taktflow::tests::checkFeasible(problem, result, cycle);
            QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
            QCOMPARE(result.stationCount, optimum);

            detail::StationSearch refuter(*direction, kMemoBytes, neverStop());
            QCOMPARE(refuter.bestFirstProbe(cycle, optimum - 1, 0, neverStop()), detail::ProbeOutcome::Infeasible);
        }
    }

    // A probe stopped by its step budget resumes from its queues: small, growing budgets
    // (as the solver gives them), asked again and again, still end in the right answers.
    void resumesAfterBudget()
    {
        const BalanceProblem problem = taktflow::tests::loadSalbpTestProblem(QStringLiteral("TONGE70.IN2"));
        const qint64 cycle = 160;
        const detail::PrepareResult prep = detail::prepareForCycle(problem, cycle);
        QVERIFY(prep.prepared);
        detail::StationSearch search(*prep.prepared, kMemoBytes, neverStop());
        detail::ProbeOutcome outcome = detail::ProbeOutcome::Aborted;
        int calls = 0;
        while (outcome == detail::ProbeOutcome::Aborted && calls < 100000) {
            outcome = search.bestFirstProbe(cycle, 22, 600 + 20 * calls, neverStop());
            ++calls;
            QVERIFY(!search.bestFirstGaveUp(cycle, 22));
        }
        QCOMPARE(outcome, detail::ProbeOutcome::Infeasible);
        QVERIFY2(calls > 1, "the budget never stopped the search: the test proves nothing");
        calls = 0;
        outcome = detail::ProbeOutcome::Aborted;
        while (outcome == detail::ProbeOutcome::Aborted && calls < 100000) {
            outcome = search.bestFirstProbe(cycle, 23, 600 + 20 * calls, neverStop());
            ++calls;
        }
        QCOMPARE(outcome, detail::ProbeOutcome::Found);
        const BalanceResult result =
            detail::makeResult(problem, *prep.prepared, search.solution(), cycle, BalanceStatus::Feasible);
        const QString wrong = taktflow::tests::checkFeasible(problem, result, cycle);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        QCOMPARE(result.stationCount, 23);
    }

    // Fixed stations need empty stations, which the best-first store cannot hold apart from
    // their parents: the search declines, and the depth-first search answers alone.
    void declinesFixedStations()
    {
        BalanceProblem problem = taktflow::tests::loadSalbpTestProblem(QStringLiteral("JACKSON.IN2"));
        problem.fixedStation.assign(problem.taskTimes.size(), -1);
        problem.fixedStation.back() = 7;
        const detail::PrepareResult prep = detail::prepareForCycle(problem, 7);
        QVERIFY(prep.prepared);
        detail::StationSearch search(*prep.prepared, kMemoBytes, neverStop());
        QCOMPARE(search.bestFirstProbe(7, 8, 0, neverStop()), detail::ProbeOutcome::Aborted);
        QVERIFY(search.bestFirstGaveUp(7, 8));
        QCOMPARE(search.probe(7, 8, 0, neverStop()), detail::ProbeOutcome::Found);
    }
};

QTEST_GUILESS_MAIN(TestBestFirst)
#include "tst_bestfirst.moc"
