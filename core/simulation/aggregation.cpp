// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/simulation/aggregation.h"

#include "core/simulation/statistics.h"

#include <algorithm>

namespace taktflow::core::simulation {

namespace {

template<typename Field>
Estimate estimateOfField(const std::vector<ReplicationResult> &reps, Field field)
{
    std::vector<double> values;
    values.reserve(reps.size());
    for (const ReplicationResult &r : reps)
        values.push_back(r.*field);
    return estimateOf(values);
}

} // namespace

ExperimentResult aggregateReplications(const std::vector<ReplicationResult> &reps)
{
    ExperimentResult out;
    out.replications = static_cast<int>(reps.size());
    if (reps.empty())
        return out;
    const double n = static_cast<double>(reps.size());
    out.throughputPerHour = estimateOfField(reps, &ReplicationResult::throughputPerHour);
    out.outputUnits = estimateOfField(reps, &ReplicationResult::outputUnits);
    out.wipMean = estimateOfField(reps, &ReplicationResult::wipMean);
    out.leadTimeMeanS = estimateOfField(reps, &ReplicationResult::leadTimeMeanS);

    const ReplicationResult &first = reps.front();
    out.stations = first.stations;
    out.buffers = first.buffers;
    out.transporters = first.transporters;
    out.series = first.series;
    for (StationStates &s : out.stations)
        s.working = s.starved = s.blocked = s.failed = s.setup = s.paused = s.bottleneckShare
            = s.soleBottleneckShare = s.shiftingBottleneckShare = 0.0;
    for (BufferStats &b : out.buffers) {
        b.meanContent = 0.0;
        b.maxContent = 0;
    }
    for (TransporterStats &t : out.transporters)
        t.utilisation = t.emptyTravelShare = t.emptyTravelM = t.loadedTravelM = t.trips = 0.0;

    for (const ReplicationResult &r : reps) {
        out.leadTimeP95S += r.leadTimeP95S / n;
        out.events += r.events;
        out.operations += r.operations;
        for (std::size_t i = 0; i < out.stations.size(); ++i) {
            StationStates &a = out.stations[i];
            const StationStates &b = r.stations[i];
            a.working += b.working / n;
            a.starved += b.starved / n;
            a.blocked += b.blocked / n;
            a.failed += b.failed / n;
            a.setup += b.setup / n;
            a.paused += b.paused / n;
            a.bottleneckShare += b.bottleneckShare / n;
            a.soleBottleneckShare += b.soleBottleneckShare / n;
            a.shiftingBottleneckShare += b.shiftingBottleneckShare / n;
        }
        for (std::size_t i = 0; i < out.buffers.size(); ++i) {
            out.buffers[i].meanContent += r.buffers[i].meanContent / n;
            out.buffers[i].maxContent = std::max(out.buffers[i].maxContent, r.buffers[i].maxContent);
        }
        for (std::size_t i = 0; i < out.transporters.size(); ++i) {
            TransporterStats &a = out.transporters[i];
            const TransporterStats &b = r.transporters[i];
            a.utilisation += b.utilisation / n;
            a.emptyTravelShare += b.emptyTravelShare / n;
            a.emptyTravelM += b.emptyTravelM / n;
            a.loadedTravelM += b.loadedTravelM / n;
            a.trips += b.trips / n;
        }
    }
    double best = 0.0;
    for (std::size_t i = 0; i < out.stations.size(); ++i) {
        if (out.stations[i].bottleneckShare > best) {
            best = out.stations[i].bottleneckShare;
            out.bottleneck = static_cast<int>(i);
            out.bottleneckName = out.stations[i].name;
        }
    }
    return out;
}

} // namespace taktflow::core::simulation
