// SPDX-License-Identifier: GPL-3.0-or-later
// The SALBP-2 upper-bound heuristics (window search, fullest stations) against a brute force
// over every assignment of small random lines; every answer also goes through the
// independent feasibility checker.
#include "feasibilitychecker.h"

#include "core/balance/engine/fulleststations.h"
#include "core/balance/engine/greedybalancer.h"
#include "core/balance/engine/preparedproblem.h"
#include "core/balance/engine/windowsearch.h"
#include "core/balance/salbp2.h"

#include <QtTest>

#include <algorithm>
#include <random>

using namespace taktflow::core;

namespace {

// A random line of n tasks: times 1..20, each pair (i < j) linked with the given chance.
BalanceProblem randomLine(int n, double linkChance, std::uint32_t seed)
{
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> time(1, 20);
    std::bernoulli_distribution link(linkChance);
    BalanceProblem p;
    for (int i = 0; i < n; ++i)
        p.taskTimes.push_back(time(random));
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j)
            if (link(random))
                p.precedences.emplace_back(i, j);
    return p;
}

// Smallest largest load over every assignment of the tasks to m stations that keeps
// precedence (station of a predecessor <= station of its follower). Shares no solver code.
Ticks bruteForceCycle(const BalanceProblem &p, int m)
{
    const int n = p.taskCount();
    std::vector<int> station(std::size_t(n), 0);
    Ticks best = -1;
    while (true) {
        bool ordered = true;
        for (const auto &[a, b] : p.precedences)
            ordered = ordered && station[std::size_t(a)] <= station[std::size_t(b)];
        if (ordered) {
            std::vector<Ticks> load(std::size_t(m), 0);
            for (int i = 0; i < n; ++i)
                load[std::size_t(station[std::size_t(i)])] += p.taskTimes[std::size_t(i)];
            const Ticks largest = *std::max_element(load.begin(), load.end());
            if (best < 0 || largest < best)
                best = largest;
        }
        int i = 0;
        while (i < n && ++station[std::size_t(i)] == m)
            station[std::size_t(i++)] = 0;
        if (i == n)
            return best;
    }
}

detail::PreparedProblem prepare(const BalanceProblem &p)
{
    const detail::PrepareResult prep = detail::prepareProblem(p);
    if (!prep.prepared)
        qFatal("test line could not be prepared");
    return *prep.prepared;
}

// Every task in the first station: feasible, and as bad a start as there is.
std::vector<detail::PlacedStation> allInOne(const detail::PreparedProblem &p)
{
    std::vector<detail::PlacedStation> one(1);
    for (int u = 0; u < p.unitCount; ++u)
        one[0].units.push_back(u);
    return one;
}

Ticks largestLoad(const BalanceResult &r)
{
    Ticks largest = 0;
    for (const BalancedStation &s : r.stations)
        largest = std::max(largest, s.load);
    return largest;
}

} // namespace

class TestSalbp2Heuristics : public QObject
{
    Q_OBJECT

private slots:
    // With two or three stations one window holds the whole line, so one descent of the window
    // search is exact: it must reach the brute-force optimum from the worst start.
    void windowSearchIsExactOnShortLines_data()
    {
        QTest::addColumn<int>("seed");
        QTest::addColumn<int>("stations");
        QTest::addColumn<double>("linkChance");
        for (int seed = 1; seed <= 12; ++seed)
            for (const int m : {2, 3})
                QTest::addRow("seed %d m=%d", seed, m) << seed << m << (seed % 3 == 0 ? 0.05 : 0.25);
    }

    void windowSearchIsExactOnShortLines()
    {
        QFETCH(int, seed);
        QFETCH(int, stations);
        QFETCH(double, linkChance);
        const BalanceProblem problem = randomLine(10, linkChance, std::uint32_t(seed));
        const Ticks optimum = bruteForceCycle(problem, stations);
        const detail::PreparedProblem p = prepare(problem);
        detail::WindowSearch search(p, stations);
        search.start(allInOne(p));
        QCOMPARE(search.bestLoad(), p.totalMinTime);
        // One step of effort: a single descent, no kicks; the whole-line window alone must do it.
        search.run(0, 1, {});
        QCOMPARE(search.bestLoad(), optimum);
        const BalanceResult r = detail::makeResult(problem, p, search.best(), optimum, BalanceStatus::Feasible);
        QVERIFY(r.stationCount <= stations);
        QCOMPARE(largestLoad(r), optimum);
        const QString problemText = taktflow::tests::checkFeasible(problem, r, optimum);
        QVERIFY2(problemText.isEmpty(), qPrintable(problemText));
    }

