// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/simulateoutput.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace taktflow::app::cli {

namespace sim = core::simulation;

namespace {

// Called as SimulateOutputTr::tr() by name: lupdate does not follow type aliases to the context.
class SimulateOutputTr
{
    Q_DECLARE_TR_FUNCTIONS(SimulateCommand)
};

/** JSON has no NaN or infinity; a figure that could not be computed is null. */
QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonArray interval(const sim::Estimate &e)
{
    return {number(e.low), number(e.high)};
}

QJsonObject estimate(const sim::Estimate &e)
{
    return {{QStringLiteral("mean"), number(e.mean)}, {QStringLiteral("ci95"), interval(e)}};
}

QJsonValue capacity(int value)
{
    return value < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonArray capacitiesPerGap(const std::vector<int> &capacities)
{
    QJsonArray gaps;
    for (const std::optional<int> &c : sizedBuffers(capacities))
        gaps.append(c ? QJsonValue(*c) : QJsonValue(QJsonValue::Null));
    return gaps;
}

QJsonObject candidateToJson(const sim::BufferCandidate &c)
{
    return {
        {QStringLiteral("capacities"), capacitiesPerGap(c.capacities)},
        {QStringLiteral("total"), c.total},
        {QStringLiteral("throughput_per_hour"), estimate(c.throughputPerHour)},
    };
}

QJsonObject runKeys(const SimulationRun &run)
{
    QJsonObject o{
        {QStringLiteral("warmup_s"), number(run.settings.warmupS)},
        // A string: a 64-bit seed does not fit a JSON number exactly.
        {QStringLiteral("seed"), QString::number(run.settings.seed)},
    };
    if (run.model.demandPerHour > 0.0)
        o.insert(QStringLiteral("demand_per_hour"), run.model.demandPerHour);
    return o;
}

QString share(double value)
{
    return QString::number(100.0 * value, 'f', 1);
}

} // namespace

std::vector<std::optional<int>> sizedBuffers(const std::vector<int> &capacities)
{
    std::vector<std::optional<int>> gaps;
    for (int c : capacities)
        gaps.push_back(c < 0 ? std::nullopt : std::optional(c));
    return gaps;
}

QJsonObject experimentToJson(const SimulationRun &run, const sim::ExperimentResult &r)
{
    QJsonArray stations;
    for (const sim::StationStates &s : r.stations) {
        stations.append(QJsonObject{
            {QStringLiteral("name"), s.name},
            {QStringLiteral("working"), number(s.working)},
            {QStringLiteral("starved"), number(s.starved)},
            {QStringLiteral("blocked"), number(s.blocked)},
            {QStringLiteral("failed"), number(s.failed)},
            {QStringLiteral("setup"), number(s.setup)},
            {QStringLiteral("paused"), number(s.paused)},
            {QStringLiteral("bottleneck_share"), number(s.bottleneckShare)},
        });
    }
    QJsonArray buffers;
    for (const sim::BufferStats &b : r.buffers) {
        buffers.append(QJsonObject{
            {QStringLiteral("name"), b.name},
            {QStringLiteral("capacity"), capacity(b.capacity)},
            {QStringLiteral("mean_content"), number(b.meanContent)},
            {QStringLiteral("max_content"), b.maxContent},
        });
    }
    QJsonArray transporters;
    for (const sim::TransporterStats &t : r.transporters) {
        transporters.append(QJsonObject{
            {QStringLiteral("name"), t.name},
            {QStringLiteral("utilisation"), number(t.utilisation)},
            {QStringLiteral("empty_travel_share"), number(t.emptyTravelShare)},
            {QStringLiteral("empty_travel_m"), number(t.emptyTravelM)},
            {QStringLiteral("loaded_travel_m"), number(t.loadedTravelM)},
            {QStringLiteral("trips"), number(t.trips)},
        });
    }
    QJsonObject o = runKeys(run);
    o.insert(QStringLiteral("throughput_per_hour"), estimate(r.throughputPerHour));
    o.insert(QStringLiteral("output_units"), estimate(r.outputUnits));
    o.insert(QStringLiteral("wip_mean"), number(r.wipMean.mean));
    o.insert(QStringLiteral("wip_ci95"), interval(r.wipMean));
    o.insert(QStringLiteral("lead_time_s"), QJsonObject{{QStringLiteral("mean"), number(r.leadTimeMeanS.mean)},
                                                        {QStringLiteral("ci95"), interval(r.leadTimeMeanS)},
                                                        {QStringLiteral("p95"), number(r.leadTimeP95S)}});
    o.insert(QStringLiteral("stations"), stations);
    o.insert(QStringLiteral("buffers"), buffers);
    o.insert(QStringLiteral("transporters"), transporters);
    o.insert(QStringLiteral("bottleneck"),
             r.bottleneck < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(r.bottleneckName));
    o.insert(QStringLiteral("replications"), r.replications);
    o.insert(QStringLiteral("simulated_s"), number(r.simulatedS));
    o.insert(QStringLiteral("events"), qint64(r.events));
    o.insert(QStringLiteral("seconds"), number(r.wallSeconds));
    if (run.model.demandPerHour > 0.0)
        o.insert(QStringLiteral("makes_demand"), r.throughputPerHour.mean >= run.model.demandPerHour);
    return o;
}

void printExperimentText(QTextStream &out, const SimulationRun &run, const sim::ExperimentResult &r)
{
    const auto fixed = [](double v, int decimals) { return QString::number(v, 'f', decimals); };
    out << SimulateOutputTr::tr("%n replication(s) of %1 s after a warm-up of %2 s, seed %3", nullptr, r.replications)
               .arg(fixed(r.simulatedS, 0), fixed(run.settings.warmupS, 0), QString::number(run.settings.seed))
        << '\n'
        << SimulateOutputTr::tr("Throughput: %1 per hour (95 % CI %2 to %3)")
               .arg(fixed(r.throughputPerHour.mean, 2), fixed(r.throughputPerHour.low, 2),
                    fixed(r.throughputPerHour.high, 2))
        << '\n'
        << SimulateOutputTr::tr("Output: %1 units per replication").arg(fixed(r.outputUnits.mean, 1)) << '\n'
        << SimulateOutputTr::tr("WIP: %1 parts on average").arg(fixed(r.wipMean.mean, 2)) << '\n'
        << SimulateOutputTr::tr("Lead time: mean %1 s, 95th percentile %2 s")
               .arg(fixed(r.leadTimeMeanS.mean, 1), fixed(r.leadTimeP95S, 1))
        << '\n';
    if (run.model.demandPerHour > 0.0) {
        out << (r.throughputPerHour.mean >= run.model.demandPerHour
                    ? SimulateOutputTr::tr("Demand: %1 per hour, met on average")
                    : SimulateOutputTr::tr("Demand: %1 per hour, NOT met on average"))
                   .arg(fixed(run.model.demandPerHour, 2))
            << '\n';
    }
    out << SimulateOutputTr::tr("Bottleneck: %1")
               .arg(r.bottleneck < 0 ? SimulateOutputTr::tr("none") : r.bottleneckName)
        << '\n'
        << '\n';

    int nameWidth = 8;
    for (const sim::StationStates &s : r.stations)
        nameWidth = std::max(nameWidth, int(s.name.size()));
    const QStringList headers{SimulateOutputTr::tr("working %"),   SimulateOutputTr::tr("starved %"),
                              SimulateOutputTr::tr("blocked %"),   SimulateOutputTr::tr("failed %"),
                              SimulateOutputTr::tr("setup %"),     SimulateOutputTr::tr("paused %"),
                              SimulateOutputTr::tr("bottleneck %")};
    out << SimulateOutputTr::tr("Station").leftJustified(nameWidth);
    for (const QString &h : headers)
        out << ' ' << h.rightJustified(12);
    out << '\n';
    for (const sim::StationStates &s : r.stations) {
        out << s.name.leftJustified(nameWidth);
        for (double v : {s.working, s.starved, s.blocked, s.failed, s.setup, s.paused, s.bottleneckShare})
            out << ' ' << share(v).rightJustified(12);
        out << '\n';
    }
    if (!r.buffers.empty()) {
        out << '\n';
        for (const sim::BufferStats &b : r.buffers) {
            out << SimulateOutputTr::tr("Buffer %1: capacity %2, mean content %3, max %4")
                       .arg(b.name, b.capacity < 0 ? SimulateOutputTr::tr("unlimited") : QString::number(b.capacity),
                            fixed(b.meanContent, 2))
                       .arg(b.maxContent)
                << '\n';
        }
    }
    for (const sim::TransporterStats &t : r.transporters) {
        out << SimulateOutputTr::tr("Transporter %1: utilisation %2 %, empty travel %3 %")
                   .arg(t.name, share(t.utilisation), share(t.emptyTravelShare))
            << '\n';
    }
    out << '\n'
        << SimulateOutputTr::tr("%1 events in %2 s wall time").arg(QString::number(r.events), fixed(r.wallSeconds, 3))
        << '\n';
}

QJsonObject sizingToJson(const SimulationRun &run, const sim::BufferSizingGoal &goal, const sim::BufferSizingResult &r,
                         double seconds)
{
    QJsonObject goalJson{{QStringLiteral("max_total"), goal.maxTotal}};
    if (goal.targetPerHour)
        goalJson.insert(QStringLiteral("target_per_hour"), *goal.targetPerHour);
    if (goal.totalCapacity)
        goalJson.insert(QStringLiteral("total_capacity"), *goal.totalCapacity);
    QJsonArray curve;
    for (const sim::BufferCandidate &c : r.curve)
        curve.append(candidateToJson(c));
    QJsonObject o = runKeys(run);
    o.insert(QStringLiteral("goal"), goalJson);
    o.insert(QStringLiteral("found"), r.found);
    if (r.found) {
        o.insert(QStringLiteral("capacities"), capacitiesPerGap(r.best.capacities));
        o.insert(QStringLiteral("total"), r.best.total);
        o.insert(QStringLiteral("throughput_per_hour"), estimate(r.best.throughputPerHour));
    } else {
        o.insert(QStringLiteral("capacities"), QJsonValue::Null);
        o.insert(QStringLiteral("total"), QJsonValue::Null);
        o.insert(QStringLiteral("throughput_per_hour"), QJsonValue::Null);
    }
    if (r.found && goal.targetPerHour) {
        // The chosen allocation run again with independent seeds: the search's own figure is
        // the best of many tries on the same random numbers and so a little optimistic.
        o.insert(QStringLiteral("confirmed"), r.confirmed);
        o.insert(QStringLiteral("confirmed_throughput_per_hour"), estimate(r.confirmedThroughputPerHour));
    }
    if (!r.message.isEmpty())
        o.insert(QStringLiteral("message"), r.message);
    o.insert(QStringLiteral("curve"), curve);
    o.insert(QStringLiteral("evaluations"), r.evaluations);
    o.insert(QStringLiteral("replications"), run.settings.replications);
    o.insert(QStringLiteral("simulated_s"), number(run.settings.durationS));
    o.insert(QStringLiteral("seconds"), number(seconds));
    return o;
}

} // namespace taktflow::app::cli
