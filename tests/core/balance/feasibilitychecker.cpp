// SPDX-License-Identifier: GPL-3.0-or-later
#include "feasibilitychecker.h"

#include <algorithm>
#include <vector>

namespace taktflow::tests {

using core::Ticks;

QString checkFeasible(const core::BalanceProblem &problem, const core::BalanceResult &result, Ticks cycle)
{
    const int n = int(problem.taskTimes.size());
    std::vector<int> stationOf(std::size_t(n), -1);
    std::vector<int> positionOf(std::size_t(n), -1);
    int position = 0;
    int replicaSum = 0;
    for (std::size_t s = 0; s < result.stations.size(); ++s) {
        const core::BalancedStation &station = result.stations[s];
        if (station.replicas < 1)
            return QStringLiteral("station %1 has %2 replicas").arg(s + 1).arg(station.replicas);
        Ticks load = 0;
        for (const int t : station.tasks) {
            if (t < 0 || t >= n)
                return QStringLiteral("station %1 holds unknown task %2").arg(s + 1).arg(t);
            if (stationOf[std::size_t(t)] >= 0)
                return QStringLiteral("task %1 is assigned twice").arg(t + 1);
            stationOf[std::size_t(t)] = int(s);
            positionOf[std::size_t(t)] = position;
            Ticks time = problem.taskTimes[std::size_t(t)];
            if (!problem.stationKinds.isEmpty()) {
                if (station.kind < 0 || station.kind >= problem.stationKinds.size())
                    return QStringLiteral("station %1 has unknown kind %2").arg(s + 1).arg(station.kind);
                time = problem.kindTimes[std::size_t(t)][std::size_t(station.kind)];
                if (time < 0)
                    return QStringLiteral("task %1 is not allowed at station %2 (kind %3)")
                        .arg(t + 1)
                        .arg(s + 1)
                        .arg(station.kind);
            }
            load += time;
        }
        if (load > Ticks(station.replicas) * cycle)
            return QStringLiteral("station %1 load %2 exceeds %3 x cycle %4")
                .arg(s + 1)
                .arg(load)
                .arg(station.replicas)
                .arg(cycle);
        if (station.replicas > 1 && station.tasks.size() != 1)
            return QStringLiteral("replicated station %1 holds %2 tasks").arg(s + 1).arg(station.tasks.size());
        if (load != station.load)
            return QStringLiteral("station %1 reports load %2, actual %3").arg(s + 1).arg(station.load).arg(load);
        position += station.replicas;
        replicaSum += station.replicas;
    }
    for (int t = 0; t < n; ++t)
        if (stationOf[std::size_t(t)] < 0)
            return QStringLiteral("task %1 is not assigned").arg(t + 1);
    if (replicaSum != result.stationCount)
        return QStringLiteral("stationCount %1 but stations add up to %2").arg(result.stationCount).arg(replicaSum);
    for (const auto &[a, b] : problem.precedences) {
        const int sa = stationOf[std::size_t(a)];
        const int sb = stationOf[std::size_t(b)];
        if (sa > sb)
            return QStringLiteral("task %1 precedes task %2 but is at a later station").arg(a + 1).arg(b + 1);
        if (sa == sb) {
            // Within a station the listed order must respect precedence too.
            const auto &tasks = result.stations[std::size_t(sa)].tasks;
            const auto ia = std::find(tasks.begin(), tasks.end(), a);
            const auto ib = std::find(tasks.begin(), tasks.end(), b);
            if (ia > ib)
                return QStringLiteral("task %1 is listed after its follower %2").arg(a + 1).arg(b + 1);
        }
    }
    for (const auto &group : problem.togetherGroups)
        for (const int t : group)
            if (stationOf[std::size_t(t)] != stationOf[std::size_t(group.front())])
                return QStringLiteral("tasks %1 and %2 must share a station").arg(group.front() + 1).arg(t + 1);
    for (const auto &[a, b] : problem.apartPairs)
        if (stationOf[std::size_t(a)] == stationOf[std::size_t(b)])
            return QStringLiteral("tasks %1 and %2 must not share a station").arg(a + 1).arg(b + 1);
    for (std::size_t t = 0; t < problem.fixedStation.size(); ++t)
        if (problem.fixedStation[t] >= 0 && positionOf[t] != problem.fixedStation[t])
            return QStringLiteral("task %1 is fixed to station %2 but is at %3")
                .arg(t + 1)
                .arg(problem.fixedStation[t] + 1)
                .arg(positionOf[t] + 1);
    return {};
}

} // namespace taktflow::tests
