// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/arrangement/qaprandom.h"
#include "core/arrangement/qapsolver.h"
#include "core/arrangement/qaptabusearch.h"
#include "core/io/qaplibreader.h"

#include <QTest>

#include <algorithm>
#include <numeric>
#include <stop_token>

using namespace taktflow::core;

namespace {

// Deliberately naive and separate from the solver: the reference every result is checked by.
std::int64_t independentCost(const QapProblem &p, const std::vector<int> &perm)
{
    std::int64_t sum = 0;
    for (int i = 0; i < p.n; ++i)
        for (int j = 0; j < p.n; ++j)
            sum += p.flow[std::size_t(i * p.n + j)] *
                   p.distance[std::size_t(perm[std::size_t(i)] * p.n + perm[std::size_t(j)])];
    return sum;
}

bool isPermutation(const std::vector<int> &perm, int n)
{
    std::vector<int> sorted = perm;
    std::sort(sorted.begin(), sorted.end());
    std::vector<int> expected(static_cast<std::size_t>(n));
    std::iota(expected.begin(), expected.end(), 0);
    return sorted == expected;
}

QapProblem randomProblem(int n, std::uint64_t seed, bool symmetric, int maxValue = 20)
{
    QapRandom rng(seed);
    QapProblem p;
    p.n = n;
    p.flow.assign(std::size_t(n * n), 0);
    p.distance.assign(std::size_t(n * n), 0);
    for (int i = 0; i < n; ++i) {
        for (int j = symmetric ? i : 0; j < n; ++j) {
            const std::int64_t f = rng.below(maxValue + 1) - (rng.below(5) == 0 ? maxValue / 2 : 0);
            const std::int64_t d = rng.below(maxValue + 1);
            p.flow[std::size_t(i * n + j)] = f;
            p.distance[std::size_t(i * n + j)] = d;
            if (symmetric) {
                p.flow[std::size_t(j * n + i)] = f;
                p.distance[std::size_t(j * n + i)] = d;
            }
        }
    }
    return p;
}

std::vector<int> randomPermutation(int n, std::uint64_t seed)
{
    QapRandom rng(seed);
    std::vector<int> perm(static_cast<std::size_t>(n));
    std::iota(perm.begin(), perm.end(), 0);
    for (int i = n - 1; i > 0; --i)
        std::swap(perm[std::size_t(i)], perm[std::size_t(rng.below(i + 1))]);
    return perm;
}

QapProblem loadInstance(const QString &name)
{
    const QapLibReadResult read = readQapLibFile(QStringLiteral(TAKTFLOW_TEST_DATA "/qaplib/") + name);
    if (!read.ok())
        qFatal("%s", qPrintable(read.error));
    return read.problem;
}

template<typename T>
void checkDeltaBookkeeping(const QapProblem &p, const std::vector<int> &freeItems, std::uint64_t seed)
{
    QapTabuSearch<T> search(p, freeItems);
    search.reset(randomPermutation(p.n, seed));
    QapRandom rng(seed + 7);
    const int m = int(freeItems.size());
    typename QapTabuSearch<T>::State saved;
    for (int step = 0; step < 60; ++step) {
        QCOMPARE(search.cost(), independentCost(p, search.permutation()));
        for (int a = 0; a < m; ++a) {
            for (int b = a + 1; b < m; ++b) {
                std::vector<int> swapped = search.permutation();
                std::swap(swapped[std::size_t(freeItems[std::size_t(a)])],
                          swapped[std::size_t(freeItems[std::size_t(b)])]);
                const std::int64_t expected = independentCost(p, swapped) - search.cost();
                QCOMPARE(std::int64_t(search.delta(a, b)), expected);
                QCOMPARE(std::int64_t(search.fullDelta(a, b)), expected);
            }
        }
        // Now and then jump: to a random permutation of the free slots by walkTo(), or back to
        // a saved state; the next round checks every delta after the jump.
        if (step % 15 == 3)
            saved = search.state();
        if (step % 15 == 7) {
            const std::vector<int> before = search.permutation();
            std::vector<int> target = before;
            for (int x = m - 1; x > 0; --x)
                std::swap(target[std::size_t(freeItems[std::size_t(x)])],
                          target[std::size_t(freeItems[std::size_t(rng.below(x + 1))])]);
            QCOMPARE(search.walkTo(target, 0), target == before);
            QCOMPARE(search.permutation(), before);
            QVERIFY(search.walkTo(target, m));
            QCOMPARE(search.permutation(), target);
            continue;
        }
        if (step % 15 == 13) {
            // Path relinking: each swap puts one or two more free items on their target slot.
            std::vector<int> target = search.permutation();
            for (int x = m - 1; x > 0; --x)
                std::swap(target[std::size_t(freeItems[std::size_t(x)])],
                          target[std::size_t(freeItems[std::size_t(rng.below(x + 1))])]);
            auto differing = [&]() {
                int count = 0;
                for (std::size_t i = 0; i < target.size(); ++i)
                    count += search.permutation()[i] != target[i] ? 1 : 0;
                return count;
            };
            const int before = differing();
            QCOMPARE(search.differingItems(target), before);
            const int swaps = search.relinkToward(target, 3, rng);
            // Fewer than three swaps only when the target was reached.
            QVERIFY(swaps == 3 || (swaps < 3 && differing() == 0));
            QVERIFY(differing() <= before - swaps && differing() >= before - 2 * swaps);
            continue;
        }
        if (step % 15 == 11) {
            search.restore(saved);
            QCOMPARE(search.permutation(), saved.perm);
            continue;
        }
        const int a = rng.below(m);
        const int b = (a + 1 + rng.below(m - 1)) % m;
        search.applyMove(a, b);
    }
}

} // namespace

