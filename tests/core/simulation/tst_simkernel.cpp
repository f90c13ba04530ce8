// SPDX-License-Identifier: GPL-3.0-or-later
// The replication kernel on lines whose every figure is derived by hand in the comments:
// blocking with a direct hand-off, failures by operations and by operating time, a break in the
// shift calendar, the buffer limit, the state shares, determinism of a replication.
#include "core/simulation/experiment.h"
#include "simtestlines.h"

#include <QTest>

#include <cmath>

using namespace taktflow::core;
using namespace taktflow::core::simulation;
using namespace taktflow::core::simulation::testlines;

namespace {

ExperimentResult runOnce(const SimModel &m, double warmupS, double durationS, int replications = 1)
{
    QString problem = modelProblem(m);
    if (!problem.isEmpty())
        qFatal("model problem: %s", qPrintable(problem));
    return runExperiment(m, settings(warmupS, durationS, replications));
}

bool near(double a, double b, double tolerance = 1e-9) { return std::abs(a - b) <= tolerance; }

#define COMPARE_NEAR(actual, expected)                                                                                \
    QVERIFY2(near((actual), (expected)), qPrintable(QStringLiteral("%1 = %2, expected %3").arg(QLatin1String(#actual)).arg((actual), 0, 'g', 12).arg((expected), 0, 'g', 12)))

double shareSum(const StationStates &s) { return s.working + s.starved + s.blocked + s.failed + s.setup + s.paused; }

} // namespace

class TestSimKernel : public QObject
{
    Q_OBJECT
private slots:
    void deterministicLineWithDirectHandOff()
    {
        // S1 30 s, S2 60 s, S3 45 s, no buffers, saturated. S2 works without a break from t = 30;
        // S1 works 30 s and is blocked 30 s of every 60; S3 gets a part every 60 s, works 45 and
        // starves 15. Part k (k >= 2) enters S1 at 60k - 90 and leaves S3 at 60k + 75: lead time
        // 165 s. Departures at 135 + 60j; in [600, 4200) those of j = 8..67: 60 parts.
        // WIP: S1 and S2 always hold a part, S3 for 45 of 60 s: 2.75 (= 60/h * 165 s, Little).
        const SimModel m = line({det(30), det(60), det(45)}, 0);
        const ExperimentResult r = runOnce(m, 600, 3600);
        COMPARE_NEAR(r.throughputPerHour.mean, 60.0);
        COMPARE_NEAR(r.outputUnits.mean, 60.0);
        COMPARE_NEAR(r.leadTimeMeanS.mean, 165.0);
        COMPARE_NEAR(r.leadTimeP95S, 165.0);
        COMPARE_NEAR(r.wipMean.mean, 2.75);
        COMPARE_NEAR(r.stations[0].working, 0.5);
        COMPARE_NEAR(r.stations[0].blocked, 0.5);
        COMPARE_NEAR(r.stations[1].working, 1.0);
        COMPARE_NEAR(r.stations[2].working, 0.75);
        COMPARE_NEAR(r.stations[2].starved, 0.25);
        for (const BufferStats &b : r.buffers) {
            QCOMPARE(b.maxContent, 0);
            COMPARE_NEAR(b.meanContent, 0.0);
        }
        // S2 has one active period from t = 30 to the end: the sole bottleneck all the time.
        QCOMPARE(r.bottleneck, 1);
        QCOMPARE(r.bottleneckName, QStringLiteral("S2"));
        COMPARE_NEAR(r.stations[1].soleBottleneckShare, 1.0);
        COMPARE_NEAR(r.stations[0].bottleneckShare, 0.0);
    }

    void seriesOverTheWholeRun()
    {
        // The line above sampled every 600 s over its whole run (warm-up included, 4,200 s):
        // 7 points. Departures at 135 + 60j: 8 in [0, 600) (48 per hour), then 10 per 600 s.
        // At t = 600 S1 holds a blocked part, S2 one, S3 one (arrived 570, done 615): WIP 3.
        const SimModel m = line({det(30), det(60), det(45)}, 0);
        ExperimentSettings s = settings(600, 3600);
        s.seriesIntervalS = 600;
        const ExperimentResult r = runExperiment(m, s);
        QCOMPARE(r.series.size(), std::size_t{7});
        COMPARE_NEAR(r.series[0].timeS, 600.0);
        COMPARE_NEAR(r.series[0].throughputPerHour, 48.0);
        COMPARE_NEAR(r.series[0].wip, 3.0);
        for (std::size_t i = 1; i < r.series.size(); ++i)
            COMPARE_NEAR(r.series[i].throughputPerHour, 60.0);
        COMPARE_NEAR(r.series.back().timeS, 4200.0);
        QCOMPARE(r.series[0].bufferContents, (std::vector<int>{0, 0}));
    }

    void failureAfterOperations()
    {
        // One station, 10 s per part, fails after every 5 parts for 20 s: 5 parts per 70 s.
        // Parts leave at 70c + 10i (i = 1..5); in [0, 7000) exactly 500. Working 50/70, failed 20/70.
        SimModel m = line({det(10)}, 0);
        m.stations[0].failure.mode = FailureSpec::Mode::Operations;
        m.stations[0].failure.operationsBetweenFailures = 5;
        m.stations[0].failure.repair = det(20);
        const ExperimentResult r = runOnce(m, 0, 7000);
        COMPARE_NEAR(r.outputUnits.mean, 500.0);
        COMPARE_NEAR(r.throughputPerHour.mean, 500.0 / 7000.0 * 3600.0);
        COMPARE_NEAR(r.stations[0].working, 50.0 / 70.0);
        COMPARE_NEAR(r.stations[0].failed, 20.0 / 70.0);
    }

    void failureOnOperatingTimeResumesThePart()
    {
        // 10 s per part, a breakdown after every 25 s of work, 5 s of repair. The third part is
        // interrupted at t = 25 with 5 s left and finishes at 35 after the repair; the pattern
        // repeats every 30 s (25 working, 5 failed): 2.5 parts per 30 s. In [0, 3000) the work
        // adds up to 2,500 s, which completes part 250 at t = 2995 (the failure due at the same
        // instant waits for the next part).
        SimModel m = line({det(10)}, 0);
        m.stations[0].failure.mode = FailureSpec::Mode::OperatingTime;
        m.stations[0].failure.timeBetweenFailures = det(25);
        m.stations[0].failure.repair = det(5);
        const ExperimentResult r = runOnce(m, 0, 3000);
        COMPARE_NEAR(r.outputUnits.mean, 250.0);
        COMPARE_NEAR(r.stations[0].working, 25.0 / 30.0);
        COMPARE_NEAR(r.stations[0].failed, 5.0 / 30.0);
        // The interrupted part spends 10 s working plus 5 s in repair.
        QVERIFY(r.leadTimeP95S > 10.0);
    }

    void failuresDoNotAgeWhileStarved()
    {
        // S1 60 s feeds S2 10 s; S2 fails after 25 s of operating time. S2 works 10 s of each
        // 60 s, so it fails once per 2.5 parts = 150 s of wall time, repairs 5 s inside its 50 s of
        // starvation (no loss of output). Shares in [600, 6600): working 1/6, failed 5/150.
        SimModel m = line({det(60), det(10)}, 0);
        m.stations[1].failure.mode = FailureSpec::Mode::OperatingTime;
        m.stations[1].failure.timeBetweenFailures = det(25);
        m.stations[1].failure.repair = det(5);
        const ExperimentResult r = runOnce(m, 600, 6000);
        COMPARE_NEAR(r.throughputPerHour.mean, 60.0);
        COMPARE_NEAR(r.stations[1].working, 1.0 / 6.0);
        COMPARE_NEAR(r.stations[1].failed, 5.0 / 150.0);
        COMPARE_NEAR(r.stations[1].starved, 1.0 - 1.0 / 6.0 - 5.0 / 150.0);
    }

    void calendarBreakPausesTheLine()
    {
        // One station, 62 s per part, every hour a break [1800, 2400). Ten hours: 30,000 s of
        // working time, floor(30000 / 62) = 483 parts. Paused 1/6, working 5/6 (saturated).
        // Break starts fall at working times 1800 + 3000h, never a multiple of 62 for h = 0..9
        // ((2 + 24h) mod 62 != 0), so each break interrupts one part: lead time mean
        // 62 + 10 * 600 / 483. The single part is in the line all the time: WIP 1.
        SimModel m = line({det(62)}, 0);
        m.calendar = SimCalendar{3600.0, {{1800.0, 2400.0}}};
        const ExperimentResult r = runOnce(m, 0, 36000);
        COMPARE_NEAR(r.outputUnits.mean, 483.0);
        COMPARE_NEAR(r.stations[0].paused, 1.0 / 6.0);
        COMPARE_NEAR(r.stations[0].working, 5.0 / 6.0);
        QVERIFY(near(r.leadTimeMeanS.mean, 62.0 + 6000.0 / 483.0, 1e-6));
        COMPARE_NEAR(r.wipMean.mean, 1.0);
    }

    void warmupInsideABreak()
    {
        // Same line, warm-up ends at 2000 (inside the first break), 3600 s measured: paused
        // [2000, 2400) and [5400, 5600): 600 s of 3600.
        SimModel m = line({det(62)}, 0);
        m.calendar = SimCalendar{3600.0, {{1800.0, 2400.0}}};
        const ExperimentResult r = runOnce(m, 2000, 3600);
        COMPARE_NEAR(r.stations[0].paused, 600.0 / 3600.0);
        COMPARE_NEAR(shareSum(r.stations[0]), 1.0);
        COMPARE_NEAR(r.wipMean.mean, 1.0);
    }

    void bufferCapacityIsRespected()
    {
        // A fast station before a slow one: the buffer fills to its capacity and never beyond.
        const SimModel m = line({expo(5), expo(20), expo(5)}, 2);
        const ExperimentResult r = runOnce(m, 0, 20000);
        QCOMPARE(r.buffers[0].capacity, 2);
        QCOMPARE(r.buffers[0].maxContent, 2);
        QVERIFY(r.buffers[0].meanContent > 1.0 && r.buffers[0].meanContent < 2.0);
        QVERIFY(r.buffers[1].maxContent <= 2);
        QVERIFY(r.stations[0].blocked > 0.3);
        // And along the whole trace.
        const Trace trace = recordTrace(m, 1, 0, 20000);
        int seen = 0;
        for (const TraceEvent &e : trace.events) {
            if (e.kind == TraceEvent::Kind::BufferContent) {
                QVERIFY(e.value >= 0 && e.value <= 2);
                seen = std::max(seen, e.value);
            }
        }
        QCOMPARE(seen, 2);
    }

    void unlimitedBufferIsNeverBlocked()
    {
        const SimModel m = line({expo(5), expo(6)}, std::nullopt);
        const ExperimentResult r = runOnce(m, 0, 5000);
        QCOMPARE(r.buffers[0].capacity, -1);
        COMPARE_NEAR(r.stations[0].blocked, 0.0);
        COMPARE_NEAR(r.stations[0].working, 1.0);
    }

    void setupOnModelChange()
    {
        // Models A (10 s) and B (20 s) alternate; each part of another model than the previous
        // one needs a 5 s setup: a cycle of 40 s has 30 s work and 10 s setup, 2 parts.
        SimModel m = line({det(10)}, 0);
        m.modelNames = {QStringLiteral("A"), QStringLiteral("B")};
        m.stations[0].taskTimesByModel = {{det(10)}, {det(20)}};
        m.stations[0].setup = det(5);
        m.source.modelSequence = {0, 1};
        const ExperimentResult r = runOnce(m, 400, 4000);
        COMPARE_NEAR(r.stations[0].working, 0.75);
        COMPARE_NEAR(r.stations[0].setup, 0.25);
        COMPARE_NEAR(r.outputUnits.mean, 200.0);
    }

    void parallelServersShareTheInput()
    {
        // Two servers of 20 s behind a 10 s station: the station keeps up (180 parts per hour
        // from S1), both servers work all the time after the start.
        SimModel m = line({det(10), det(20)}, 0);
        m.stations[1].servers = 2;
        const ExperimentResult r = runOnce(m, 100, 3600);
        COMPARE_NEAR(r.throughputPerHour.mean, 360.0);
        COMPARE_NEAR(r.stations[1].working, 1.0);
        COMPARE_NEAR(r.stations[0].working, 1.0);
    }

    void releaseAtTakt()
    {
        // A part every 50 s into a 30 s then 40 s line: 72 per hour, S2 works 40/50, starves.
        SimModel m = line({det(30), det(40)}, 1);
        m.source.kind = SourceSpec::Kind::AtTakt;
        m.source.taktS = 50.0;
        const ExperimentResult r = runOnce(m, 500, 3600);
        COMPARE_NEAR(r.throughputPerHour.mean, 72.0);
        COMPARE_NEAR(r.stations[1].working, 0.8);
        COMPARE_NEAR(r.stations[0].starved, 0.4);
        // Lead time 70 s (no waiting); WIP 72/3600 * 70 = 1.4.
        COMPARE_NEAR(r.leadTimeMeanS.mean, 70.0);
        COMPARE_NEAR(r.wipMean.mean, 1.4);
    }

    void sharesSumToOneOnAMixedLine()
    {
        SimModel m = line({expo(14), TimeDistribution::lognormal(12, 4), TimeDistribution::triangular(5, 9, 14),
                           TimeDistribution::normal(10, 3)},
                          1);
        m.buffers[1] = std::nullopt;
        m.buffers[2] = 0;
        m.stations[1].servers = 2;
        m.stations[1].failure.mode = FailureSpec::Mode::OperatingTime;
        m.stations[1].failure.timeBetweenFailures = expo(600);
        m.stations[1].failure.repair = expo(60);
        m.stations[2].failure.mode = FailureSpec::Mode::Operations;
        m.stations[2].failure.operationsBetweenFailures = 30;
        m.stations[2].failure.repair = TimeDistribution::uniform(20, 40);
        m.stations[3].setup = det(3);
        m.modelNames = {QStringLiteral("A"), QStringLiteral("B")};
        for (SimStation &s : m.stations)
            s.taskTimesByModel.push_back(s.taskTimesByModel.front());
        m.source.randomMix = true;
        m.source.modelShares = {0.7, 0.3};
        m.calendar = SimCalendar{8 * 3600.0, {{4 * 3600.0, 4 * 3600.0 + 1800.0}}};
        const ExperimentResult r = runOnce(m, 1000, 30000, 3);
        for (const StationStates &s : r.stations)
            QVERIFY2(near(shareSum(s), 1.0, 1e-9), qPrintable(QString::number(shareSum(s), 'g', 15)));
        QVERIFY(r.stations[2].failed > 0.0);
        QVERIFY(r.stations[1].failed > 0.0);
        QVERIFY(r.stations[3].setup > 0.0);
        QVERIFY(r.stations[0].paused > 0.0);
        // Little's law on the replication average holds up to the edge effects of the window.
        const double little = r.throughputPerHour.mean / 3600.0 * r.leadTimeMeanS.mean;
        QVERIFY2(std::abs(little - r.wipMean.mean) < 0.05 * r.wipMean.mean,
                 qPrintable(QStringLiteral("%1 vs %2").arg(little).arg(r.wipMean.mean)));
    }

    void traceReplaysTheExperimentsReplication()
    {
        // The trace of replication 0 shows as many parts leaving the last station in [0, D) as
        // the experiment counts, and every station state change lies inside the run.
        SimModel m = line({expo(10), expo(12), expo(9)}, 1);
        m.stations[1].failure.mode = FailureSpec::Mode::OperatingTime;
        m.stations[1].failure.timeBetweenFailures = expo(300);
        m.stations[1].failure.repair = expo(30);
        ExperimentSettings s = settings(0, 5000);
        s.seed = 77;
        const ExperimentResult r = runExperiment(m, s);
        const Trace trace = recordTrace(m, 77, 0, 5000);
        int left = 0;
        int failures = 0;
        for (const TraceEvent &e : trace.events) {
            QVERIFY(e.timeS >= 0.0 && e.timeS <= 5000.0);
            if (e.kind == TraceEvent::Kind::PartLeave && e.index == 2)
                ++left;
            if (e.kind == TraceEvent::Kind::StationState && e.value == static_cast<int>(StationState::Failed))
                ++failures;
        }
        QVERIFY(!trace.truncated);
        QCOMPARE(static_cast<double>(left), r.outputUnits.mean);
        QVERIFY(failures > 0);
        const Trace other = recordTrace(m, 78, 0, 5000);
        QVERIFY(other.events.size() != trace.events.size());
    }

    void modelsThatCannotAdvanceAreRefused()
    {
        // A saturated station of 0 s before an unlimited buffer would fill it at one instant.
        QVERIFY(!modelProblem(line({det(0), det(10)}, std::nullopt)).isEmpty());
        QVERIFY(!modelProblem(line({det(0), det(0)}, 1)).isEmpty());
        QVERIFY(modelProblem(line({det(0), det(10)}, 2)).isEmpty());
        SimModel crowded = line({det(1)}, 0);
        crowded.stations[0].servers = kMaxServers + 1;
        QVERIFY(!modelProblem(crowded).isEmpty());
        SimModel distances = line({det(1), det(1)}, 0);
        distances.stationDistanceM = {{0.0, 1.0}};
        QVERIFY(!modelProblem(distances).isEmpty());
    }

    void sameSeedSameReplication()
    {
        const SimModel m = line({expo(10), expo(11), expo(9)}, 2);
        ExperimentSettings s;
        s.durationS = 5000;
        s.replications = 4;
        s.threads = 1;
        const ExperimentResult a = runExperiment(m, s);
        s.threads = 2;
        const ExperimentResult b = runExperiment(m, s);
        QCOMPARE(a.throughputPerHour.mean, b.throughputPerHour.mean);
        QCOMPARE(a.wipMean.high, b.wipMean.high);
        QCOMPARE(a.events, b.events);
        s.seed = 2;
        const ExperimentResult c = runExperiment(m, s);
        QVERIFY(c.events != a.events);
    }
};

QTEST_GUILESS_MAIN(TestSimKernel)
#include "tst_simkernel.moc"
