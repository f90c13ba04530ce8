// SPDX-License-Identifier: GPL-3.0-or-later
// Proofs on the experiment layer: the 95 % confidence intervals cover the truth at their
// nominal rate, a seed fixes every number whatever the thread count, and cancel is prompt.
#include "simproofs_support.h"

#include <QTest>

#include <atomic>
#include <bit>
#include <chrono>
#include <thread>

using namespace taktflow::proofs;
using taktflow::core::FailureSpec;
using taktflow::core::TimeDistribution;
using taktflow::core::simulation::kMaxSimulatedS;
using taktflow::core::simulation::runExperiment;

class TestSimProofsExperiments : public QObject
{
    Q_OBJECT

private slots:
    void confidenceIntervalCoverage();
    void sameSeedSameNumbers();
    void cancelLatency();
    void cancelBeforeStart();
};

namespace {

bool covers(const Estimate &e, double truth)
{
    return e.low <= truth && truth <= e.high;
}

/*
 * The first field in which two results differ, bit for bit, or an empty string. Every field
 * takes part except wallSeconds, which is the wall clock and cannot repeat.
 */
class ResultDiff
{
public:
    QString first;

    void bits(const QString &field, double a, double b)
    {
        if (first.isEmpty() && std::bit_cast<std::uint64_t>(a) != std::bit_cast<std::uint64_t>(b))
            first = QStringLiteral("%1: %2 vs %3").arg(field).arg(a, 0, 'g', 17).arg(b, 0, 'g', 17);
    }
    template<typename T> void equal(const QString &field, const T &a, const T &b)
    {
        if (first.isEmpty() && !(a == b))
            first = field;
    }
    void estimate(const QString &field, const Estimate &a, const Estimate &b)
    {
        bits(field + QStringLiteral(".mean"), a.mean, b.mean);
        bits(field + QStringLiteral(".low"), a.low, b.low);
        bits(field + QStringLiteral(".high"), a.high, b.high);
    }
    void compare(const ExperimentResult &a, const ExperimentResult &b);
};

void ResultDiff::compare(const ExperimentResult &a, const ExperimentResult &b)
{
    estimate(QStringLiteral("throughputPerHour"), a.throughputPerHour, b.throughputPerHour);
    estimate(QStringLiteral("outputUnits"), a.outputUnits, b.outputUnits);
    estimate(QStringLiteral("wipMean"), a.wipMean, b.wipMean);
    estimate(QStringLiteral("leadTimeMeanS"), a.leadTimeMeanS, b.leadTimeMeanS);
    bits(QStringLiteral("leadTimeP95S"), a.leadTimeP95S, b.leadTimeP95S);
    equal(QStringLiteral("stations.size"), a.stations.size(), b.stations.size());
    for (std::size_t i = 0; i < std::min(a.stations.size(), b.stations.size()); ++i) {
        const auto &x = a.stations[i];
        const auto &y = b.stations[i];
        const QString at = QStringLiteral("stations[%1].").arg(i);
        equal(at + QStringLiteral("name"), x.name, y.name);
        bits(at + QStringLiteral("working"), x.working, y.working);
        bits(at + QStringLiteral("starved"), x.starved, y.starved);
        bits(at + QStringLiteral("blocked"), x.blocked, y.blocked);
        bits(at + QStringLiteral("failed"), x.failed, y.failed);
        bits(at + QStringLiteral("setup"), x.setup, y.setup);
        bits(at + QStringLiteral("paused"), x.paused, y.paused);
        bits(at + QStringLiteral("bottleneckShare"), x.bottleneckShare, y.bottleneckShare);
        bits(at + QStringLiteral("soleBottleneckShare"), x.soleBottleneckShare, y.soleBottleneckShare);
        bits(at + QStringLiteral("shiftingBottleneckShare"), x.shiftingBottleneckShare, y.shiftingBottleneckShare);
    }
    equal(QStringLiteral("buffers.size"), a.buffers.size(), b.buffers.size());
    for (std::size_t i = 0; i < std::min(a.buffers.size(), b.buffers.size()); ++i) {
        const QString at = QStringLiteral("buffers[%1].").arg(i);
        equal(at + QStringLiteral("name"), a.buffers[i].name, b.buffers[i].name);
        equal(at + QStringLiteral("capacity"), a.buffers[i].capacity, b.buffers[i].capacity);
        bits(at + QStringLiteral("meanContent"), a.buffers[i].meanContent, b.buffers[i].meanContent);
        equal(at + QStringLiteral("maxContent"), a.buffers[i].maxContent, b.buffers[i].maxContent);
    }
    equal(QStringLiteral("transporters.size"), a.transporters.size(), b.transporters.size());
    for (std::size_t i = 0; i < std::min(a.transporters.size(), b.transporters.size()); ++i) {
        const auto &x = a.transporters[i];
        const auto &y = b.transporters[i];
        const QString at = QStringLiteral("transporters[%1].").arg(i);
        equal(at + QStringLiteral("name"), x.name, y.name);
        bits(at + QStringLiteral("utilisation"), x.utilisation, y.utilisation);
        bits(at + QStringLiteral("emptyTravelShare"), x.emptyTravelShare, y.emptyTravelShare);
        bits(at + QStringLiteral("emptyTravelM"), x.emptyTravelM, y.emptyTravelM);
        bits(at + QStringLiteral("loadedTravelM"), x.loadedTravelM, y.loadedTravelM);
        bits(at + QStringLiteral("trips"), x.trips, y.trips);
    }
    equal(QStringLiteral("bottleneck"), a.bottleneck, b.bottleneck);
    equal(QStringLiteral("bottleneckName"), a.bottleneckName, b.bottleneckName);
    equal(QStringLiteral("replications"), a.replications, b.replications);
    bits(QStringLiteral("simulatedS"), a.simulatedS, b.simulatedS);
    bits(QStringLiteral("warmupS"), a.warmupS, b.warmupS);
    equal(QStringLiteral("events"), a.events, b.events);
    equal(QStringLiteral("series.size"), a.series.size(), b.series.size());
    for (std::size_t i = 0; i < std::min(a.series.size(), b.series.size()); ++i) {
        const QString at = QStringLiteral("series[%1].").arg(i);
        bits(at + QStringLiteral("timeS"), a.series[i].timeS, b.series[i].timeS);
        bits(at + QStringLiteral("throughputPerHour"), a.series[i].throughputPerHour, b.series[i].throughputPerHour);
        bits(at + QStringLiteral("wip"), a.series[i].wip, b.series[i].wip);
        equal(at + QStringLiteral("bufferContents"), a.series[i].bufferContents, b.series[i].bufferContents);
    }
    equal(QStringLiteral("cancelled"), a.cancelled, b.cancelled);
    equal(QStringLiteral("timedOut"), a.timedOut, b.timedOut);
}

/*
 * A line that uses every source of randomness: random model mix, five distribution kinds,
 * setups, failures on operating time and after operations, two servers, finite and zero
 * buffers, a transporter. Utilisations stay below ~0.85 so that the run is stable.
 */
SimModel everythingRandom()
{
    SimStation s1 = station("S1", TimeDistribution::lognormal(8, 3));
    s1.taskTimesByModel = {{TimeDistribution::lognormal(8, 3)}, {TimeDistribution::triangular(5, 8, 14)}};
    s1.setup = TimeDistribution::uniform(1, 3);
    SimStation s2 = station("S2", TimeDistribution::normal(18, 4), 2);
    s2.taskTimesByModel = {{TimeDistribution::normal(18, 4)}, {TimeDistribution::normal(20, 5)}};
    s2.failure = failuresOnOperatingTime(600, 60);
    SimStation s3 = station("S3", TimeDistribution::exponential(8));
    s3.taskTimesByModel = {{TimeDistribution::exponential(8)}, {TimeDistribution::empirical({6, 8, 9, 12})}};
    s3.failure.mode = FailureSpec::Mode::Operations;
    s3.failure.operationsBetweenFailures = 50;
    s3.failure.repair = TimeDistribution::exponential(30);
    SimModel m = line({s1, s2, s3}, {2, 0}, poissonSource(15));
    // A forklift between S1 and S2, so that vehicle statistics take part too.
    taktflow::core::simulation::SimTransporter forklift;
    forklift.name = QStringLiteral("forklift");
    forklift.speedMps = 1.5;
    m.transporters = {forklift};
    m.legs = {{0, 6.0}, {-1, 0.0}};
    m.stationDistanceM = {{0, 6, 10}, {6, 0, 4}, {10, 4, 0}};
    m.modelNames = {QStringLiteral("A"), QStringLiteral("B")};
    m.source.randomMix = true;
    m.source.modelShares = {0.6, 0.4};
    return m;
}

} // namespace

