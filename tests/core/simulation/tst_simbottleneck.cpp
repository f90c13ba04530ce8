// SPDX-License-Identifier: GPL-3.0-or-later
// The active-period bottleneck method: hand-made active periods with sole and shifting times
// worked out by hand, and a line with one clearly slow station.
#include "core/simulation/bottleneck.h"
#include "core/simulation/experiment.h"
#include "simtestlines.h"

#include <QTest>

using namespace taktflow::core;
using namespace taktflow::core::simulation;
using namespace taktflow::core::simulation::testlines;

class TestSimBottleneck : public QObject
{
    Q_OBJECT
private slots:
    void overlapIsShiftingForBoth()
    {
        // A active [0, 10), B [8, 20). B's period (12 s) is longer, so B is the momentary
        // bottleneck from 8 on, A before. The overlap [8, 10) is shifting for both:
        // A sole 8, shifting 2; B sole 10, shifting 2.
        ActivePeriodTracker t(2, 0.0, 20.0);
        t.setActive(0, true, 0.0);
        t.setActive(1, true, 8.0);
        t.setActive(0, false, 10.0);
        t.finish(20.0);
        QCOMPARE(t.soleS(0), 8.0);
        QCOMPARE(t.shiftingS(0), 2.0);
        QCOMPARE(t.soleS(1), 10.0);
        QCOMPARE(t.shiftingS(1), 2.0);
    }

    void windowClipsTheTimes()
    {
        // The same periods counted from t = 9 only: A shifting [9, 10), B sole [10, 20).
        ActivePeriodTracker t(2, 9.0, 20.0);
        t.setActive(0, true, 0.0);
        t.setActive(1, true, 8.0);
        t.setActive(0, false, 10.0);
        t.finish(20.0);
        QCOMPARE(t.soleS(0), 0.0);
        QCOMPARE(t.shiftingS(0), 1.0);
        QCOMPARE(t.soleS(1), 10.0);
        QCOMPARE(t.shiftingS(1), 1.0);
    }

    void noOverlapNoShifting()
    {
        // A [0, 5), nobody [5, 6), B [6, 10): both sole, nothing shifting.
        ActivePeriodTracker t(2, 0.0, 10.0);
        t.setActive(0, true, 0.0);
        t.setActive(0, false, 5.0);
        t.setActive(1, true, 6.0);
        t.finish(10.0);
        QCOMPARE(t.soleS(0), 5.0);
        QCOMPARE(t.soleS(1), 4.0);
        QCOMPARE(t.shiftingS(0) + t.shiftingS(1), 0.0);
    }

    void shorterPeriodInsideALongerOneNeverWins()
    {
        // A [0, 10), B [2, 4) and [5, 9): A is the sole bottleneck all the time.
        ActivePeriodTracker t(2, 0.0, 10.0);
        t.setActive(0, true, 0.0);
        t.setActive(1, true, 2.0);
        t.setActive(1, false, 4.0);
        t.setActive(1, true, 5.0);
        t.setActive(1, false, 9.0);
        t.setActive(0, false, 10.0);
        t.finish(10.0);
        QCOMPARE(t.soleS(0), 10.0);
        QCOMPARE(t.soleS(1) + t.shiftingS(1), 0.0);
    }

    void chainOfThree()
    {
        // A [0, 6) (6 s), B [4, 14) (10 s), C [12, 30) (18 s): A until 4, B [4, 12), C from 12.
        // Overlaps A-B [4, 6) and B-C [12, 14). A sole 4, shifting 2; B sole [6, 12) = 6,
        // shifting 4; C sole [14, 30) = 16, shifting 2.
        ActivePeriodTracker t(3, 0.0, 30.0);
        t.setActive(0, true, 0.0);
        t.setActive(1, true, 4.0);
        t.setActive(0, false, 6.0);
        t.setActive(2, true, 12.0);
        t.setActive(1, false, 14.0);
        t.finish(30.0);
        QCOMPARE(t.soleS(0), 4.0);
        QCOMPARE(t.shiftingS(0), 2.0);
        QCOMPARE(t.soleS(1), 6.0);
        QCOMPARE(t.shiftingS(1), 4.0);
        QCOMPARE(t.soleS(2), 16.0);
        QCOMPARE(t.shiftingS(2), 2.0);
    }

    void slowStationIsTheBottleneck()
    {
        // Exponential stations of 10, 10, 20 and 10 s with buffers of 2: the 20 s station works
        // most and has the longest active periods.
        const SimModel m = line({expo(10), expo(10), expo(20), expo(10)}, 2);
        ExperimentSettings s;
        s.durationS = 50000;
        s.warmupS = 1000;
        s.replications = 3;
        s.threads = 1;
        const ExperimentResult r = runExperiment(m, s);
        QCOMPARE(r.bottleneck, 2);
        QCOMPARE(r.bottleneckName, QStringLiteral("S3"));
        QVERIFY(r.stations[2].bottleneckShare > 0.6);
        for (int i : {0, 1, 3})
            QVERIFY(r.stations[static_cast<std::size_t>(i)].bottleneckShare < r.stations[2].bottleneckShare / 2);
    }
};

QTEST_GUILESS_MAIN(TestSimBottleneck)
#include "tst_simbottleneck.moc"
