// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/automation/assignmentmetrics.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace taktflow::core {

TaktInput taktInput(const ProductionLine &line)
{
    const ShiftCalendar &c = line.calendar;
    TaktInput input;
    input.shiftsPerPeriod = c.shiftsPerPeriod;
    input.shiftLengthS = c.shiftLengthS;
    input.breaksPerShiftS = c.breaksS;
    input.plannedDowntimeS = c.plannedDowntimeS;
    input.efficiency = c.efficiency;
    input.demandPerPeriod = line.demandPerPeriod;
    return input;
}

double availableTimeS(const ProductionLine &line)
{
    if (!line.useCalendar)
        return line.availableTimePerPeriodS;
    TaktInput input = taktInput(line);
    // Any positive demand: only the available time is wanted here.
    input.demandPerPeriod = 1.0;
    const TaktResult result = computeTaktTime(input);
    return result ? result.availableTimeS : 0.0;
}

double taktTimeS(const ProductionLine &line)
{
    return line.demandPerPeriod > 0.0 ? availableTimeS(line) / line.demandPerPeriod : 0.0;
}

bool runsAutomatedAt(const Task &task, const Station &station)
{
    return task.automated && !station.resource.isEmpty() && task.automatedTimeS >= 0.0;
}

double taskTimeAtS(const Task &task, const Station &station)
{
    return runsAutomatedAt(task, station) ? task.automatedTimeS : task.timeS;
}

double taskModelTimeAtS(const Task &task, const Station &station, const QString &modelId)
{
    if (runsAutomatedAt(task, station))
        return task.automatedTimeS;
    const auto it = task.modelTimesS.find(modelId);
    return it == task.modelTimesS.end() ? task.timeS : it->second;
}

namespace {

// Finds tasks by a linear search: cheaper than building a TaskLookup for a single station.
struct LinearTaskSearch {
    const ProductionLine &line;
    const Task *find(const QString &id) const
    {
        for (const auto &task : line.tasks) {
            if (task.id == id)
                return &task;
        }
        return nullptr;
    }
};

template<typename Tasks>
double stationTime(const Tasks &tasks, const Station &station)
{
    double total = 0.0;
    for (const auto &id : station.taskIds) {
        if (const Task *task = tasks.find(id))
            total += taskTimeAtS(*task, station);
    }
    return total / std::max(1, station.replicas);
}

template<typename Tasks>
bool automatedStation(const Tasks &tasks, const Station &station)
{
    if (station.taskIds.isEmpty())
        return false;
    return std::all_of(station.taskIds.cbegin(), station.taskIds.cend(), [&](const QString &id) {
        const Task *task = tasks.find(id);
        return task && task->automated;
    });
}

} // namespace

TaskLookup::TaskLookup(const ProductionLine &line)
{
    mTasks.reserve(qsizetype(line.tasks.size()));
    for (const auto &task : line.tasks)
        if (!mTasks.contains(task.id))
            mTasks.insert(task.id, &task);
}

double stationTimeS(const ProductionLine &line, const Station &station)
{
    return stationTime(LinearTaskSearch{line}, station);
}

double stationTimeS(const TaskLookup &tasks, const Station &station)
{
    return stationTime(tasks, station);
}

bool isAutomatedStation(const ProductionLine &line, const Station &station)
{
    return automatedStation(LinearTaskSearch{line}, station);
}

bool isAutomatedStation(const TaskLookup &tasks, const Station &station)
{
    return automatedStation(tasks, station);
}

