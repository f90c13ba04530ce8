// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/line/stationmoverules.h"

#include "app/document/commands/lineedits.h"
#include "core/automation/assignmentmetrics.h"

#include <QCoreApplication>
#include <QLocale>

namespace taktflow::app {

namespace {

MoveCheck refuse(MoveRefusal refusal, const QString &reason)
{
    return {refusal, reason};
}

MoveCheck checkStationType(const core::Task &task, const core::Station &target, int station)
{
    if (!task.requiredResource.isEmpty() && target.resource != task.requiredResource)
        return refuse(MoveRefusal::StationType,
                      QCoreApplication::translate("StationMoveRules", "%1 needs a %2 station; station %3 is %4.")
                          .arg(task.id, task.requiredResource)
                          .arg(station + 1)
                          .arg(target.resource.isEmpty() ? QCoreApplication::translate("StationMoveRules", "manual")
                                                         : target.resource));
    if (task.requiredResource.isEmpty() && !target.resource.isEmpty() && !task.automated)
        return refuse(MoveRefusal::StationType,
                      QCoreApplication::translate("StationMoveRules", "%1 is manual work; station %2 is a %3 station.")
                          .arg(task.id)
                          .arg(station + 1)
                          .arg(target.resource));
    return {};
}

MoveCheck checkPrecedence(const core::ProductionLine &line, const core::Task &task, int station)
{
    for (const QString &before : task.predecessors) {
        const int at = lineedits::stationOf(line, before);
        if (at > station)
            return refuse(
                MoveRefusal::Precedence,
                QCoreApplication::translate("StationMoveRules", "%1 must come after %2, which is at station %3.")
                    .arg(task.id, before)
                    .arg(at + 1));
    }
    for (const auto &other : line.tasks) {
        if (!other.predecessors.contains(task.id))
            continue;
        const int at = lineedits::stationOf(line, other.id);
        if (at >= 0 && at < station)
            return refuse(
                MoveRefusal::Precedence,
                QCoreApplication::translate("StationMoveRules", "%1 must come before %2, which is at station %3.")
                    .arg(task.id, other.id)
                    .arg(at + 1));
    }
    return {};
}

MoveCheck checkZoning(const core::ProductionLine &line, const core::Task &task, int station)
{
    if (task.fixedStation > 0 && task.fixedStation != station + 1)
        return refuse(MoveRefusal::Zoning, QCoreApplication::translate("StationMoveRules", "%1 is fixed to station %2.")
                                               .arg(task.id)
                                               .arg(task.fixedStation));
    for (const auto &rule : line.zoning) {
        if (rule.taskA != task.id && rule.taskB != task.id)
            continue;
        const QString &partner = rule.taskA == task.id ? rule.taskB : rule.taskA;
        const int at = lineedits::stationOf(line, partner);
        if (rule.together && at >= 0 && at != station)
            return refuse(MoveRefusal::Zoning,
                          QCoreApplication::translate("StationMoveRules",
                                                      "%1 must share a station with %2, which is at station %3.")
                              .arg(task.id, partner)
                              .arg(at + 1));
        if (!rule.together && at == station)
            return refuse(MoveRefusal::Zoning,
                          QCoreApplication::translate("StationMoveRules", "%1 must not share a station with %2.")
                              .arg(task.id, partner));
    }
    return {};
}

MoveCheck checkLoad(const core::ProductionLine &line, const core::Task &task, int station, double taktTimeS)
{
    if (taktTimeS <= 0.0)
        return {};
    core::Station target = line.stations[std::size_t(station)];
    target.taskIds << task.id;
    const double timeS = core::stationTimeS(line, target);
    // The model works on a 1 ms grid; a load equal to the takt within that grid fits.
    if (timeS > taktTimeS + 0.0005) {
        const QLocale locale;
        return refuse(MoveRefusal::Overload,
                      QCoreApplication::translate("StationMoveRules",
                                                  "Station %1 would take %2 s, more than the takt time of %3 s.")
                          .arg(station + 1)
                          .arg(locale.toString(timeS, 'f', 1), locale.toString(taktTimeS, 'f', 1)));
    }
    return {};
}

} // namespace

MoveCheck checkTaskMove(const core::ProductionLine &line, const QString &taskId, int station, double taktTimeS)
{
    const int index = lineedits::taskIndex(line, taskId);
    if (index < 0)
        return refuse(MoveRefusal::UnknownTask,
                      QCoreApplication::translate("StationMoveRules", "There is no task %1.").arg(taskId));
    if (station < 0)
        return {};
    Q_ASSERT(station < int(line.stations.size()));
    // Judge the line as it would be without the task, so its current place does not count.
    core::ProductionLine without = line;
    lineedits::assignTask(without, taskId, -1);
    const core::Task &task = line.tasks[std::size_t(index)];
    for (const MoveCheck &check : {checkStationType(task, without.stations[std::size_t(station)], station),
                                   checkPrecedence(without, task, station), checkZoning(without, task, station),
                                   checkLoad(without, task, station, taktTimeS)}) {
        if (!check.allowed())
            return check;
    }
    return {};
}

} // namespace taktflow::app