class TestQapSolver : public QObject
{
    Q_OBJECT

private slots:
    void deltaMatrixStaysExact_data()
    {
        // Which matrices are made symmetric: each combination takes its own delta formulas
        // (only the flow symmetric, as in tai*b, symmetrises the distances; only the distances
        // symmetric, as in lipa, symmetrises the flow).
        QTest::addColumn<bool>("symmetricFlow");
        QTest::addColumn<bool>("symmetricDistance");
        QTest::addColumn<bool>("withFixed");
        QTest::newRow("asymmetric") << false << false << false;
        QTest::newRow("symmetric") << true << true << false;
        QTest::newRow("asymmetric, fixed items") << false << false << true;
        QTest::newRow("symmetric flow only") << true << false << false;
        QTest::newRow("symmetric distance only") << false << true << false;
        QTest::newRow("symmetric flow only, fixed items") << true << false << true;
        QTest::newRow("symmetric distance only, fixed items") << false << true << true;
    }

    void deltaMatrixStaysExact()
    {
        QFETCH(bool, symmetricFlow);
        QFETCH(bool, symmetricDistance);
        QFETCH(bool, withFixed);
        // Random signs, non-zero diagonals and asymmetry exercise every term of the formulas.
        QapProblem p = randomProblem(11, 42, symmetricFlow);
        p.distance = randomProblem(11, 43, symmetricDistance).distance;
        std::vector<int> freeItems;
        for (int i = 0; i < p.n; ++i)
            if (!withFixed || i % 3 != 0)
                freeItems.push_back(i);
        checkDeltaBookkeeping<double>(p, freeItems, 3);
        checkDeltaBookkeeping<std::int64_t>(p, freeItems, 5);
    }