    // On longer lines the search is a heuristic: never below the optimum, always feasible,
    // and never worse than where it started.
    void windowSearchStaysFeasibleOnLongerLines()
    {
        for (int seed = 1; seed <= 20; ++seed) {
            const BalanceProblem problem = randomLine(10, 0.2, std::uint32_t(100 + seed));
            const int stations = 4;
            const Ticks optimum = bruteForceCycle(problem, stations);
            const detail::PreparedProblem p = prepare(problem);
            auto start = detail::greedyBalance(p, p.totalMinTime, detail::rulePriorities(p, PriorityRule::LongestTime));
            QVERIFY(start);
            detail::WindowSearch search(p, stations);
            search.start(*start);
            const Ticks first = search.bestLoad();
            search.run(optimum, 100000, {});
            QVERIFY2(search.bestLoad() >= optimum, qPrintable(QStringLiteral("seed %1").arg(seed)));
            QVERIFY(search.bestLoad() <= first);
            const BalanceResult r = detail::makeResult(problem, p, search.best(), search.bestLoad(), BalanceStatus::Feasible);
            QVERIFY(r.stationCount <= stations);
            QCOMPARE(largestLoad(r), search.bestLoad());
            const QString problemText = taktflow::tests::checkFeasible(problem, r, search.bestLoad());
            QVERIFY2(problemText.isEmpty(), qPrintable(problemText));
        }
    }

    // Hand-made: no precedence, times 8 7 6 5 4 on two stations (total 30): the even split
    // 15 | 15 is 8 + 7 against 6 + 5 + 4. One descent (re-solving the one window) finds it
    // from 8 6 4 | 7 5 (18 | 12).
    void windowSearchSolvesSubsetSum()
    {
        BalanceProblem problem;
        problem.taskTimes = {8, 7, 6, 5, 4};
        const detail::PreparedProblem p = prepare(problem);
        std::vector<detail::PlacedStation> start(2);
        start[0].units = {0, 2, 4};
        start[1].units = {1, 3};
        detail::WindowSearch search(p, 2);
        search.start(start);
        QCOMPARE(search.bestLoad(), Ticks(18));
        QVERIFY(search.run(0, 1, {}));
        QCOMPARE(search.bestLoad(), Ticks(15));
    }

    // The window search respects precedence inside the window: the chain 3 -> 4 -> 3 on two
    // stations splits at best 7 | 3 (3 + 4 | 3), although the times alone would allow 6 | 4.
    void windowSearchKeepsPrecedence()
    {
        BalanceProblem problem;
        problem.taskTimes = {3, 4, 3};
        problem.precedences = {{0, 1}, {1, 2}};
        QCOMPARE(bruteForceCycle(problem, 2), Ticks(7));
        const detail::PreparedProblem p = prepare(problem);
        detail::WindowSearch search(p, 2);
        search.start(allInOne(p));
        search.run(0, 10000, {});
        QCOMPARE(search.bestLoad(), Ticks(7));
        const BalanceResult r = detail::makeResult(problem, p, search.best(), 7, BalanceStatus::Feasible);
        const QString problemText = taktflow::tests::checkFeasible(problem, r, 7);
        QVERIFY2(problemText.isEmpty(), qPrintable(problemText));
    }

    // Fullest stations at the optimal cycle with room for every station: a feasible line; with
    // fewer stations than the total time needs: no line.
    void fullestStations()
    {
        for (int seed = 1; seed <= 20; ++seed) {
            const BalanceProblem problem = randomLine(10, 0.2, std::uint32_t(300 + seed));
            const detail::PreparedProblem p = prepare(problem);
            const Ticks optimum = bruteForceCycle(problem, 3);
            const auto line = detail::fullestStations(p, optimum, p.unitCount, 1000, std::uint64_t(seed));
            QVERIFY(line);
            const BalanceResult r = detail::makeResult(problem, p, *line, optimum, BalanceStatus::Feasible);
            QVERIFY(largestLoad(r) <= optimum);
            const QString problemText = taktflow::tests::checkFeasible(problem, r, optimum);
            QVERIFY2(problemText.isEmpty(), qPrintable(problemText));
            const int tooFew = int((p.totalMinTime + optimum - 1) / optimum) - 1;
            if (tooFew >= 1)
                QVERIFY(!detail::fullestStations(p, optimum, tooFew, 1000, std::uint64_t(seed)));
        }
    }

    // The whole SALBP-2 solver on random lines: proven optimal and equal to the brute force.
    void solverMatchesBruteForce()
    {
        for (int seed = 1; seed <= 30; ++seed) {
            const BalanceProblem problem = randomLine(11 - seed % 3, seed % 2 ? 0.15 : 0.3, std::uint32_t(500 + seed));
            const int stations = 2 + seed % 3;
            const Ticks optimum = bruteForceCycle(problem, stations);
            const BalanceResult r = solveSalbp2(problem, stations);
            QVERIFY2(r.optimal(), qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(r.message)));
            QCOMPARE(r.cycleTime, optimum);
            QCOMPARE(largestLoad(r), optimum);
            const QString problemText = taktflow::tests::checkFeasible(problem, r, r.cycleTime);
            QVERIFY2(problemText.isEmpty(), qPrintable(problemText));
        }
    }
};

QTEST_GUILESS_MAIN(TestSalbp2Heuristics)
#include "tst_salbp2heuristics.moc"
