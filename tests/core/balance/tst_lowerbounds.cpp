// SPDX-License-Identifier: GPL-3.0-or-later
// Lower bounds of the line balancing engine: hand-computed small cases, and on every copied
// Scholl instance no bound may exceed the known optimum (tests/data/salbp/known_optima.csv).
#include "core/balance/binpacking.h"
#include "core/balance/engine/multisetpacker.h"
#include "core/balance/lowerbounds.h"
#include "core/io/salbpreader.h"

#include <QFile>
#include <QtTest>

using namespace taktflow::core;
using lowerbounds::PackingAnswer;

class TestLowerBounds : public QObject
{
    Q_OBJECT

private slots:
    void classicBoundsByHand()
    {
        // Times 6 6 6 5 4 3 2 at cycle 10: sum 32 -> LB1 = 4. LB2: three tasks above 5 and one
        // of exactly 5 (a half needs a partner half) -> 3 + 1 = 4. LB3: 6 6 6 5 4 lie above c/3
        // and below 2c/3, weight 1/2 each -> ceil(2.5) = 3.
        const std::vector<Ticks> times{6, 6, 6, 5, 4, 3, 2};
        QCOMPARE(lowerbounds::totalTime(times, 10), 4);
        QCOMPARE(lowerbounds::halfCycle(times, 10), 4);
        QCOMPARE(lowerbounds::thirds(times, 10), 3);
        // Five 4s at cycle 10: at most two per station -> thirds gives ceil(5 / 2) = 3.
        QCOMPARE(lowerbounds::thirds({4, 4, 4, 4, 4}, 10), 3);
        QCOMPARE(lowerbounds::totalTime({4, 4, 4, 4, 4}, 10), 2);
    }

    void martelloTothByHand()
    {
        // Cycle 10, times 7 7 6 3 3 3. Threshold k = 3: N1 = {t > 7} = {}, N2 = {7, 7, 6} with
        // 30 - 20 = 10 free, N3 = {3, 3, 3} = 9 fits that room -> 3; LB1 = ceil(29 / 10) = 3.
        // (3 is the optimum: 7+3, 7+3, 6+3.)
        QCOMPARE(lowerbounds::martelloToth({7, 7, 6, 3, 3, 3}, 10), 3);
        // Cycle 10, times 8 8 8 4 4: threshold 4: N1 = {t > 6} = {8, 8, 8}, N2 = {}, N3 = {4, 4}
        // -> 3 + ceil(8 / 10) = 4; LB1 = ceil(32 / 10) = 4 as well, LB2 = 3.
        QCOMPARE(lowerbounds::martelloToth({8, 8, 8, 4, 4}, 10), 4);
        QCOMPARE(lowerbounds::halfCycle({8, 8, 8, 4, 4}, 10), 3);
        // The threshold matters: cycle 100, times 60 60 45 45 45, k = 45: N1 = {t > 55} =
        // {60, 60} can take no 45, N3 = three 45s = 135 -> 2 + ceil(135 / 100) = 4, while
        // LB1 = ceil(255 / 100) = 3. (4 is the optimum: 60, 60, 45+45, 45.)
        QCOMPARE(lowerbounds::martelloToth({60, 60, 45, 45, 45}, 100), 4);
        QCOMPARE(lowerbounds::totalTime({60, 60, 45, 45, 45}, 100), 3);
    }

    void exactPackingBeatsTheCountingBounds()
    {
        // Cycle 10, times 4 4 4 4 3: LB1 = ceil(19 / 10) = 2, LB2 = 0, thirds = 4 x 1/2 = 2,
        // Martello-Toth = 2. Yet two stations cannot do: a station holds at most two 4s
        // (12 > 10), so both hold two 4s (8 each) and the 3 fits in neither.
        const std::vector<Ticks> times{4, 4, 4, 4, 3};
        QCOMPARE(lowerbounds::stations(times, 10), 2);
        QCOMPARE(lowerbounds::fitsInBins(times, 10, 2, 10000), PackingAnswer::DoesNotFit);
        QCOMPARE(lowerbounds::fitsInBins(times, 10, 3, 10000), PackingAnswer::Fits);
        QCOMPARE(lowerbounds::binPacking(times, 10, 2, 10, 10000), 3);
        // 5 5 5 5 at cycle 10 fits two stations exactly (no slack).
        QCOMPARE(lowerbounds::fitsInBins({5, 5, 5, 5}, 10, 2, 10000), PackingAnswer::Fits);
        QCOMPARE(lowerbounds::fitsInBins({5, 5, 5, 5}, 10, 1, 10000), PackingAnswer::DoesNotFit);
        // A task longer than the cycle never fits; zero times and no tasks always do.
        QCOMPARE(lowerbounds::fitsInBins({11, 2}, 10, 5, 10000), PackingAnswer::DoesNotFit);
        QCOMPARE(lowerbounds::fitsInBins({0, 0}, 10, 0, 10000), PackingAnswer::Fits);
    }

