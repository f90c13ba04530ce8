// SPDX-License-Identifier: GPL-3.0-or-later
// The SALBP-1 upper-bound heuristics for large lines (issue 18): fullest-station passes and the
// station reduction through SALBP-2, on Otto et al. n=1000 instances. Every line goes through
// the independent feasibility checker; the station counts are compared with the bounds of the
// data set (tests/data/salbp/SOURCES.md) and with a lower bound computed here from the times.
#include "feasibilitychecker.h"
#include "salbptestdata.h"

#include "core/balance/engine/cyclesmoother.h"
#include "core/balance/engine/fulleststations.h"
#include "core/balance/engine/greedybalancer.h"
#include "core/balance/engine/preparedproblem.h"
#include "core/balance/salbp1.h"
#include "core/balance/salbp2.h"
#include "core/balance/stationreduction.h"

#include <QtTest>

#include <algorithm>
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

    // Merging neighbours keeps every task and its order: on the greedy line of #326, merged down
    // by ten stations, each task's predecessors sit in its station or an earlier one, and the
    // ten merges took the lightest neighbours (the merged line's largest load is at most twice
    // the cycle). The reducer (local search from the merged line, then SALBP-2) takes the
    // greedy line to the best known 523 stations.
    void reductionFromTheBestLine()
    {
        const BalanceProblem problem = taktflow::tests::loadSalbpTestProblem(QStringLiteral("otto_n1000_326.alb"));
        const detail::PrepareResult prep = detail::prepareForCycle(problem, kCycle);
        const detail::PreparedProblem &p = *prep.prepared;
        const auto greedy = detail::bestGreedy(p, nullptr, kCycle, 0);
        QVERIFY(greedy);
        const int stations = detail::stationCount(*greedy);
        const std::vector<detail::PlacedStation> merged = detail::mergedLine(p, *greedy, stations - 10);
        QCOMPARE(int(merged.size()), stations - 10);
        std::vector<int> stationOf(std::size_t(p.unitCount), -1);
        for (std::size_t s = 0; s < merged.size(); ++s)
            for (const int u : merged[s].units) {
                QCOMPARE(stationOf[std::size_t(u)], -1);
                stationOf[std::size_t(u)] = int(s);
            }
        Ticks largest = 0;
        for (std::size_t s = 0; s < merged.size(); ++s) {
            Ticks load = 0;
            for (const int u : merged[s].units) {
                load += p.minTime[std::size_t(u)];
                for (const int before : p.predecessors[std::size_t(u)])
                    QVERIFY(stationOf[std::size_t(before)] >= 0 && stationOf[std::size_t(before)] <= int(s));
            }
            largest = std::max(largest, load);
        }
        QVERIFY(std::count(stationOf.begin(), stationOf.end(), -1) == 0);
        QVERIFY2(largest <= 2 * kCycle, qPrintable(QString::number(largest)));

        detail::StationReducer reducer(problem, p, kCycle);
        const detail::FewerStationsAnswer shorter = reducer(*greedy, 523, 30.0, {});
        QVERIFY(shorter.line);
        QVERIFY(detail::stationCount(*shorter.line) <= 523);
        const QString why = checkLine(problem, p, *shorter.line);
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    // By hand, cycle 10, no precedence, times 6 4 6 4 6 4 5 5 (total 40: four full stations
    // at best) on five stations [6] [4 6] [4] [6 4] [5 5], loads 6 10 4 10 10. Merging to four
    // joins the lightest neighbours, [4 6] and [4] (14; [4] and [6 4] tie, the first pair
    // wins): loads 6 14 10 10. The local search aimed at the cycle must then move a 4 into the
    // first station: four stations of exactly 10.
    void seededLocalSearchSpreadsTheMergedStation()
    {
        BalanceProblem problem;
        problem.taskTimes = {6, 4, 6, 4, 6, 4, 5, 5};
        const Ticks cycle = 10;
        const detail::PrepareResult prep = detail::prepareForCycle(problem, cycle);
        QVERIFY(prep.prepared);
        const detail::PreparedProblem &p = *prep.prepared;
        QCOMPARE(p.unitCount, 8);
        std::vector<detail::PlacedStation> line(5);
        line[0].units = {0};
        line[1].units = {1, 2};
        line[2].units = {3};
        line[3].units = {4, 5};
        line[4].units = {6, 7};
        const std::vector<detail::PlacedStation> merged = detail::mergedLine(p, line, 4);
        QCOMPARE(merged.size(), std::size_t(4));
        QCOMPARE(merged[1].units, (std::vector<int>{1, 2, 3}));
        QCOMPARE(merged[2].units, (std::vector<int>{4, 5}));

        detail::CycleSmoother smoother(p, 4);
        smoother.start(merged, cycle);
        QCOMPARE(smoother.bestLoad(), Ticks(14));
        QVERIFY(smoother.run(cycle, 100000, [] { return false; }));
        QCOMPARE(smoother.bestLoad(), cycle);
        const std::vector<detail::PlacedStation> fitted = smoother.best();
        QCOMPARE(detail::stationCount(fitted), 4);
        const BalanceResult r = detail::makeResult(problem, p, fitted, cycle, BalanceStatus::Feasible);
        const QString why = taktflow::tests::checkFeasible(problem, r, cycle);
        QVERIFY2(why.isEmpty(), qPrintable(why));
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
