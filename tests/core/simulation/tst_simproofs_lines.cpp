// SPDX-License-Identifier: GPL-3.0-or-later
// Proofs on flow lines: two exponential stations with a finite buffer (a birth-death chain),
// deterministic lines (the bottleneck rate exactly) and a mixed-model line with setups.
#include "simproofs_support.h"

#include <QTest>

#include <cmath>

using namespace taktflow::proofs;
using taktflow::core::TimeDistribution;

class TestSimProofsLines : public QObject
{
    Q_OBJECT

private slots:
    void finiteBuffer_data();
    void finiteBuffer();
    void deterministicLine_data();
    void deterministicLine();
    void mixedModelSetups_data();
    void mixedModelSetups();
    void randomMixSetups();
    void releaseAtTakt();
    void calendarPauses();
};

/*
 * Two exponential stations (rates mu1, mu2), saturated source, a buffer of capacity K between
 * them (parts waiting, not in process), blocking after service.
 *
 * State: n = the parts "queued for station 2" = those in the buffer + the one in station 2 +
 * the finished one blocked in station 1. Station 1 always holds a part (the source is
 * saturated): while n < K + 2 it is processing, and at n = K + 2 (buffer full, station 2 busy,
 * station 1's part finished) it is blocked. So with N = K + 2:
 *   n -> n + 1 at rate mu1 for n < N   (station 1 finishes; its part joins station 2's queue;
 *                                       station 1 starts the next part at once, and since the
 *                                       service is exponential the new one is memoryless)
 *   n -> n - 1 at rate mu2 for n > 0   (station 2 finishes; at n = N the blocked part moves
 *                                       into the buffer, or straight into station 2 when
 *                                       K = 0, and station 1 starts again)
 * which is exactly the M/M/1/N queue with arrival rate mu1 and service rate mu2. (K = 0:
 * N = 2; n = 1: station 2 busy and station 1 processing; n = 2: station 1 blocked.)
 * Cut equations mu1 P(n) = mu2 P(n + 1) give P(n) = rho^n P(0) with rho = mu1 / mu2, and
 *   rho != 1:  P(0) = (1 - rho) / (1 - rho^(N+1))
 *   rho  = 1:  P(n) = 1 / (N + 1)   (the limit rho -> 1 of the same expression)
 * and then
 *   throughput     = mu2 (1 - P(0))  ( = mu1 (1 - P(N)): what enters leaves)
 *   station 2      starved P(0), working 1 - P(0)
 *   station 1      blocked P(N), working 1 - P(N), never starved
 *   buffer content = min(n - 1, K) for n >= 1: n - 1 parts wait behind the one in station 2,
 *                    except at n = N, where the extra one sits blocked in station 1
 *   WIP            = n + 1 for n < N (station 1's part in process) and N at n = N
 *   lead time      = WIP / throughput (Little, on the chain's own figures).
 * Examples: rho = 1, K = 0: throughput = mu2 * 2/3 (1/mu = 10 s: 240 / h); K = 1: mu2 * 3/4
 * (270 / h); K = 3: mu2 * 5/6 (300 / h).
 *
 * Precision: ~30000 parts per replication of 4 * 10^5 s; the output count of a birth-death
 * chain has an index of dispersion near 1, so throughput sd ~0.6 % per replication and a 95 %
 * half-width ~0.45 % over 10; required below 1.5 %. The shares and the buffer mean carry no
 * CI; their sd over 10 replications is a few tenths of a percent: allowed 0.01 absolute and
 * 3 % + 0.01 of the buffer mean. Warm-up 2000 s: the chain has 3 to 6 states and mixes in
 * about a hundred seconds.
 */
void TestSimProofsLines::finiteBuffer_data()
{
    QTest::addColumn<double>("mean1S");
    QTest::addColumn<double>("mean2S");
    QTest::addColumn<int>("capacity");
    QTest::newRow("K=0 rho=1") << 10.0 << 10.0 << 0;
    QTest::newRow("K=1 rho=1") << 10.0 << 10.0 << 1;
    QTest::newRow("K=3 rho=1") << 10.0 << 10.0 << 3;
    QTest::newRow("K=0 rho=0.8") << 12.5 << 10.0 << 0;
    QTest::newRow("K=1 rho=1.25") << 8.0 << 10.0 << 1;
    QTest::newRow("K=3 rho=0.8") << 12.5 << 10.0 << 3;
}