/*
 * Coverage of the 95 % CI. M/M/1 with 1/lambda = 2 s and 1/mu = 1 s (rho = 0.5): the true
 * values are throughput lambda = 1800 / h, L = rho / (1 - rho) = 1 and W = 1 / (mu - lambda)
 * = 2 s (derivation in tst_simproofs_queues.cpp). 200 experiments with different seeds, each
 * of 10 replications of 2000 s after a 100 s warm-up.
 *
 * Why the nominal 95 % should hold: each replication mean is an average over ~1000 parts and
 * about 170 relaxation times (1 / (mu (1 - sqrt(rho))^2) = 11.7 s), close to normal, and the
 * Student t interval over 10 independent replications is then exact to within a point or
 * two. The warm-up is 8.5 relaxation times, so the start from an empty line biases the mean
 * of N by less than e^-8.5 ~ 2e-4 of its value, against a CI half-width of ~8 %; the output
 * of a stationary M/M/1 is Poisson (Burke), so the throughput estimate is unbiased.
 * Counting: with 200 experiments the observed coverage of a true 95 % has sd
 * sqrt(0.95 * 0.05 / 200) = 1.5 points, so [90 %, 99 %] is > 2.5 sd either side; a CI that
 * used the normal quantile instead of t (coverage ~92 %) would still pass, but one that forgot
 * the / sqrt(n) (coverage ~100 %) or sat around a biased mean (a missing warm-up, a wrong
 * lead-time origin) would not. Over 30 other seed sets the coverages stayed within
 * [90.5 %, 99 %] (means: throughput 95.5 %, WIP 94.7 %, lead time 94.6 %: the replication means
 * of WIP and lead time are slightly right-skewed, which costs the t interval half a point).
 * Cost: 200 x 10 x ~2100 events ~ 4 * 10^6 events.
 */