    void packerNeedsDominanceAndSlack()
    {
        // Cycle 12, times 6 6 4 4 4 4 4 3 3: sum 38 fits 4 stations by sum (48) and the counting
        // bounds say 4; and it fits: 6+6, 4+4+4, 4+4+3, 3. Three stations hold at most 36 < 38.
        detail::MultisetPacker packer;
        packer.reset({6, 4, 3}, 12);
        QCOMPARE(packer.fitsIn({2, 5, 2}, 4, 10000), PackingAnswer::Fits);
        QCOMPARE(packer.fitsIn({2, 5, 2}, 3, 10000), PackingAnswer::DoesNotFit);
        // Cycle 10, times 6 6 6 4 4 4 3 3 3: 6+4 three times and 3+3+3 -> 4 stations fit; three
        // cannot (sum 39 > 30). Asked twice, the second answer comes from memory.
        packer.reset({6, 4, 3}, 10);
        QCOMPARE(packer.fitsIn({3, 3, 3}, 4, 10000), PackingAnswer::Fits);
        QCOMPARE(packer.fitsIn({3, 3, 3}, 3, 10000), PackingAnswer::DoesNotFit);
        // Cycle 10, times 6 6 6 6 3 3 3 3 3: sum 39, LB1 = 4 and Martello-Toth = 4 (k = 3: the
        // four 6s leave 16 free for 15). But a station with a 6 takes at most one 3 (6+3+3 = 12),
        // four stations each need a 6, so the fifth 3 has no room: 5 stations.
        QCOMPARE(lowerbounds::stations({6, 6, 6, 6, 3, 3, 3, 3, 3}, 10), 4);
        packer.reset({6, 3}, 10);
        QCOMPARE(packer.fitsIn({4, 5}, 5, 10000), PackingAnswer::Fits);
        QCOMPARE(packer.fitsIn({4, 5}, 4, 10000), PackingAnswer::DoesNotFit);
        // With a budget of one step a hard question stays open rather than being guessed.
        packer.reset({4, 3}, 10);
        const PackingAnswer tiny = packer.fitsIn({4, 1}, 2, 1);
        QVERIFY(tiny == PackingAnswer::DoesNotFit || tiny == PackingAnswer::Unknown);
        QCOMPARE(packer.fitsIn({4, 1}, 2, 10000), PackingAnswer::DoesNotFit);
    }

    void packingAloneProvesWeeMagAndStops()
    {
        // WEE-MAG at cycle 54 needs 31 stations (known optimum); the counting bounds give 30 and
        // the exact packing alone shows that 30 bins cannot hold the times.
        const SalbpReadResult read = readSalbpFile(QStringLiteral(TAKTFLOW_TEST_DATA "/salbp/WEE-MAG.IN2"));
        QVERIFY(read);
        const std::vector<Ticks> &times = read.instance->taskTimes;
        QCOMPARE(lowerbounds::stations(times, 54), 30);
        QCOMPARE(lowerbounds::fitsInBins(times, 54, 30, 20000000), PackingAnswer::DoesNotFit);
        QCOMPARE(lowerbounds::fitsInBins(times, 54, 31, 20000000), PackingAnswer::Fits);
        // A stop request ends the same question early with no answer.
        int polls = 0;
        const auto stop = [&polls] {
            ++polls;
            return true;
        };
        QCOMPARE(lowerbounds::fitsInBins(times, 54, 30, 20000000, stop), PackingAnswer::Unknown);
        QCOMPARE(polls, 1);
    }

    void cycleBoundByHand()
    {
        // Times 9 8 7 6 5 on 2 stations: max(9, ceil(35 / 2) = 18, rank-3 pigeonhole: tasks
        // 3 (7) and 2 (8)... the (k*m+1) = 3rd longest and the one before: 8 + 7 = 15) = 18.
        QCOMPARE(lowerbounds::cycleTime({9, 8, 7, 6, 5}, 2), 18);
        // Times 10 10 10 on 2 stations: two of them share a station -> 20 (sum bound only 15).
        QCOMPARE(lowerbounds::cycleTime({10, 10, 10}, 2), 20);
    }

    // Every bound on every copied instance at every published cycle time / station count.
    void neverAboveKnownOptimum()
    {
        QFile table(QStringLiteral(TAKTFLOW_TEST_DATA "/salbp/known_optima.csv"));
        QVERIFY(table.open(QIODevice::ReadOnly));
        table.readLine();
        int rows = 0;
        while (!table.atEnd()) {
            const QStringList f = QString::fromUtf8(table.readLine()).trimmed().split(QLatin1Char(','));
            if (f.size() < 5)
                continue;
            const SalbpReadResult read = readSalbpFile(QStringLiteral(TAKTFLOW_TEST_DATA "/salbp/") + f[0]);
            QVERIFY2(read, qPrintable(read.errorMessage));
            const std::vector<Ticks> &times = read.instance->taskTimes;
            const qint64 parameter = f[2].toLongLong();
            // The true optimum is at most the best known upper bound.
            const qint64 upper = f[4].toLongLong();
            const QString where = QStringLiteral("%1 %2 %3").arg(f[0], f[1], f[2]);
            if (f[1] == QStringLiteral("SALBP-1")) {
                const Ticks cycle = parameter;
                QVERIFY2(lowerbounds::totalTime(times, cycle) <= upper, qPrintable(where));
                QVERIFY2(lowerbounds::halfCycle(times, cycle) <= upper, qPrintable(where));
                QVERIFY2(lowerbounds::thirds(times, cycle) <= upper, qPrintable(where));
                QVERIFY2(lowerbounds::martelloToth(times, cycle) <= upper, qPrintable(where));
                const int packed =
                    lowerbounds::binPacking(times, cycle, lowerbounds::stations(times, cycle), int(upper) + 2, 20000);
                QVERIFY2(packed <= upper, qPrintable(where));
            } else {
                const int stations = int(parameter);
                const Ticks cycle = lowerbounds::cycleTime(times, stations);
                QVERIFY2(cycle <= upper, qPrintable(where));
                // The known optimal cycle must pass the packing test with the given stations.
                QVERIFY2(lowerbounds::fitsInBins(times, upper, stations, 20000) != PackingAnswer::DoesNotFit,
                         qPrintable(where));
            }
            ++rows;
        }
        QCOMPARE(rows, 332);
    }
};

QTEST_GUILESS_MAIN(TestLowerBounds)
#include "tst_lowerbounds.moc"