void TestSimProofsLines::finiteBuffer()
{
    QFETCH(double, mean1S);
    QFETCH(double, mean2S);
    QFETCH(int, capacity);
    const double mu1 = 1.0 / mean1S;
    const double mu2 = 1.0 / mean2S;
    const double rho = mu1 / mu2;
    const int n = capacity + 2;

    std::vector<double> p(n + 1);
    for (int i = 0; i <= n; ++i)
        p[i] =
            std::abs(rho - 1.0) < 1e-12 ? 1.0 / (n + 1) : std::pow(rho, i) * (1.0 - rho) / (1.0 - std::pow(rho, n + 1));
    double bufferMean = 0.0;
    double wip = 0.0;
    for (int i = 0; i <= n; ++i) {
        bufferMean += std::min(std::max(i - 1, 0), capacity) * p[i];
        wip += (i < n ? i + 1 : n) * p[i];
    }
    const double throughputPerS = mu2 * (1.0 - p[0]);
    QVERIFY(std::abs(throughputPerS - mu1 * (1.0 - p[n])) < 1e-12);
    if (rho == 1.0)
        QCOMPARE(throughputPerS * 3600.0, 360.0 * (n / (n + 1.0)));

    const auto model = line(
        {station("S1", TimeDistribution::exponential(mean1S)), station("S2", TimeDistribution::exponential(mean2S))},
        {capacity});
    const auto r = runChecked(model, settings(4e5, 2000, 10, 7 + capacity));

    expectNear("two stations throughput = mu2 (1 - P0)", r.throughputPerHour, throughputPerS * 3600.0, 0.015);
    expectWithin("station 2 starved = P0", r.stations[1].starved, p[0], 0.01);
    expectWithin("station 2 working = 1 - P0", r.stations[1].working, 1.0 - p[0], 0.01);
    expectWithin("station 1 blocked = P(N)", r.stations[0].blocked, p[n], 0.01);
    expectWithin("station 1 working = 1 - P(N)", r.stations[0].working, 1.0 - p[n], 0.01);
    QCOMPARE(r.stations[0].starved, 0.0);
    QCOMPARE(r.stations[1].blocked, 0.0);
    expectWithin("buffer mean content", r.buffers[0].meanContent, bufferMean, 0.03 * bufferMean + 0.01);
    // With P(N) >= 8 % the buffer is full thousands of times in a replication.
    QCOMPARE(r.buffers[0].maxContent, capacity);
    expectNear("two stations WIP", r.wipMean, wip, 0.02);
    expectNear("two stations lead time = WIP / throughput", r.leadTimeMeanS, wip / throughputPerS, 0.02);
}

/*
 * A deterministic line, saturated source. The line is a (max, +)-linear system: station i may
 * start part j once it finished part j - 1 and handed it on (blocking), and once part j left
 * station i - 1. Every circuit of that precedence graph passes through process times of one
 * station per part, so its mean per part is at most max_i (t_i / c_i) (time over servers);
 * the circuit "server after server of the slowest station" reaches it. Hence the cycle time
 * is exactly max_i (t_i / c_i) and throughput = 3600 / max_i (t_i / c_i), whatever the
 * (finite or unlimited) buffers. After a transient the departures repeat with a period that is
 * a whole multiple of that cycle (the cyclicity theorem of (max, +) systems); all times here
 * are whole seconds, so the line's period divides a small multiple of the bottleneck time.
 *
 * Counting exactly: the window is T = 120000 s, a multiple of 12, 15, 24 and 30 s, so it
 * holds whole periods; the warm-up ends at a half second (3000.5 s) while every event falls
 * on a whole second, so no departure sits on the window's edge. The count is then exactly
 * T / cycle and throughput is exact up to floating-point rounding.
 * Shares from the same argument: every server of station i works t_i * throughput / c_i of
 * the time (work conservation over whole periods); the bottleneck works all the time;
 * stations upstream of it are never starved (the source is saturated and they are faster
 * than the bottleneck, so their inputs are full), and downstream never blocked.
 *   Line A: 10 s | 20 s on 2 servers (10 s) | 12 s | 8 s, buffers 0, 1, unlimited:
 *           cycle 12 s, 300 / h; working 10/12, 20/24, 1, 8/12.
 *   Line B: 10 s | 8 s | 30 s on 2 servers (15 s) | 12 s, buffers 1, 0, 2:
 *           cycle 15 s, 240 / h; working 10/15, 8/15, 1, 12/15.
 */