void TestSimProofsExperiments::confidenceIntervalCoverage()
{
    const auto model = line({station("M", TimeDistribution::exponential(1.0))}, {}, poissonSource(2.0));
    const int experiments = 200;
    int throughputCovered = 0;
    int wipCovered = 0;
    int leadTimeCovered = 0;
    for (int i = 0; i < experiments; ++i) {
        const auto r = runChecked(model, settings(2000, 100, 10, 1000 + 7919 * std::uint64_t(i)));
        if (QTest::currentTestFailed())
            return;
        throughputCovered += covers(r.throughputPerHour, 1800.0);
        wipCovered += covers(r.wipMean, 1.0);
        leadTimeCovered += covers(r.leadTimeMeanS, 2.0);
    }
    const auto check = [&](const char *what, int covered) {
        const double share = double(covered) / experiments;
        qInfo("%s: the 95 %% CI covered the true value in %d of %d experiments (%.1f %%)", what, covered, experiments,
              100.0 * share);
        QVERIFY2(share >= 0.90 && share <= 0.99, what);
    };
    check("throughput", throughputCovered);
    check("WIP mean", wipCovered);
    check("lead time mean", leadTimeCovered);
}

/*
 * One seed gives the same numbers on any thread count: replication r draws from streams
 * seeded by (seed, r, source), so which thread runs it cannot matter, and the results must
 * be combined in replication order. 1, 2 and 4 threads (4 > cores: replications finish out of
 * order) must agree in every field, bit for bit. Another seed must change the numbers
 * (otherwise the seed would be ignored and the first part proved nothing).
 */
