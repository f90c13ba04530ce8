// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/automation/coverage.h"

#include "core/automation/assignmentmetrics.h"

#include <QSet>

#include <algorithm>

namespace taktflow::core {

bool isEquipment(ItemType type)
{
    switch (type) {
    case ItemType::Machine:
    case ItemType::Workstation:
    case ItemType::Conveyor:
    case ItemType::Storage:
    case ItemType::Rack:
    case ItemType::Dock: return true;
    default: return false;
    }
}

namespace {

double share(double part, double whole)
{
    return whole > 0.0 ? std::clamp(part / whole, 0.0, 1.0) : 0.0;
}

} // namespace

AutomationCoverage lineCoverage(const Variant &variant, const ProductionLine &line,
                                const std::vector<Station> &stations)
{
    AutomationCoverage c;
    for (const auto &task : line.tasks) {
        c.taskTimeS += task.timeS;
        if (task.automated)
            c.automatedTaskTimeS += task.timeS;
    }
    double levels = 0.0;
    int items = 0;
    QSet<QString> seen;
    const TaskLookup tasks(line);
    for (const auto &station : stations) {
        const int replicas = std::max(1, station.replicas);
        c.stationCount += replicas;
        if (isAutomatedStation(tasks, station))
            c.automatedStationCount += replicas;
        else
            c.manualOperators += replicas;
        if (station.itemId.isEmpty() || seen.contains(station.itemId))
            continue;
        seen.insert(station.itemId);
        if (const LayoutItem *item = variant.findItem(station.itemId)) {
            levels += std::clamp(item->automationLevel, 0.0, 1.0);
            ++items;
        }
    }
    c.workContentShare = share(c.automatedTaskTimeS, c.taskTimeS);
    c.stationShare = share(c.automatedStationCount, c.stationCount);
    c.itemShare = items > 0 ? levels / items : 0.0;
    return c;
}

AutomationCoverage variantCoverage(const Variant &variant, const std::vector<AutomationCoverage> &lines,
                                   double automatedFlowDistance, double flowDistance, int drivers)
{
    AutomationCoverage c;
    for (const auto &line : lines) {
        c.taskTimeS += line.taskTimeS;
        c.automatedTaskTimeS += line.automatedTaskTimeS;
        c.stationCount += line.stationCount;
        c.automatedStationCount += line.automatedStationCount;
        c.manualOperators += line.manualOperators;
    }
    double levels = 0.0;
    int items = 0;
    for (const auto &item : variant.items) {
        if (!isEquipment(item.type))
            continue;
        levels += std::clamp(item.automationLevel, 0.0, 1.0);
        ++items;
    }
    c.workContentShare = share(c.automatedTaskTimeS, c.taskTimeS);
    c.stationShare = share(c.automatedStationCount, c.stationCount);
    c.itemShare = items > 0 ? levels / items : 0.0;
    c.transportShare = share(automatedFlowDistance, flowDistance);
    c.manualOperators += drivers;
    return c;
}

} // namespace taktflow::core