void TestSimProofsLines::deterministicLine_data()
{
    QTest::addColumn<QList<double>>("timesS");
    QTest::addColumn<QList<int>>("servers");
    QTest::addColumn<QList<int>>("buffers"); // -1: unlimited
    QTest::addColumn<int>("bottleneck");
    QTest::newRow("A: 2 servers upstream, 12 s bottleneck")
        << QList<double>{10, 20, 12, 8} << QList<int>{1, 2, 1, 1} << QList<int>{0, 1, -1} << 2;
    QTest::newRow("B: 2-server bottleneck")
        << QList<double>{10, 8, 30, 12} << QList<int>{1, 1, 2, 1} << QList<int>{1, 0, 2} << 2;
}

void TestSimProofsLines::deterministicLine()
{
    QFETCH(QList<double>, timesS);
    QFETCH(QList<int>, servers);
    QFETCH(QList<int>, buffers);
    QFETCH(int, bottleneck);
    static const char *names[] = {"S1", "S2", "S3", "S4"};
    std::vector<SimStation> stations;
    double cycleS = 0.0;
    for (qsizetype i = 0; i < timesS.size(); ++i) {
        stations.push_back(station(names[i], TimeDistribution::deterministic(timesS[i]), servers[i]));
        cycleS = std::max(cycleS, timesS[i] / servers[i]);
    }
    std::vector<std::optional<int>> gaps;
    for (int b : buffers)
        gaps.push_back(b < 0 ? std::nullopt : std::optional<int>(b));
    const auto r = runChecked(line(std::move(stations), std::move(gaps)), settings(120000, 3000.5, 3));

    const double throughput = 3600.0 / cycleS;
    expectNear("deterministic throughput = 3600 / max(t/c)", r.throughputPerHour, throughput, 0.0, 1e-9 * throughput);
    QCOMPARE(r.outputUnits.mean, 120000.0 / cycleS);
    for (qsizetype i = 0; i < timesS.size(); ++i) {
        const auto &s = r.stations[i];
        expectWithin(qPrintable(QStringLiteral("%1 working = t x throughput / c").arg(s.name)), s.working,
                     timesS[i] / servers[i] / cycleS, 1e-6);
        if (i <= bottleneck)
            QCOMPARE(s.starved, 0.0);
        if (i >= bottleneck)
            QCOMPARE(s.blocked, 0.0);
    }
    QCOMPARE(r.bottleneck, bottleneck);
    QCOMPARE(r.bottleneckName, QString::fromLatin1(names[bottleneck]));
}

/*
 * Mixed-model with setups, deterministic. Two models A and B; a setup when the model changes
 * between two consecutive parts at a server. Saturated source releasing the repeating sequence.
 *   S1: A 10 s, B 14 s, setup 3 s;  S2: A 6 s, B 8 s, setup 2 s;  buffer 2.
 * Sequence A, B (a change before every part): S1 needs 10 + 14 + 2 * 3 = 30 s per pair,
 * S2 6 + 8 + 2 * 2 = 18 s. S2 takes at most 10 s per part while S1 delivers one at least every
 * 13 s, so S1 is never blocked and, saturated, never starved: it works or sets up without a
 * break, and the line makes 2 parts per 30 s = 240 / h.
 *   S1 shares: working 24/30, setup 6/30.  S2: working 14/30, setup 4/30, starved 12/30.
 * Sequence A, A, B (two changes per three parts: A->B and B->A): S1 10 + 10 + 14 + 2 * 3 =
 * 40 s per three parts = 270 / h; S1 working 34/40, setup 6/40; S2 (6 + 6 + 8 + 2 * 2 = 24 s)
 * working 20/40, setup 4/40, starved 16/40.
 * The window (120000 s, a multiple of 30 and 40) holds whole periods of S1's cycle and the
 * warm-up ends between events, as for the deterministic lines: the figures are exact.
 */