void TestSimProofsExperiments::sameSeedSameNumbers()
{
    const SimModel model = everythingRandom();
    auto s = settings(20000, 2000, 6, 2024);
    s.seriesIntervalS = 1000;
    s.threads = 1;
    const ExperimentResult one = runChecked(model, s);
    // So that the comparison covers the series and the vehicles too.
    QVERIFY(!one.series.empty());
    QCOMPARE(one.transporters.size(), std::size_t(1));
    QVERIFY(one.transporters[0].trips > 0);
    for (int threads : {2, 4}) {
        s.threads = threads;
        ResultDiff diff;
        diff.compare(one, runChecked(model, s));
        QVERIFY2(diff.first.isEmpty(),
                 qPrintable(QStringLiteral("%1 threads differ from 1 thread in %2").arg(threads).arg(diff.first)));
    }
    s.seed = 2025;
    const ExperimentResult other = runChecked(model, s);
    QVERIFY(other.wipMean.mean != one.wipMean.mean);
    QVERIFY(other.leadTimeMeanS.mean != one.leadTimeMeanS.mean);
    QVERIFY(other.stations[1].working != one.stations[1].working);
}

/*
 * Cancel within 100 ms (the issue asks for this latency explicitly). A run that would take
 * minutes (four replications of a year of a five-station exponential line, ~10 events per
 * simulated second) runs on a worker thread; after 300 ms the flag is set, and the time from
 * the store to runExperiment's return is measured. The machine is shared, so a measurement
 * above 100 ms gets one more try; two misses fail.
 */
void TestSimProofsExperiments::cancelLatency()
{
    std::vector<SimStation> stations;
    for (const char *name : {"S1", "S2", "S3", "S4", "S5"})
        stations.push_back(station(name, TimeDistribution::exponential(1.0)));
    const auto model = line(std::move(stations), {3, 3, 3, 3});
    auto s = settings(kMaxSimulatedS / 10, 0, 4);
    s.threads = 2;

    using Clock = std::chrono::steady_clock;
    double bestMs = 1e9;
    for (int attempt = 0; attempt < 2 && bestMs > 100.0; ++attempt) {
        std::atomic_bool cancel{false};
        ExperimentResult result;
        Clock::time_point returnedAt;
        std::thread worker([&] {
            result = runExperiment(model, s, &cancel);
            returnedAt = Clock::now();
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        const Clock::time_point storedAt = Clock::now();
        cancel.store(true);
        worker.join();
        QVERIFY2(result.cancelled, "the run finished before the cancel: make it longer");
        const double ms = std::chrono::duration<double, std::milli>(returnedAt - storedAt).count();
        qInfo("cancel latency, attempt %d: %.1f ms", attempt + 1, ms);
        bestMs = std::min(bestMs, ms);
    }
    QVERIFY2(bestMs <= 100.0, qPrintable(QStringLiteral("runExperiment returned %1 ms after cancel").arg(bestMs)));
}

/* A flag that is already set stops the experiment before any long work. */
void TestSimProofsExperiments::cancelBeforeStart()
{
    const auto model = line({station("M", TimeDistribution::exponential(1.0))}, {}, poissonSource(2.0));
    std::atomic_bool cancel{true};
    const auto r = runExperiment(model, settings(kMaxSimulatedS / 10, 0, 4), &cancel);
    QVERIFY(r.cancelled);
}

QTEST_GUILESS_MAIN(TestSimProofsExperiments)
#include "tst_simproofs_experiments.moc"
