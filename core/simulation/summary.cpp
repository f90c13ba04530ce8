// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/simulation/summary.h"

namespace taktflow::core::simulation {

SimulationSummary summarize(const ExperimentResult &result, const SimulationParameters &parameters,
                            const QString &fingerprint, const QDateTime &ranAtUtc)
{
    SimulationSummary s;
    s.parameters = parameters;
    s.inputFingerprint = fingerprint;
    s.ranAtUtc = ranAtUtc.toUTC().toString(Qt::ISODate);
    s.replications = result.replications;
    s.simulatedS = result.simulatedS;
    s.throughputPerHourMean = result.throughputPerHour.mean;
    s.throughputPerHourLow = result.throughputPerHour.low;
    s.throughputPerHourHigh = result.throughputPerHour.high;
    s.outputUnitsMean = result.outputUnits.mean;
    s.wipMean = result.wipMean.mean;
    s.leadTimeMeanS = result.leadTimeMeanS.mean;
    s.leadTimeP95S = result.leadTimeP95S;
    s.bottleneck = result.bottleneckName;
    for (const StationStates &st : result.stations) {
        s.stations.push_back(
            {st.name, st.working, st.starved, st.blocked, st.failed, st.setup, st.paused, st.bottleneckShare});
    }
    return s;
}

} // namespace taktflow::core::simulation