void TestSimProofsLines::mixedModelSetups_data()
{
    QTest::addColumn<QList<int>>("sequence");
    QTest::addColumn<double>("throughput");
    QTest::addColumn<QList<double>>("s1Shares"); // working, setup
    QTest::addColumn<QList<double>>("s2Shares"); // working, setup, starved
    QTest::newRow("A,B") << QList<int>{0, 1} << 240.0 << QList<double>{24.0 / 30, 6.0 / 30}
                         << QList<double>{14.0 / 30, 4.0 / 30, 12.0 / 30};
    QTest::newRow("A,A,B") << QList<int>{0, 0, 1} << 270.0 << QList<double>{34.0 / 40, 6.0 / 40}
                           << QList<double>{20.0 / 40, 4.0 / 40, 16.0 / 40};
}

void TestSimProofsLines::mixedModelSetups()
{
    QFETCH(QList<int>, sequence);
    QFETCH(double, throughput);
    QFETCH(QList<double>, s1Shares);
    QFETCH(QList<double>, s2Shares);
    auto mixed = [](const char *name, double aS, double bS, double setupS) {
        SimStation s = station(name, TimeDistribution::deterministic(aS));
        s.taskTimesByModel = {{TimeDistribution::deterministic(aS)}, {TimeDistribution::deterministic(bS)}};
        s.setup = TimeDistribution::deterministic(setupS);
        return s;
    };
    auto model = line({mixed("S1", 10, 14, 3), mixed("S2", 6, 8, 2)}, {2});
    model.modelNames = {QStringLiteral("A"), QStringLiteral("B")};
    model.source.modelSequence.assign(sequence.begin(), sequence.end());
    const auto r = runChecked(model, settings(120000, 3000.5, 3));

    expectNear("mixed-model throughput", r.throughputPerHour, throughput, 0.0, 1e-9 * throughput);
    expectWithin("S1 working", r.stations[0].working, s1Shares[0], 1e-6);
    expectWithin("S1 setup", r.stations[0].setup, s1Shares[1], 1e-6);
    expectWithin("S2 working", r.stations[1].working, s2Shares[0], 1e-6);
    expectWithin("S2 setup", r.stations[1].setup, s2Shares[1], 1e-6);
    expectWithin("S2 starved", r.stations[1].starved, s2Shares[2], 1e-6);
    QCOMPARE(r.stations[0].blocked, 0.0);
    QCOMPARE(r.bottleneckName, QStringLiteral("S1"));
}

/*
 * A random model mix with setups: one saturated machine, model A (10 s) with probability 0.75
 * and B (20 s) with 0.25, drawn independently for every part, a 4 s setup whenever the model
 * differs from the previous part's. Two successive parts differ with probability
 * 2 * 0.75 * 0.25 = 0.375, so the mean cycle per part is
 *     0.75 * 10 + 0.25 * 20 + 0.375 * 4 = 12.5 + 1.5 = 14 s  =>  3600 / 14 = 257.14 / h,
 *     working share 12.5 / 14 = 0.8929, setup share 1.5 / 14 = 0.1071.
 * Precision: T = 2 * 10^5 s, ~14000 parts per replication; the cycle's sd is
 * sqrt(Var(time) + Var(setup) + 2 Cov) ~ 4.6 s (cv 0.33), so throughput has sd 0.28 % per
 * replication and a half-width ~0.2 % over 10: required below 1 %. Shares: sd ~0.001, allowed 0.005.
 */