AssignmentMetrics assignmentMetrics(const ProductionLine &line, const std::vector<Station> &stations)
{
    AssignmentMetrics m;
    const TaskLookup tasks(line);
    QSet<QString> assigned;
    for (const auto &station : stations) {
        const int replicas = std::max(1, station.replicas);
        const double t = stationTimeS(tasks, station);
        m.stations += replicas;
        m.stationTimesS.push_back(t);
        m.workContentS += t * replicas;
        m.cycleTimeS = std::max(m.cycleTimeS, t);
        for (const auto &id : station.taskIds)
            assigned.insert(id);
    }
    for (const auto &task : line.tasks) {
        if (!assigned.contains(task.id))
            ++m.unassignedTasks;
    }
    if (m.stations == 0 || m.cycleTimeS <= 0.0)
        return m;
    m.lineEfficiency = m.workContentS / (m.stations * m.cycleTimeS);
    m.balanceDelay = 1.0 - m.lineEfficiency;
    double squares = 0.0;
    for (std::size_t k = 0; k < stations.size(); ++k) {
        const double idle = m.cycleTimeS - m.stationTimesS[k];
        squares += idle * idle * std::max(1, stations[k].replicas);
    }
    m.smoothnessIndex = std::sqrt(squares);
    return m;
}

std::vector<Station> fallbackBalance(const ProductionLine &line, double cycleTimeS)
{
    const auto n = line.tasks.size();
    QHash<QString, std::size_t> index;
    for (std::size_t i = 0; i < n; ++i)
        index.insert(line.tasks[i].id, i);
    std::vector<std::vector<std::size_t>> successors(n);
    std::vector<int> open(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        for (const auto &p : line.tasks[i].predecessors) {
            const auto it = index.constFind(p);
            if (it == index.cend())
                continue;
            successors[*it].push_back(i);
            ++open[i];
        }
    }
    // Positional weight: own time plus all followers' times, found by a reverse topological pass.
    std::vector<std::size_t> order;
    std::vector<int> pending = open;
    for (std::size_t i = 0; i < n; ++i) {
        if (pending[i] == 0)
            order.push_back(i);
    }
    for (std::size_t k = 0; k < order.size(); ++k) {
        for (std::size_t s : successors[order[k]]) {
            if (--pending[s] == 0)
                order.push_back(s);
        }
    }
    if (order.size() != n)
        return {}; // a precedence cycle: no feasible sequence
    std::vector<std::vector<bool>> follows(n, std::vector<bool>(n, false));
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        for (std::size_t s : successors[*it]) {
            follows[*it][s] = true;
            for (std::size_t k = 0; k < n; ++k) {
                if (follows[s][k])
                    follows[*it][k] = true;
            }
        }
    }
    std::vector<double> weight(n, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        weight[i] = line.tasks[i].timeS;
        for (std::size_t k = 0; k < n; ++k) {
            if (follows[i][k])
                weight[i] += line.tasks[k].timeS;
        }
    }

    std::vector<Station> stations;
    std::vector<bool> done(n, false);
    double load = cycleTimeS + 1.0; // forces a first station
    for (std::size_t placed = 0; placed < n; ++placed) {
        std::size_t best = n;
        bool bestFits = false;
        for (std::size_t i = 0; i < n; ++i) {
            if (done[i] || open[i] > 0)
                continue;
            const bool fits = load + line.tasks[i].timeS <= cycleTimeS + 1e-9;
            if (best == n || (fits && !bestFits) || (fits == bestFits && weight[i] > weight[best])) {
                best = i;
                bestFits = fits;
            }
        }
        if (!bestFits) {
            stations.emplace_back();
            load = 0.0;
        }
        stations.back().taskIds.push_back(line.tasks[best].id);
        load += line.tasks[best].timeS;
        done[best] = true;
        for (std::size_t s : successors[best])
            --open[s];
    }
    if (line.allowParallelStations && cycleTimeS > 0.0) {
        // A lone task longer than the cycle runs on parallel copies of its station.
        for (auto &station : stations) {
            const double load = stationTimeS(line, station);
            if (station.taskIds.size() == 1 && load > cycleTimeS + 1e-9)
                station.replicas = int(std::ceil(load / cycleTimeS - 1e-9));
        }
    }
    return stations;
}

} // namespace taktflow::core
