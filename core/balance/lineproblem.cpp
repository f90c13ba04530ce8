// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/lineproblem.h"

#include "core/balance/mixedmodel.h"

#include <QCoreApplication>
#include <QHash>

namespace taktflow::core {

namespace {

LineProblemResult failure(const ProductionLine &line, const QString &problem)
{
    LineProblemResult result;
    result.errorMessage = QCoreApplication::translate("Balance", "line \"%1\": %2").arg(line.name, problem);
    return result;
}

} // namespace

LineProblemResult lineProblemFromLine(const ProductionLine &line)
{
    LineProblem lp;
    BalanceProblem &p = lp.problem;
    QHash<QString, int> indexOf;
    for (std::size_t i = 0; i < line.tasks.size(); ++i) {
        const Task &task = line.tasks[i];
        if (indexOf.contains(task.id))
            return failure(line, QCoreApplication::translate("Balance", "task id \"%1\" is used twice").arg(task.id));
        indexOf.insert(task.id, int(i));
        lp.taskIds << task.id;
        p.taskLabels << (task.name.isEmpty() ? task.id : task.name);
        if (!task.requiredResource.isEmpty() && !lp.kindResources.contains(task.requiredResource))
            lp.kindResources << task.requiredResource;
    }
    const auto lookup = [&](const QString &id) { return indexOf.value(id, -1); };
    for (std::size_t i = 0; i < line.tasks.size(); ++i)
        for (const QString &before : line.tasks[i].predecessors) {
            const int b = lookup(before);
            if (b < 0)
                return failure(line,
                               QCoreApplication::translate("Balance", "task \"%1\" follows the unknown task \"%2\"")
                                   .arg(line.tasks[i].id, before));
            p.precedences.emplace_back(b, int(i));
        }

    // Mixed-model lines are balanced on the demand-weighted time of every task.
    std::vector<Ticks> baseTimes;
    for (const Task &task : line.tasks)
        baseTimes.push_back(toTicks(task.timeS));
    if (!line.models.empty()) {
        for (const LineModel &model : line.models) {
            lp.modelIds << model.id;
            lp.demandShares.push_back(model.demandShare);
            std::vector<Ticks> times;
            for (const Task &task : line.tasks) {
                const auto it = task.modelTimesS.find(model.id);
                times.push_back(toTicks(it == task.modelTimesS.end() ? task.timeS : it->second));
            }
            lp.modelTimes.push_back(std::move(times));
        }
        baseTimes = demandWeightedTimes(lp.modelTimes, lp.demandShares);
    }
    p.taskTimes = baseTimes;

    if (!lp.kindResources.isEmpty()) {
        lp.kindResources.prepend(QString());
        p.stationKinds << QCoreApplication::translate("Balance", "manual");
        for (qsizetype k = 1; k < lp.kindResources.size(); ++k)
            p.stationKinds << lp.kindResources[k];
        for (std::size_t i = 0; i < line.tasks.size(); ++i) {
            const Task &task = line.tasks[i];
            const bool hasAutomatedTime = task.automated && task.automatedTimeS >= 0.0;
            // Mixed-model weighting applies to the manual time; an automated time is per unit.
            const Ticks automatedTime = hasAutomatedTime ? toTicks(task.automatedTimeS) : baseTimes[i];
            std::vector<Ticks> row;
            for (qsizetype k = 0; k < lp.kindResources.size(); ++k) {
                const QString &resource = lp.kindResources[k];
                if (task.requiredResource.isEmpty())
                    row.push_back(k == 0 ? baseTimes[i] : (hasAutomatedTime ? automatedTime : kNotAllowed));
                else
                    row.push_back(resource == task.requiredResource ? automatedTime : kNotAllowed);
            }
            p.kindTimes.push_back(std::move(row));
        }
    }

    for (const ZoningRule &rule : line.zoning) {
        const int a = lookup(rule.taskA);
        const int b = lookup(rule.taskB);
        if (a < 0 || b < 0)
            return failure(line, QCoreApplication::translate("Balance", "a zoning rule names the unknown task \"%1\"")
                                     .arg(a < 0 ? rule.taskA : rule.taskB));
        if (rule.together)
            p.togetherGroups.push_back({a, b});
        else
            p.apartPairs.emplace_back(a, b);
    }
    bool anyFixed = false;
    for (const Task &task : line.tasks)
        anyFixed = anyFixed || task.fixedStation > 0;
    if (anyFixed)
        for (const Task &task : line.tasks)
            p.fixedStation.push_back(task.fixedStation > 0 ? task.fixedStation - 1 : -1);
    p.allowParallelStations = line.allowParallelStations;

    LineProblemResult result;
    result.lineProblem = std::move(lp);
    return result;
}

std::vector<Station> stationsFromResult(const LineProblem &lineProblem, const BalanceResult &result)
{
    std::vector<Station> stations;
    for (const BalancedStation &s : result.stations) {
        Station station;
        if (s.kind >= 0 && s.kind < lineProblem.kindResources.size())
            station.resource = lineProblem.kindResources[s.kind];
        station.replicas = s.replicas;
        for (const int t : s.tasks)
            station.taskIds << lineProblem.taskIds[t];
        stations.push_back(std::move(station));
    }
    return stations;
}

} // namespace taktflow::core
