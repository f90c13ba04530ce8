// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/automation/salbpbalance.h"

#include "core/balance/salbp1.h"

#include <QHash>

namespace taktflow::core {

std::vector<Station> salbpBalance(const ProductionLine &line, double cycleTimeS, double timeLimitS,
                                  std::stop_token stopToken)
{
    BalanceProblem problem;
    QHash<QString, int> index;
    for (std::size_t i = 0; i < line.tasks.size(); ++i) {
        index.insert(line.tasks[i].id, int(i));
        problem.taskTimes.push_back(toTicks(line.tasks[i].timeS));
        problem.taskLabels << line.tasks[i].id;
    }
    for (std::size_t i = 0; i < line.tasks.size(); ++i) {
        for (const auto &p : line.tasks[i].predecessors) {
            const int before = index.value(p, -1);
            if (before >= 0)
                problem.precedences.emplace_back(before, int(i));
        }
    }
    for (const auto &rule : line.zoning) {
        const int a = index.value(rule.taskA, -1), b = index.value(rule.taskB, -1);
        if (a < 0 || b < 0)
            continue;
        if (rule.together)
            problem.togetherGroups.push_back({a, b});
        else
            problem.apartPairs.emplace_back(a, b);
    }
    bool anyFixed = false;
    std::vector<int> fixed(line.tasks.size(), -1);
    for (std::size_t i = 0; i < line.tasks.size(); ++i) {
        if (line.tasks[i].fixedStation > 0) {
            fixed[i] = line.tasks[i].fixedStation - 1;
            anyFixed = true;
        }
    }
    if (anyFixed)
        problem.fixedStation = std::move(fixed);
    problem.allowParallelStations = line.allowParallelStations;

    BalanceOptions options;
    options.timeLimitS = timeLimitS;
    options.stopToken = std::move(stopToken);
    const BalanceResult result = solveSalbp1(problem, toTicks(cycleTimeS), options);
    if (!result.hasSolution())
        return {};
    std::vector<Station> stations;
    for (const BalancedStation &s : result.stations) {
        Station station;
        station.replicas = s.replicas;
        for (int task : s.tasks)
            station.taskIds << line.tasks[std::size_t(task)].id;
        stations.push_back(std::move(station));
    }
    return stations;
}

BalanceFunction exactBalance(double timeLimitS, std::stop_token stopToken)
{
    return [timeLimitS, stopToken](const ProductionLine &line, double cycleTimeS) {
        return salbpBalance(line, cycleTimeS, timeLimitS, stopToken);
    };
}

} // namespace taktflow::core
