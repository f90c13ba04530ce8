// SPDX-License-Identifier: GPL-3.0-or-later
#include "simproofs_support.h"

#include <QTest>

#include <cmath>

namespace taktflow::proofs {

using core::simulation::BufferStats;
using core::simulation::StationStates;

SimStation station(const char *name, const TimeDistribution &time, int servers)
{
    SimStation s;
    s.name = QString::fromLatin1(name);
    s.servers = servers;
    s.taskTimesByModel = {{time}};
    return s;
}

core::FailureSpec failuresOnOperatingTime(double mtbfS, double mttrS)
{
    core::FailureSpec f;
    f.mode = core::FailureSpec::Mode::OperatingTime;
    f.timeBetweenFailures = TimeDistribution::exponential(mtbfS);
    f.repair = TimeDistribution::exponential(mttrS);
    return f;
}

SimSource saturatedSource()
{
    SimSource s;
    s.kind = core::SourceSpec::Kind::Saturated;
    return s;
}

SimSource poissonSource(double meanInterarrivalS)
{
    SimSource s;
    s.kind = core::SourceSpec::Kind::Interarrival;
    s.interarrival = TimeDistribution::exponential(meanInterarrivalS);
    return s;
}

SimModel line(std::vector<SimStation> stations, std::vector<std::optional<int>> buffers, SimSource source)
{
    SimModel m;
    m.stations = std::move(stations);
    m.buffers = std::move(buffers);
    m.source = std::move(source);
    return m;
}

ExperimentSettings settings(double durationS, double warmupS, int replications, std::uint64_t seed)
{
    ExperimentSettings s;
    s.durationS = durationS;
    s.warmupS = warmupS;
    s.replications = replications;
    s.seed = seed;
    s.threads = 0;
    return s;
}

namespace {

void checkEstimate(const char *what, const Estimate &e)
{
    QVERIFY2(std::isfinite(e.mean) && e.low <= e.mean && e.mean <= e.high,
             qPrintable(QStringLiteral("%1: CI [%2, %3] does not contain its mean %4")
                            .arg(QString::fromLatin1(what))
                            .arg(e.low)
                            .arg(e.high)
                            .arg(e.mean)));
}

void checkStations(const SimModel &model, const ExperimentResult &r)
{
    QCOMPARE(r.stations.size(), model.stations.size());
    for (std::size_t i = 0; i < r.stations.size(); ++i) {
        const StationStates &s = r.stations[i];
        QCOMPARE(s.name, model.stations[i].name);
        const double shares[] = {s.working, s.starved, s.blocked, s.failed, s.setup, s.paused};
        double sum = 0.0;
        for (double share : shares) {
            QVERIFY2(share >= -1e-12 && share <= 1.0 + 1e-12,
                     qPrintable(QStringLiteral("station %1: a share of %2").arg(s.name).arg(share)));
            sum += share;
        }
        // The shares partition each server's time after the warm-up; only rounding may remain.
        QVERIFY2(std::abs(sum - 1.0) <= 1e-9,
                 qPrintable(QStringLiteral("station %1: shares sum to %2, not 1").arg(s.name).arg(sum, 0, 'g', 17)));
    }
}

void checkBuffers(const SimModel &model, const ExperimentResult &r)
{
    QCOMPARE(r.buffers.size(), model.buffers.size());
    for (std::size_t i = 0; i < r.buffers.size(); ++i) {
        const BufferStats &b = r.buffers[i];
        const std::optional<int> &capacity = model.buffers[i];
        QCOMPARE(b.capacity, capacity ? *capacity : -1);
        QVERIFY2(
            b.meanContent >= 0.0 && b.meanContent <= b.maxContent + 1e-9,
            qPrintable(
                QStringLiteral("buffer %1: mean %2 above max %3").arg(b.name).arg(b.meanContent).arg(b.maxContent)));
        if (capacity) {
            QVERIFY2(b.maxContent <= *capacity, qPrintable(QStringLiteral("buffer %1 held %2 parts, capacity %3")
                                                               .arg(b.name)
                                                               .arg(b.maxContent)
                                                               .arg(*capacity)));
        }
    }
}

} // namespace

ExperimentResult runChecked(const SimModel &model, const ExperimentSettings &settings)
{
    const QString modelIssue = core::simulation::modelProblem(model);
    const QString settingsIssue = core::simulation::settingsProblem(settings);
    [&] {
        QVERIFY2(modelIssue.isEmpty(), qPrintable(modelIssue));
        QVERIFY2(settingsIssue.isEmpty(), qPrintable(settingsIssue));
    }();
    if (!modelIssue.isEmpty() || !settingsIssue.isEmpty())
        return {};
    ExperimentResult r = core::simulation::runExperiment(model, settings);
    [&] {
        QVERIFY(!r.cancelled);
        QVERIFY(!r.timedOut);
        QCOMPARE(r.replications, settings.replications);
        QCOMPARE(r.simulatedS, settings.durationS);
        QCOMPARE(r.warmupS, settings.warmupS);
        QVERIFY(r.events > 0);
        checkEstimate("throughput per hour", r.throughputPerHour);
        checkEstimate("output units", r.outputUnits);
        checkEstimate("WIP mean", r.wipMean);
        checkEstimate("lead time mean", r.leadTimeMeanS);
        // Throughput is defined as parts out after the warm-up per simulated hour.
        QVERIFY(std::abs(r.throughputPerHour.mean - r.outputUnits.mean / settings.durationS * 3600.0) <=
                1e-9 * std::max(1.0, r.throughputPerHour.mean));
        checkStations(model, r);
        checkBuffers(model, r);
        checkLittle(r, settings);
    }();
    return r;
}

void checkLittle(const ExperimentResult &r, const ExperimentSettings &settings)
{
    const double lambdaPerS = r.throughputPerHour.mean / 3600.0;
    const double w = r.leadTimeMeanS.mean;
    const double l = r.wipMean.mean;
    QVERIFY2(lambdaPerS > 0.0 && l > 0.0, "Little's law needs parts that left the line");
    const double tolerance = 10.0 * w / settings.durationS + 0.005;
    const double relError = std::abs(l - lambdaPerS * w) / l;
    QVERIFY2(relError <= tolerance,
             qPrintable(QStringLiteral("Little's law: WIP %1 but throughput %2/s x lead time %3 s = %4 "
                                       "(relative error %5 > %6)")
                            .arg(l)
                            .arg(lambdaPerS)
                            .arg(w)
                            .arg(lambdaPerS * w)
                            .arg(relError)
                            .arg(tolerance)));
}

void expectNear(const char *what, const Estimate &e, double truth, double maxRelHalfWidth, double absSlack)
{
    report(what, e.mean, truth);
    const double half = 0.5 * (e.high - e.low);
    QVERIFY2(half <= maxRelHalfWidth * std::abs(truth) + absSlack,
             qPrintable(QStringLiteral("%1: CI half-width %2 too wide for the check (allowed %3)")
                            .arg(QString::fromLatin1(what))
                            .arg(half)
                            .arg(maxRelHalfWidth * std::abs(truth))));
    QVERIFY2(std::abs(e.mean - truth) <= 2.0 * half + absSlack,
             qPrintable(QStringLiteral("%1: %2, CI [%3, %4], but theory says %5")
                            .arg(QString::fromLatin1(what))
                            .arg(e.mean, 0, 'g', 10)
                            .arg(e.low, 0, 'g', 10)
                            .arg(e.high, 0, 'g', 10)
                            .arg(truth, 0, 'g', 10)));
}

void expectWithin(const char *what, double measured, double truth, double tolerance)
{
    report(what, measured, truth);
    QVERIFY2(std::abs(measured - truth) <= tolerance,
             qPrintable(QStringLiteral("%1: %2, but theory says %3 (tolerance %4)")
                            .arg(QString::fromLatin1(what))
                            .arg(measured, 0, 'g', 10)
                            .arg(truth, 0, 'g', 10)
                            .arg(tolerance)));
}

void report(const char *what, double measured, double truth)
{
    qInfo("%s: measured %.6g, theory %.6g (%+.3f %%)", what, measured, truth,
          truth != 0.0 ? 100.0 * (measured - truth) / truth : 0.0);
}

} // namespace taktflow::proofs
