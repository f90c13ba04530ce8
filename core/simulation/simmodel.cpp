// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/simulation/simmodel.h"

#include "core/simulation/distribution.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace taktflow::core::simulation {

namespace {

class TextSimModel
{
    Q_DECLARE_TR_FUNCTIONS(taktflow::core::simulation::SimModel)
};

QString failureProblem(const FailureSpec &failure)
{
    switch (failure.mode) {
    case FailureSpec::Mode::None:
        return {};
    case FailureSpec::Mode::OperatingTime:
        if (const QString p = distributionProblem(failure.timeBetweenFailures); !p.isEmpty())
            return TextSimModel::tr("time between failures: %1").arg(p);
        if (distributionMeanS(failure.timeBetweenFailures) <= 0.0)
            return TextSimModel::tr("the mean time between failures must be above 0 s");
        break;
    case FailureSpec::Mode::Operations:
        if (failure.operationsBetweenFailures < 1)
            return TextSimModel::tr("failures after a number of operations need at least 1 operation");
        break;
    }
    if (const QString p = distributionProblem(failure.repair); !p.isEmpty())
        return TextSimModel::tr("time to repair: %1").arg(p);
    return {};
}

} // namespace

QString modelProblem(const SimModel &model)
{
    const auto models = static_cast<qsizetype>(model.modelNames.size());
    if (models < 1)
        return TextSimModel::tr("the line makes no product model");
    if (model.stations.empty())
        return TextSimModel::tr("the line has no stations");
    // The kernel numbers servers and vehicles in 21 bits of an event; far beyond any real line.
    long long servers = 0;
    for (const SimStation &station : model.stations) {
        if (station.servers < 1)
            return TextSimModel::tr("station %1 needs at least 1 server").arg(station.name);
        servers += station.servers;
        if (servers > kMaxServers)
            return TextSimModel::tr("the line has more than %1 servers in all").arg(kMaxServers);
        if (static_cast<qsizetype>(station.taskTimesByModel.size()) != models)
            return TextSimModel::tr("station %1 needs one process time per model").arg(station.name);
        for (const std::vector<TimeDistribution> &times : station.taskTimesByModel) {
            for (const TimeDistribution &time : times) {
                if (const QString p = distributionProblem(time); !p.isEmpty())
                    return TextSimModel::tr("station %1: %2").arg(station.name, p);
            }
        }
        if (const QString p = failureProblem(station.failure); !p.isEmpty())
            return TextSimModel::tr("station %1: %2").arg(station.name, p);
        if (station.setup) {
            if (const QString p = distributionProblem(*station.setup); !p.isEmpty())
                return TextSimModel::tr("station %1, setup: %2").arg(station.name, p);
        }
    }
    const std::size_t gaps = model.stations.size() - 1;
    if (model.buffers.size() != gaps)
        return TextSimModel::tr("the line needs one buffer per gap between stations (%1)").arg(gaps);
    for (const std::optional<int> &capacity : model.buffers) {
        if (capacity && *capacity < 0)
            return TextSimModel::tr("a buffer capacity cannot be negative");
    }
    if (!model.legs.empty() && model.legs.size() != gaps)
        return TextSimModel::tr("the line needs no transport legs or one per gap (%1)").arg(gaps);
    for (const SimTransportLeg &leg : model.legs) {
        if (leg.transporter >= static_cast<int>(model.transporters.size()))
            return TextSimModel::tr("a transport leg names a transporter that does not exist");
        if (!std::isfinite(leg.distanceM) || leg.distanceM < 0.0)
            return TextSimModel::tr("a transport distance must be a finite number of metres, at least 0");
    }
    if (!model.stationDistanceM.empty()) {
        if (model.stationDistanceM.size() != model.stations.size())
            return TextSimModel::tr("the station distances need one row per station");
        for (const std::vector<double> &row : model.stationDistanceM) {
            if (row.size() != model.stations.size())
                return TextSimModel::tr("the station distances need one column per station");
            for (double d : row) {
                if (!std::isfinite(d) || d < 0.0)
                    return TextSimModel::tr("a station distance must be a finite number of metres, at least 0");
            }
        }
    }
    long long vehicles = 0;
    for (const SimTransporter &t : model.transporters) {
        vehicles += t.count;
        if (vehicles > kMaxServers)
            return TextSimModel::tr("the transport has more than %1 vehicles in all").arg(kMaxServers);
        if (t.count < 1 || t.capacityUnits < 1 || !std::isfinite(t.speedMps) || t.speedMps <= 0.0)
            return TextSimModel::tr("transporter %1 needs at least 1 vehicle, 1 part per trip and a speed above 0").arg(t.name);
    }
    switch (model.source.kind) {
    case SourceSpec::Kind::Saturated:
        // A station that takes no time, fed without end, would fill an unlimited buffer behind
        // it at one instant: the run would never advance.
        for (std::size_t i = 0; i < model.stations.size(); ++i) {
            double meanS = 0.0;
            for (const std::vector<TimeDistribution> &times : model.stations[i].taskTimesByModel) {
                for (const TimeDistribution &t : times)
                    meanS = std::max(meanS, distributionMeanS(t));
            }
            if (meanS > 0.0)
                break;
            if (i + 1 == model.stations.size())
                return TextSimModel::tr("a saturated line needs a station that takes time (a mean above 0 s)");
            if (!model.buffers[i])
                return TextSimModel::tr("station %1 takes no time and the saturated source would fill the unlimited buffer after it without end").arg(model.stations[i].name);
        }
        break;
    case SourceSpec::Kind::AtTakt:
        if (!std::isfinite(model.source.taktS) || model.source.taktS <= 0.0)
            return TextSimModel::tr("release at takt needs a takt time above 0 s");
        break;
    case SourceSpec::Kind::Interarrival:
        if (const QString p = distributionProblem(model.source.interarrival); !p.isEmpty())
            return TextSimModel::tr("inter-arrival time: %1").arg(p);
        if (distributionMeanS(model.source.interarrival) <= 0.0)
            return TextSimModel::tr("the mean inter-arrival time must be above 0 s");
        break;
    }
    for (int m : model.source.modelSequence) {
        if (m < 0 || m >= models)
            return TextSimModel::tr("the release sequence names a model that does not exist");
    }
    if (model.source.randomMix && static_cast<qsizetype>(model.source.modelShares.size()) != models)
        return TextSimModel::tr("a random model mix needs one share per model");
    if (model.calendar) {
        const SimCalendar &c = *model.calendar;
        if (!std::isfinite(c.periodS) || c.periodS <= 0.0)
            return TextSimModel::tr("the shift calendar needs a period above 0 s");
        double previousEnd = 0.0;
        double paused = 0.0;
        for (const auto &[start, end] : c.pausesS) {
            if (!(start >= previousEnd && end > start && end <= c.periodS))
                return TextSimModel::tr("the calendar's pauses must be sorted, disjoint and inside the period");
            previousEnd = end;
            paused += end - start;
        }
        if (paused >= c.periodS)
            return TextSimModel::tr("the shift calendar leaves no working time");
    }
    return {};
}

} // namespace taktflow::core::simulation
