// SPDX-License-Identifier: GPL-3.0-or-later
// Proofs on breakdowns: availability MTBF / (MTBF + MTTR) of a saturated machine, failures
// counted on operating time only, and failures after a number of operations.
#include "simproofs_support.h"

#include <QTest>

using namespace taktflow::proofs;
using taktflow::core::FailureSpec;
using taktflow::core::TimeDistribution;

class TestSimProofsFailures : public QObject
{
    Q_OBJECT

private slots:
    void saturatedAvailability_data();
    void saturatedAvailability();
    void operatingTimeOnly();
    void afterOperations();
};

/*
 * One saturated machine, process time p (mean E[p]), failures with exponential operating time
 * between them (mean MTBF) and exponential repairs (mean MTTR); the part in process resumes
 * after the repair.
 *
 * The machine is never starved (saturated) nor blocked (the sink takes everything), so its
 * time alternates between operating stretches and repairs. The failure clock runs only while
 * operating, so the operating stretches are exponential(MTBF) and the repairs have mean MTTR:
 * an alternating renewal process, and by renewal-reward
 *     operating share A = MTBF / (MTBF + MTTR),   failed share = MTTR / (MTBF + MTTR).
 * Resume: a part consumes exactly its own process time of operating time, so parts per
 * operating second are 1 / E[p], and
 *     throughput = A / E[p] = (1 / E[p]) * MTBF / (MTBF + MTTR).
 * Lead time: during a part's p operating seconds failures arrive as a Poisson process of rate
 * 1 / MTBF (memoryless), each adding a repair: E[W] = E[p] (1 + MTTR / MTBF) = E[p] / A.
 * WIP: the next part enters the instant the previous leaves, and a failed part stays, so there
 * is always exactly one part: WIP mean 1 (and indeed throughput x W = (A/E[p]) (E[p]/A) = 1).
 *
 * Row 1, deterministic p = 100 s, MTBF 200 s, MTTR 50 s: A = 0.8, 28.8 / h, failed 0.2,
 * W = 125 s. p is half the MTBF on purpose: were the part restarted after a repair instead of
 * resumed, a part would take (e^(p/MTBF) - 1)(MTBF + MTTR) = 162 s instead of 125 s.
 * Row 2, exponential p of mean 10 s, MTBF 900 s, MTTR 100 s: A = 0.9, 324 / h, failed 0.1,
 * W = 11.11 s.
 *
 * Precision: the share of operating time of an alternating renewal process over T has
 * variance (MTTR^2 Var(U) + MTBF^2 Var(D)) / (MTBF + MTTR)^3 / T: row 1 12.8 s / T, row 2
 * 16.2 s / T; T = 10^6 s gives sd 0.0036 and 0.0040 per replication; row 2 adds the Poisson
 * noise of 90000 exponential parts (0.33 %). Over 10 replications the 95 % half-width is
 * ~0.3-0.4 % of the throughput; required below 1.5 %. Shares (no CI): sd ~0.0013 over 10
 * replications, allowed 0.006.
 */
void TestSimProofsFailures::saturatedAvailability_data()
{
    QTest::addColumn<bool>("exponentialProcess");
    QTest::addColumn<double>("processS");
    QTest::addColumn<double>("mtbfS");
    QTest::addColumn<double>("mttrS");
    QTest::newRow("deterministic 100 s, 200/50") << false << 100.0 << 200.0 << 50.0;
    QTest::newRow("exponential 10 s, 900/100") << true << 10.0 << 900.0 << 100.0;
}