void TestSimProofsLines::randomMixSetups()
{
    SimStation machine = station("M", TimeDistribution::deterministic(10));
    machine.taskTimesByModel = {{TimeDistribution::deterministic(10)}, {TimeDistribution::deterministic(20)}};
    machine.setup = TimeDistribution::deterministic(4);
    auto model = line({machine}, {});
    model.modelNames = {QStringLiteral("A"), QStringLiteral("B")};
    model.source.randomMix = true;
    model.source.modelShares = {0.75, 0.25};
    const auto r = runChecked(model, settings(2e5, 1000, 10, 31));

    expectNear("random mix throughput = 3600 / 14 s", r.throughputPerHour, 3600.0 / 14.0, 0.01);
    expectWithin("random mix working share", r.stations[0].working, 12.5 / 14.0, 0.005);
    expectWithin("random mix setup share", r.stations[0].setup, 1.5 / 14.0, 0.005);
}

/*
 * Release at takt into a deterministic line faster than the takt: 10 s | 12 s | 8 s, buffers
 * 1, 1, one part every 15 s. Part j is released at 15 j, leaves S1 at 15 j + 10, and S2 has
 * been free since 15 (j - 1) + 10 + 12 = 15 j + 7 < 15 j + 10, so it starts at once; the same
 * for S3 (free since 15 j + 7 + 8 < 15 j + 22). No part ever waits, so
 *     lead time = 10 + 12 + 8 = 30 s exactly (from release), throughput = 3600 / 15 = 240 / h,
 *     WIP = 30 s of presence per part every 15 s = 2 exactly,
 *     working shares 10/15, 12/15, 8/15, the rest starved, nothing blocked.
 * The window (150000 s = 10^4 takts) starts between events as above: exact figures.
 */
void TestSimProofsLines::releaseAtTakt()
{
    SimSource takt;
    takt.kind = taktflow::core::SourceSpec::Kind::AtTakt;
    takt.taktS = 15;
    const auto r = runChecked(
        line({station("S1", TimeDistribution::deterministic(10)), station("S2", TimeDistribution::deterministic(12)),
              station("S3", TimeDistribution::deterministic(8))},
             {1, 1}, takt),
        settings(150000, 1000.5, 2));
    expectNear("throughput at takt 15 s", r.throughputPerHour, 240.0, 0.0, 1e-9 * 240.0);
    expectNear("lead time = sum of the times", r.leadTimeMeanS, 30.0, 0.0, 1e-9 * 30.0);
    expectWithin("lead time p95 = the same 30 s", r.leadTimeP95S, 30.0, 0.01 * 30.0);
    expectNear("WIP = 30 s / 15 s", r.wipMean, 2.0, 0.0, 1e-6);
    const double times[] = {10, 12, 8};
    for (int i = 0; i < 3; ++i) {
        expectWithin("working share", r.stations[i].working, times[i] / 15.0, 1e-6);
        expectWithin("starved share", r.stations[i].starved, 1.0 - times[i] / 15.0, 1e-6);
    }
}

/*
 * A shift calendar: one deterministic 10 s machine, saturated, the line paused from 1805 s to
 * 2405 s of every hour; the part in process when the pause begins (5 s done) waits it out and
 * resumes. Each hour has 3000 s of working time = exactly 300 parts (they end at 10, 20, ...,
 * 1800, then 2410, ..., 3600 s), so the pattern repeats every hour:
 *     throughput = 300 / h, working share 3000/3600 = 5/6, paused 600/3600 = 1/6,
 *     WIP = 1 (the machine always holds a part, also in the pause).
 * Window: 10 hours starting at 3600.5 s, between events: exact.
 */
void TestSimProofsLines::calendarPauses()
{
    auto model = line({station("M", TimeDistribution::deterministic(10))}, {});
    taktflow::core::simulation::SimCalendar calendar;
    calendar.periodS = 3600;
    calendar.pausesS = {{1805.0, 2405.0}};
    model.calendar = calendar;
    const auto r = runChecked(model, settings(36000, 3600.5, 2));
    expectNear("throughput with a 10 min pause per hour", r.throughputPerHour, 300.0, 0.0, 1e-9 * 300.0);
    expectWithin("working share", r.stations[0].working, 5.0 / 6.0, 1e-6);
    expectWithin("paused share", r.stations[0].paused, 1.0 / 6.0, 1e-6);
    expectNear("WIP", r.wipMean, 1.0, 0.0, 1e-6);
}

QTEST_GUILESS_MAIN(TestSimProofsLines)
#include "tst_simproofs_lines.moc"
