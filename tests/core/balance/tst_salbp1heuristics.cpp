// SPDX-License-Identifier: GPL-3.0-or-later
// The SALBP-1 upper-bound heuristics for large lines (issue 18): fullest-station passes and the
// station reduction through SALBP-2, on Otto et al. n=1000 instances. Every line goes through
// the independent feasibility checker; the station counts are compared with the bounds of the
// data set (tests/data/salbp/SOURCES.md) and with a lower bound computed here from the times.
#include "feasibilitychecker.h"
#include "salbptestdata.h"

#include "core/balance/engine/fulleststations.h"
#include "core/balance/engine/greedybalancer.h"
#include "core/balance/engine/preparedproblem.h"
#include "core/balance/salbp1.h"
#include "core/balance/salbp2.h"
#include "core/balance/stationreduction.h"

#include <QtTest>

#include <numeric>

using namespace taktflow::core;

namespace {

constexpr Ticks kCycle = 1000; // the cycle time of every Otto instance

// ceil(sum of times / cycle): no line can have fewer stations. Shares no solver code.
int stationsForTotalTime(const BalanceProblem &problem)
{
    const Ticks total = std::accumulate(problem.taskTimes.begin(), problem.taskTimes.end(), Ticks(0));
    return int((total + kCycle - 1) / kCycle);
}

QString checkLine(const BalanceProblem &problem, const detail::PreparedProblem &p,
                  const std::vector<detail::PlacedStation> &line)
{
    const BalanceResult r = detail::makeResult(problem, p, line, kCycle, BalanceStatus::Feasible);
    return taktflow::tests::checkFeasible(problem, r, kCycle);
}

} // namespace

class TestSalbp1Heuristics : public QObject
{
    Q_OBJECT

private slots:
    // Otto n=1000 #1 (optimum 135 = the total-time bound): the priority rules end at 136, the
    // fullest-station passes at 135, which nothing can beat.
    void fullestLinesReachTheBound()
    {
        const BalanceProblem problem = taktflow::tests::loadSalbpTestProblem(QStringLiteral("otto_n1000_1.alb"));
        const detail::PrepareResult prep = detail::prepareForCycle(problem, kCycle);
        const detail::PreparedProblem &p = *prep.prepared;
        const std::optional<detail::PreparedProblem> reversed = p.reverseUnlessFixed();
        QVERIFY(detail::fullestLinesApply(p));
        const int bound = stationsForTotalTime(problem);
        QCOMPARE(bound, 135);
        const auto line = detail::bestFullestLine(p, reversed ? &*reversed : nullptr, kCycle, 10000, bound, 8, 1, {});
        QVERIFY(line);
        QCOMPARE(detail::stationCount(*line), 135);
        const QString why = checkLine(problem, p, *line);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        // Nothing with fewer stations than the bound, and a stopped call returns nothing.
        QVERIFY(!detail::bestFullestLine(p, nullptr, kCycle, bound, 0, 8, 1, {}));
        QVERIFY(!detail::bestFullestLine(p, nullptr, kCycle, 10000, bound, 8, 1, [] { return true; }));
    }

    // Otto n=1000 #326 (best known [504, 523]): the greedy line has 524 stations; asking the
    // SALBP-2 search for 523 stations gives a line that fits the cycle. Asking for fewer
    // stations than the total time needs is refuted by its bound.
    void reductionFindsShorterLinesAndRefutesTooFew()
    {
        const BalanceProblem problem = taktflow::tests::loadSalbpTestProblem(QStringLiteral("otto_n1000_326.alb"));
        const detail::PrepareResult prep = detail::prepareForCycle(problem, kCycle);
        const detail::PreparedProblem &p = *prep.prepared;
        const std::optional<detail::PreparedProblem> reversed = p.reverseUnlessFixed();
        const auto greedy = detail::bestGreedy(p, reversed ? &*reversed : nullptr, kCycle, 0);
        QVERIFY(greedy);
        QVERIFY(detail::stationCount(*greedy) > 523);
        const detail::FewerStationsAnswer shorter = detail::reduceStations(problem, p, kCycle, 523, 30.0, {});
        QVERIFY(shorter.line);
        QVERIFY(!shorter.refuted);
        QVERIFY(detail::stationCount(*shorter.line) <= 523);
        const QString why = checkLine(problem, p, *shorter.line);
        QVERIFY2(why.isEmpty(), qPrintable(why));

        const int tooFew = stationsForTotalTime(problem) - 1;
        const detail::FewerStationsAnswer none = detail::reduceStations(problem, p, kCycle, tooFew, 30.0, {});
        QVERIFY(!none.line);
        QVERIFY(none.refuted);
    }

    // Both threads on #326: the line reaches the best known upper bound (523; the sequential
    // start ends at 524) and the bound is the total-time bound at least. The run is cancelled
    // as soon as it reports such a line (about 0.5 s in a release build); the limit is
    // generous for sanitizer builds on a busy machine (about 20 times slower).
    void twoThreadsReachTheBestKnownLine()
    {
        const BalanceProblem problem = taktflow::tests::loadSalbpTestProblem(QStringLiteral("otto_n1000_326.alb"));
        std::stop_source reached;
        BalanceOptions options;
        options.timeLimitS = 150.0;
        options.threads = 2;
        options.stopToken = reached.get_token();
        options.progress = [&reached](const BalanceProgress &p) {
            if (p.upperBound > 0 && p.upperBound <= 523)
                reached.request_stop();
        };
        const BalanceResult r = solveSalbp1(problem, kCycle, options);
        QVERIFY(r.hasSolution());
        QCOMPARE(r.threads, 2);
        QVERIFY2(r.stationCount <= 523, qPrintable(QString::number(r.stationCount)));
        QVERIFY(r.lowerBound >= stationsForTotalTime(problem));
        const QString why = taktflow::tests::checkFeasible(problem, r, kCycle);
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    // SALBP-2 progress carries real bounds only: a second search runner once repeated its
    // unset bounds (cycle 0), which the station reduction read as "cycle reached".
    void salbp2ProgressNeverReportsUnsetBounds()
    {
        const BalanceProblem problem = taktflow::tests::loadSalbpTestProblem(QStringLiteral("otto_n1000_27.alb"));
        BalanceOptions options;
        options.timeLimitS = 5.0;
        int reports = 0;
        bool real = true;
        options.progress = [&](const BalanceProgress &progress) {
            ++reports;
            real = real && progress.lowerBound > 0 && progress.upperBound >= progress.lowerBound;
        };
        const BalanceResult r = solveSalbp2(problem, 534, options);
        QVERIFY(r.hasSolution());
        QVERIFY(reports >= 2);
        QVERIFY(real);
    }
};

QTEST_GUILESS_MAIN(TestSalbp1Heuristics)
#include "tst_salbp1heuristics.moc"