void TestSimProofsFailures::saturatedAvailability()
{
    QFETCH(bool, exponentialProcess);
    QFETCH(double, processS);
    QFETCH(double, mtbfS);
    QFETCH(double, mttrS);
    auto machine = station("M", exponentialProcess ? TimeDistribution::exponential(processS)
                                                   : TimeDistribution::deterministic(processS));
    machine.failure = failuresOnOperatingTime(mtbfS, mttrS);
    const auto r = runChecked(line({machine}, {}), settings(1e6, 2000, 10, 5));

    const double availability = mtbfS / (mtbfS + mttrS);
    expectNear("throughput = (1/p) MTBF/(MTBF+MTTR)", r.throughputPerHour, 3600.0 / processS * availability, 0.015);
    expectWithin("failed share = MTTR/(MTBF+MTTR)", r.stations[0].failed, mttrS / (mtbfS + mttrS), 0.006);
    expectWithin("working share = MTBF/(MTBF+MTTR)", r.stations[0].working, availability, 0.006);
    QCOMPARE(r.stations[0].starved, 0.0);
    QCOMPARE(r.stations[0].blocked, 0.0);
    expectNear("lead time = p / A (resume after repair)", r.leadTimeMeanS, processS / availability, 0.02);
    expectNear("WIP of a saturated machine", r.wipMean, 1.0, 0.0, 1e-9);
}

/*
 * Failures count operating time only. Poisson arrivals (mean 250 s) at a machine of
 * deterministic p = 100 s, MTBF 200 s, MTTR 50 s (exponential).
 * Every arrival is processed once and, resuming after repairs, uses exactly p of operating
 * time: working share = lambda p = 100 / 250 = 0.4. Failures come at rate 1 / MTBF per
 * operating second, i.e. 0.4 / 200 per second, each lasting MTTR on average:
 *     failed share = lambda p MTTR / MTBF = 0.4 * 50 / 200 = 0.1,  starved = 1 - 0.4 - 0.1 = 0.5.
 * (A failure clock on calendar time would fail the machine also while idle: failed share near
 * MTTR / (MTBF + MTTR) = 0.2.) Stable: the effective time per part is p / A = 125 s < 250 s,
 * and throughput = lambda = 14.4 / h.
 * Precision: T = 4 * 10^6 s, ~16000 parts and ~8000 failures per replication. Working share sd
 * (Poisson count) 0.8 % of 0.4 per replication, 0.0010 over 10; failed share: compound
 * Poisson downtime, sd sqrt(8000 * 2 * 50^2) / T = 0.0016 per replication, 0.0005 over 10.
 * Allowed 0.006 each. Throughput half-width ~0.6 %, required below 2 %.
 */
void TestSimProofsFailures::operatingTimeOnly()
{
    auto machine = station("M", TimeDistribution::deterministic(100));
    machine.failure = failuresOnOperatingTime(200, 50);
    const auto r = runChecked(line({machine}, {}, poissonSource(250)), settings(4e6, 5000, 10, 11));

    expectNear("throughput = lambda", r.throughputPerHour, 3600.0 / 250.0, 0.02);
    expectWithin("working share = lambda p", r.stations[0].working, 0.4, 0.006);
    expectWithin("failed share = lambda p MTTR/MTBF", r.stations[0].failed, 0.1, 0.006);
    expectWithin("starved share", r.stations[0].starved, 0.5, 0.01);
}

/*
 * Failures after a number of operations, deterministic: p = 10 s, a failure after every 9
 * operations, repair 10 s. Saturated, so one cycle is 9 parts in 9 * 10 + 10 = 100 s:
 *     throughput = 9 * 3600 / 100 = 324 / h, failed share 10 / 100, working 90 / 100.
 * The window (10^5 s, whole cycles) starts at a half second between events, as in the
 * deterministic line proofs, so the figures are exact.
 */
void TestSimProofsFailures::afterOperations()
{
    auto machine = station("M", TimeDistribution::deterministic(10));
    machine.failure.mode = FailureSpec::Mode::Operations;
    machine.failure.operationsBetweenFailures = 9;
    machine.failure.repair = TimeDistribution::deterministic(10);
    const auto r = runChecked(line({machine}, {}), settings(1e5, 1000.5, 3));

    expectNear("throughput = 9 parts per 100 s", r.throughputPerHour, 324.0, 0.0, 1e-9 * 324.0);
    expectWithin("failed share", r.stations[0].failed, 0.1, 1e-6);
    expectWithin("working share", r.stations[0].working, 0.9, 1e-6);
}

QTEST_GUILESS_MAIN(TestSimProofsFailures)
#include "tst_simproofs_failures.moc"
