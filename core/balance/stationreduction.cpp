// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/stationreduction.h"

#include "core/balance/engine/cyclesmoother.h"
#include "core/balance/salbp2.h"

namespace taktflow::core::detail {

FewerStationsAnswer reduceStations(const BalanceProblem &problem, const PreparedProblem &prepared, Ticks cycle,
                                int stations, double timeLimitS, std::stop_token stop)
{
    // The SALBP-2 run stops on its own source: when the caller stops, or when it has answered.
    std::stop_source finished;
    const std::stop_callback forward(stop, [&finished] { finished.request_stop(); });
    BalanceOptions options;
    options.timeLimitS = timeLimitS;
    options.stopToken = finished.get_token();
    options.threads = 1;
    // Either answer ends the run: a line that fits, or a proven bound above the cycle.
    options.progress = [&finished, cycle](const BalanceProgress &p) {
        if ((p.upperBound > 0 && p.upperBound <= cycle) || p.lowerBound > cycle)
            finished.request_stop();
    };
    const BalanceResult result = solveSalbp2(problem, stations, options);

    FewerStationsAnswer reduction;
    if (!result.hasSolution())
        return reduction;
    if (result.cycleTime > cycle) {
        // A proven cycle bound above the cycle: these stations cannot hold the line.
        reduction.refuted = result.lowerBound > cycle;
        return reduction;
    }
    // Back from tasks to the units of `prepared` (both preparations merge the same tasks).
    std::vector<int> unitOfTask(problem.taskTimes.size(), -1);
    for (std::size_t u = 0; u < prepared.members.size(); ++u)
        for (const int t : prepared.members[u])
            unitOfTask[std::size_t(t)] = int(u);
    std::vector<int> stationOf(std::size_t(prepared.unitCount), -1);
    for (std::size_t s = 0; s < result.stations.size(); ++s)
        for (const int t : result.stations[s].tasks)
            stationOf[std::size_t(unitOfTask[std::size_t(t)])] = int(s);
    reduction.line = stationsFromAssignment(prepared, stationOf, int(result.stations.size()));
    return reduction;
}

} // namespace taktflow::core::detail
