// SPDX-License-Identifier: GPL-3.0-or-later
// Experiments around the kernel: settings checks, progress, cancel and the time limit, and the
// buffer sizing search on lines whose answer follows from the two-station formula.
#include "core/simulation/buffersizing.h"
#include "core/simulation/experiment.h"
#include "simtestlines.h"

#include <QTest>

#include <chrono>
#include <cmath>
#include <thread>

using namespace taktflow::core;
using namespace taktflow::core::simulation;
using namespace taktflow::core::simulation::testlines;

class TestSimExperiment : public QObject
{
    Q_OBJECT
private slots:
    void settingsChecks()
    {
        ExperimentSettings ok;
        QVERIFY(settingsProblem(ok).isEmpty());
        const auto bad = [&](auto change) {
            ExperimentSettings s = ok;
            change(s);
            return !settingsProblem(s).isEmpty();
        };
        QVERIFY(bad([](ExperimentSettings &s) { s.replications = 0; }));
        QVERIFY(bad([](ExperimentSettings &s) { s.replications = kMaxReplications + 1; }));
        QVERIFY(bad([](ExperimentSettings &s) { s.durationS = 0.0; }));
        QVERIFY(bad([](ExperimentSettings &s) { s.durationS = 1e15; }));
        QVERIFY(bad([](ExperimentSettings &s) { s.durationS = std::nan(""); }));
        QVERIFY(bad([](ExperimentSettings &s) { s.warmupS = -1.0; }));
        QVERIFY(bad([](ExperimentSettings &s) { s.warmupS = INFINITY; }));
        QVERIFY(bad([](ExperimentSettings &s) { s.threads = -1; }));
        QVERIFY(bad([](ExperimentSettings &s) { s.timeLimitWallS = -0.5; }));
    }

    void progressAfterEachReplication()
    {
        const SimModel m = line({expo(10), expo(10)}, 1);
        ExperimentSettings s;
        s.durationS = 1000;
        s.replications = 7;
        s.threads = 2;
        std::vector<int> seen;
        std::mutex mutex;
        const ExperimentResult r = runExperiment(m, s, nullptr, [&](int done, int total) {
            const std::lock_guard lock(mutex);
            QCOMPARE(total, 7);
            seen.push_back(done);
        });
        QCOMPARE(r.replications, 7);
        QCOMPARE(seen, (std::vector<int>{1, 2, 3, 4, 5, 6, 7}));
    }

    void oneReplicationHasNoSpread()
    {
        const SimModel m = line({expo(10), expo(10)}, 1);
        ExperimentSettings s;
        s.durationS = 1000;
        s.replications = 1;
        const ExperimentResult r = runExperiment(m, s);
        QCOMPARE(r.throughputPerHour.low, r.throughputPerHour.mean);
        QCOMPARE(r.throughputPerHour.high, r.throughputPerHour.mean);
        QVERIFY(r.throughputPerHour.mean > 0.0);
    }

