// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/document/commands/lineedits.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace taktflow::app::lineedits {

int taskIndex(const core::ProductionLine &line, const QString &taskId)
{
    for (std::size_t i = 0; i < line.tasks.size(); ++i) {
        if (line.tasks[i].id == taskId)
            return int(i);
    }
    return -1;
}

int stationOf(const core::ProductionLine &line, const QString &taskId)
{
    for (std::size_t s = 0; s < line.stations.size(); ++s) {
        if (line.stations[s].taskIds.contains(taskId))
            return int(s);
    }
    return -1;
}

void replaceTask(core::ProductionLine &line, const QString &oldId, const core::Task &task)
{
    const int index = taskIndex(line, oldId);
    Q_ASSERT(index >= 0);
    line.tasks[std::size_t(index)] = task;
    if (oldId == task.id)
        return;
    auto rename = [&](QStringList &ids) {
        for (QString &id : ids) {
            if (id == oldId)
                id = task.id;
        }
    };
    for (auto &other : line.tasks)
        rename(other.predecessors);
    for (auto &station : line.stations)
        rename(station.taskIds);
    for (auto &rule : line.zoning) {
        if (rule.taskA == oldId)
            rule.taskA = task.id;
        if (rule.taskB == oldId)
            rule.taskB = task.id;
    }
}

void removeTasks(core::ProductionLine &line, const QStringList &taskIds)
{
    const QSet<QString> gone(taskIds.begin(), taskIds.end());
    std::erase_if(line.tasks, [&](const core::Task &t) { return gone.contains(t.id); });
    for (auto &task : line.tasks)
        task.predecessors.removeIf([&](const QString &id) { return gone.contains(id); });
    for (auto &station : line.stations)
        station.taskIds.removeIf([&](const QString &id) { return gone.contains(id); });
    std::erase_if(line.zoning,
                  [&](const core::ZoningRule &r) { return gone.contains(r.taskA) || gone.contains(r.taskB); });
}

void moveTask(core::ProductionLine &line, const QString &taskId, int newIndex)
{
    const int from = taskIndex(line, taskId);
    Q_ASSERT(from >= 0);
    core::Task task = std::move(line.tasks[std::size_t(from)]);
    line.tasks.erase(line.tasks.begin() + from);
    newIndex = std::clamp(newIndex, 0, int(line.tasks.size()));
    line.tasks.insert(line.tasks.begin() + newIndex, std::move(task));
}

void assignTask(core::ProductionLine &line, const QString &taskId, int station)
{
    for (auto &s : line.stations)
        s.taskIds.removeAll(taskId);
    if (station < 0)
        return;
    Q_ASSERT(station < int(line.stations.size()));
    // Keep the station's tasks in task-list order, which is the order the table shows.
    QStringList &ids = line.stations[std::size_t(station)].taskIds;
    ids << taskId;
    std::stable_sort(ids.begin(), ids.end(),
                     [&](const QString &a, const QString &b) { return taskIndex(line, a) < taskIndex(line, b); });
}

void setTaskZoning(core::ProductionLine &line, const QString &taskId, const std::vector<core::ZoningRule> &rules)
{
    std::erase_if(line.zoning, [&](const core::ZoningRule &r) { return r.taskA == taskId || r.taskB == taskId; });
    line.zoning.insert(line.zoning.end(), rules.begin(), rules.end());
}

std::vector<core::ZoningRule> zoningOf(const core::ProductionLine &line, const QString &taskId)
{
    std::vector<core::ZoningRule> out;
    for (const auto &rule : line.zoning) {
        if (rule.taskA == taskId || rule.taskB == taskId)
            out.push_back(rule);
    }
    return out;
}

void applyStations(core::ProductionLine &line, std::vector<core::Station> stations)
{
    for (std::size_t s = 0; s < stations.size() && s < line.stations.size(); ++s) {
        stations[s].itemId = line.stations[s].itemId;
        if (stations[s].resource.isEmpty() && stations[s].taskIds.isEmpty())
            stations[s].resource = line.stations[s].resource;
    }
    line.stations = std::move(stations);
}

QString uniqueTaskId(const core::ProductionLine &line, const QStringList &alsoTaken)
{
    QSet<QString> taken(alsoTaken.begin(), alsoTaken.end());
    for (const auto &task : line.tasks)
        taken.insert(task.id);
    for (int n = 1;; ++n) {
        const QString candidate = QStringLiteral("T%1").arg(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

QString uniqueLineId(const std::vector<core::ProductionLine> &lines)
{
    for (int n = 1;; ++n) {
        const QString candidate = QStringLiteral("L%1").arg(n);
        if (std::none_of(lines.begin(), lines.end(), [&](const auto &l) { return l.id == candidate; }))
            return candidate;
    }
}

bool reaches(const core::ProductionLine &line, const QString &from, const QString &to)
{
    // Successor lists once, then a depth-first walk from `from`.
    QHash<QString, QStringList> successors;
    for (const auto &task : line.tasks) {
        for (const QString &p : task.predecessors)
            successors[p] << task.id;
    }
    QSet<QString> seen;
    QStringList stack{from};
    while (!stack.isEmpty()) {
        const QString current = stack.takeLast();
        if (current == to)
            return true;
        if (seen.contains(current))
            continue;
        seen.insert(current);
        stack << successors.value(current);
    }
    return false;
}

} // namespace taktflow::app::lineedits