    void reachesKnownOptima_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("optimum");
        QTest::newRow("chr12a") << QStringLiteral("chr12a.dat") << qint64(9552);
        QTest::newRow("esc16a") << QStringLiteral("esc16a.dat") << qint64(68);
        QTest::newRow("had12") << QStringLiteral("had12.dat") << qint64(1652);
        QTest::newRow("nug12") << QStringLiteral("nug12.dat") << qint64(578);
        QTest::newRow("scr12") << QStringLiteral("scr12.dat") << qint64(31410);
    }

    void reachesKnownOptima()
    {
        QFETCH(QString, file);
        QFETCH(qint64, optimum);
        const QapProblem p = loadInstance(file);
        QapOptions options;
        options.timeLimitS = 0;
        options.maxIterations = 200000;
        options.seed = 1;
        const QapResult result = solveQap(p, options);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(isPermutation(result.permutation, p.n));
        QCOMPARE(result.cost, independentCost(p, result.permutation));
        QCOMPARE(result.cost, optimum);
    }

    void reproducibleWithIterationBudget()
    {
        const QapProblem p = randomProblem(25, 9, false, 50);
        QapOptions options;
        options.timeLimitS = 0;
        options.maxIterations = 30000;
        options.seed = 77;
        options.threads = 2;
        const QapResult first = solveQap(p, options);
        const QapResult second = solveQap(p, options);
        QCOMPARE(first.permutation, second.permutation);
        QCOMPARE(first.cost, second.cost);
        QCOMPARE(first.iterations, second.iterations);
    }

    void neverWorseThanStart()
    {
        const QapProblem p = loadInstance(QStringLiteral("nug12.dat"));
        QapOptions options;
        options.timeLimitS = 0;
        options.maxIterations = 100000;
        const QapResult good = solveQap(p, options);
        // Starting from an optimum with a tiny budget must hand the optimum back.
        options.startPermutation = good.permutation;
        options.maxIterations = 3;
        const QapResult again = solveQap(p, options);
        QCOMPARE(again.cost, good.cost);
        for (std::uint64_t seed = 1; seed <= 5; ++seed) {
            const QapProblem q = randomProblem(20, seed, seed % 2 == 0, 30);
            options.startPermutation = randomPermutation(q.n, seed * 13);
            options.maxIterations = 500;
            options.seed = seed;
            const QapResult r = solveQap(q, options);
            QVERIFY(r.cost <= independentCost(q, options.startPermutation));
            QCOMPARE(r.cost, independentCost(q, r.permutation));
        }
    }

    void fixedItemsNeverMove()
    {
        const QapProblem p = randomProblem(30, 4, false, 40);
        QapOptions options;
        options.timeLimitS = 0;
        options.maxIterations = 20000;
        options.startPermutation = randomPermutation(p.n, 99);
        options.fixedItems = {0, 3, 7, 8, 19, 29};
        const QapResult result = solveQap(p, options);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(isPermutation(result.permutation, p.n));
        for (int item : options.fixedItems)
            QCOMPARE(result.permutation[std::size_t(item)], options.startPermutation[std::size_t(item)]);
        QVERIFY(result.cost <= independentCost(p, options.startPermutation));
        QCOMPARE(result.cost, independentCost(p, result.permutation));
    }

    void smallProblemsAreEnumeratedExactly()
    {
        for (std::uint64_t seed = 1; seed <= 4; ++seed) {
            const QapProblem p = randomProblem(7, seed, false);
            std::vector<int> perm(7);
            std::iota(perm.begin(), perm.end(), 0);
            std::int64_t best = independentCost(p, perm);
            while (std::next_permutation(perm.begin(), perm.end()))
                best = std::min(best, independentCost(p, perm));
            const QapResult result = solveQap(p);
            QVERIFY(result.provenOptimal);
            QCOMPARE(result.cost, best);
            QCOMPARE(independentCost(p, result.permutation), best);
        }
        QapProblem one;
        one.n = 1;
        one.flow = {3};
        one.distance = {5};
        QCOMPARE(solveQap(one).cost, std::int64_t(15));
        QCOMPARE(solveQap(QapProblem{}).permutation.size(), std::size_t(0));
    }

    void cancelsPromptly()
    {
        const QapProblem p = randomProblem(60, 5, false, 100);
        std::stop_source stopper;
        QapOptions options;
        options.timeLimitS = 30;
        options.stopToken = stopper.get_token();
        options.progressIntervalS = 0.05;
        int calls = 0;
        options.progress = [&](const QapProgress &progress) {
            QVERIFY(progress.bestCost > 0);
            if (++calls == 2)
                stopper.request_stop();
        };
        const QapResult result = solveQap(p, options);
        QVERIFY(result.cancelled);
        // Generous against loaded CI machines; without the request it would run for 30 s.
        QVERIFY(result.seconds < 3.0);
        QCOMPARE(result.cost, independentCost(p, result.permutation));
    }

    /** The matrix set-up polls its stop hook row by row, so a cancel need not wait for it. */
    void setUpStopsBetweenRows()
    {
        const QapProblem p = randomProblem(40, 5, false, 100);
        std::vector<int> freeItems(40);
        std::iota(freeItems.begin(), freeItems.end(), 0);
        QVERIFY(QapTabuSearch<double>(p, freeItems).ready());
        int polls = 0;
        const QapTabuSearch<double> stopped(p, freeItems, [&polls] { return ++polls > 10; });
        QVERIFY(!stopped.ready());
        QCOMPARE(polls, 11); // it stopped at the first poll that said yes, within the first pass
        int allPolls = 0;
        QVERIFY(QapTabuSearch<std::int64_t>(p, freeItems, [&allPolls] { return ++allPolls < 0; }).ready());
        QVERIFY(allPolls >= 3 * 40); // every row of each of the three passes was polled

        // A solve stopped that early answers with a start that is a valid permutation.
        std::stop_source stopper;
        stopper.request_stop();
        QapOptions options;
        options.stopToken = stopper.get_token();
        options.threads = 1;
        const QapResult result = solveQap(p, options);
        QVERIFY(result.cancelled);
        QCOMPARE(result.iterations, std::int64_t(0));
        QCOMPARE(int(result.permutation.size()), p.n);
        QCOMPARE(result.cost, independentCost(p, result.permutation));
    }

    void rejectsInvalidInput()
    {
        QapProblem p = randomProblem(5, 1, true);
        QapOptions options;
        options.fixedItems = {1};
        QVERIFY(!solveQap(p, options).error.isEmpty());
        options.startPermutation = {0, 1, 2, 3, 3};
        QVERIFY(!solveQap(p, options).error.isEmpty());
        options.startPermutation = {0, 1, 2, 3, 4};
        options.fixedItems = {7};
        QVERIFY(!solveQap(p, options).error.isEmpty());
        p.flow[0] = std::int64_t(1) << 40;
        p.distance[0] = std::int64_t(1) << 30;
        QVERIFY(!validateQap(p).isEmpty());
        p.flow.pop_back();
        QVERIFY(!validateQap(p).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQapSolver)
#include "tst_qapsolver.moc"