    void cancelReturnsQuickly()
    {
        // Far more work than the test waits for; the cancel must end it within 100 ms (250 ms
        // allowed here for a loaded machine and the sanitizer build).
        const SimModel m = line({expo(10), expo(10), expo(10)}, 2);
        ExperimentSettings s;
        s.durationS = kMaxSimulatedS;
        s.replications = 1000;
        s.threads = 2;
        std::atomic_bool cancel{false};
        std::chrono::steady_clock::time_point cancelledAt;
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(150));
            cancelledAt = std::chrono::steady_clock::now();
            cancel.store(true);
        });
        const ExperimentResult r = runExperiment(m, s, &cancel);
        const auto returned = std::chrono::steady_clock::now();
        canceller.join();
        QVERIFY(r.cancelled);
        const double latencyMs = std::chrono::duration<double, std::milli>(returned - cancelledAt).count();
        QVERIFY2(latencyMs < 250.0, qPrintable(QStringLiteral("%1 ms").arg(latencyMs)));
    }

    void timeLimitStopsTheRun()
    {
        const SimModel m = line({expo(10), expo(10)}, 2);
        ExperimentSettings s;
        s.durationS = kMaxSimulatedS;
        s.replications = 4;
        s.threads = 1;
        s.timeLimitWallS = 0.2;
        const auto start = std::chrono::steady_clock::now();
        const ExperimentResult r = runExperiment(m, s);
        const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        QVERIFY(r.timedOut);
        QVERIFY(!r.cancelled);
        QCOMPARE(r.replications, 0);
        QVERIFY2(wall < 0.45, qPrintable(QString::number(wall)));
    }

    void sizingReachesTheTarget()
    {
        // Two exponential stations of equal rate mu = 360/h with B places between them:
        // throughput mu (B + 2) / (B + 3) (the chain of B + 3 equally likely states of an
        // M/M/1/(B+2) with arrival rate = service rate; S2 idles in one of them):
        // B = 0: 240, 1: 270, 2: 288, 3: 300. The smallest B reaching 280 is 2.
        const SimModel m = line({expo(10), expo(10)}, 5);
        ExperimentSettings s;
        s.durationS = 400000;
        s.warmupS = 1000;
        s.replications = 2;
        s.threads = 2;
        BufferSizingGoal goal;
        goal.targetPerHour = 280.0;
        goal.maxTotal = 6;
        int calls = 0;
        const BufferSizingResult r = sizeBuffers(m, s, goal, nullptr, [&](int, int) { ++calls; });
        QVERIFY2(r.found, qPrintable(r.message));
        QCOMPARE(r.best.capacities, std::vector<int>{2});
        QCOMPARE(r.best.total, 2);
        QCOMPARE(r.curve.size(), std::size_t{3});
        QVERIFY(std::abs(r.curve[0].throughputPerHour.mean - 240.0) < 6.0);
        QVERIFY(std::abs(r.curve[1].throughputPerHour.mean - 270.0) < 6.0);
        QVERIFY(std::abs(r.curve[2].throughputPerHour.mean - 288.0) < 6.0);
        QVERIFY(r.confirmed);
        QVERIFY(std::abs(r.confirmedThroughputPerHour.mean - 288.0) < 6.0);
        QVERIFY(r.confirmedThroughputPerHour.mean != r.best.throughputPerHour.mean);
        QCOMPARE(r.evaluations, 4);
        QCOMPARE(calls, 4);
        // Every curve point is a real run: the same seeds on that allocation give the same mean.
        SimModel check = m;
        check.buffers = {1};
        QCOMPARE(runExperiment(check, s).throughputPerHour.mean, r.curve[1].throughputPerHour.mean);
    }

    void sizingForATotalPutsPlacesWhereTheyMatter()
    {
        // S3 is deterministic 1 s: it never holds S2 up, so places between S2 and S3 are worth
        // nothing and both go between S1 and S2.
        SimModel m = line({expo(10), expo(10), det(1)}, 5);
        ExperimentSettings s;
        s.durationS = 100000;
        s.replications = 2;
        s.threads = 2;
        BufferSizingGoal goal;
        goal.totalCapacity = 2;
        const BufferSizingResult r = sizeBuffers(m, s, goal);
        QVERIFY(r.found);
        QCOMPARE(r.best.capacities, (std::vector<int>{2, 0}));
        QCOMPARE(r.best.total, 2);
        QCOMPARE(r.curve.back().total, 2);
        QVERIFY(std::abs(r.best.throughputPerHour.mean - 288.0) < 8.0);
    }

    void sizingLeavesUnlimitedGapsAlone()
    {
        const SimModel m = line({expo(10), expo(10)}, std::nullopt);
        ExperimentSettings s;
        s.durationS = 1000;
        BufferSizingGoal goal;
        goal.targetPerHour = 100.0;
        const BufferSizingResult r = sizeBuffers(m, s, goal);
        QVERIFY(!r.found);
        QVERIFY(!r.message.isEmpty());
        QCOMPARE(r.evaluations, 0);
    }
};

QTEST_GUILESS_MAIN(TestSimExperiment)
#include "tst_simexperiment.moc"
