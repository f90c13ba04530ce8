// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/balance/takttime.h"
#include "core/model/productionline.h"

#include <QHash>

#include <functional>
#include <vector>

namespace taktflow::core {

/** The line's shift calendar and demand as computeTaktTime() of core/balance reads them. */
TaktInput taktInput(const ProductionLine &line);

/**
 * Available production time per period: availableTimePerPeriodS, or with useCalendar
 * (shifts x (shift length - breaks) - planned downtime) x efficiency via computeTaktTime() of
 * core/balance; 0 when the calendar is unusable.
 */
double availableTimeS(const ProductionLine &line);

/** Takt time = available time / demand; 0 when there is no demand. */
double taktTimeS(const ProductionLine &line);

/**
 * A line's tasks by id, found in constant time: build one when asking about every station of a
 * line (a linear search per task made whole-line figures quadratic in the tasks). The first of
 * two tasks with the same id wins, as in a linear search. The line must outlive the lookup.
 */
class TaskLookup
{
public:
    explicit TaskLookup(const ProductionLine &line);
    const Task *find(const QString &id) const { return mTasks.value(id, nullptr); }

private:
    QHash<QString, const Task *> mTasks;
};

/**
 * Whether a task runs on its machine time at this station: it is automated, has an
 * automatedTimeS >= 0 and the station offers a resource. That time is per unit, the same for
 * every model of a mixed-model line.
 */
bool runsAutomatedAt(const Task &task, const Station &station);

/** The task's time at this station: automatedTimeS when runsAutomatedAt(), else timeS. */
double taskTimeAtS(const Task &task, const Station &station);

/** The same for one model of a mixed-model line: the model's time (Task::modelTimesS, else
 *  timeS) for manual work, the automated time otherwise. */
double taskModelTimeAtS(const Task &task, const Station &station, const QString &modelId);

/**
 * Time one station spends per unit: the sum of its task times, an automated task on a station
 * that offers a resource counting its automatedTimeS when that is >= 0, divided by replicas.
 */
double stationTimeS(const ProductionLine &line, const Station &station);
double stationTimeS(const TaskLookup &tasks, const Station &station);

/** A station counts as automated when it has tasks and every one of them is automated. */
bool isAutomatedStation(const ProductionLine &line, const Station &station);
bool isAutomatedStation(const TaskLookup &tasks, const Station &station);

/**
 * Line balance figures of one station assignment, with the definitions of core/balance's
 * LineMetrics: a station replicated r times counts as r stations, each doing load / r.
 */
struct AssignmentMetrics {
    /** Stations, replicas counted. */
    int stations = 0;
    /** Largest station time (load / replicas). */
    double cycleTimeS = 0.0;
    /** Sum of the station loads: the work content as the stations do it. */
    double workContentS = 0.0;
    /** workContent / (stations x cycle time). */
    double lineEfficiency = 0.0;
    /** 1 - efficiency. */
    double balanceDelay = 0.0;
    /** sqrt(sum over station copies of (cycle time - station time)^2). */
    double smoothnessIndex = 0.0;
    /** Per entry of the assignment (not per copy): load / replicas. */
    std::vector<double> stationTimesS;
    /** Tasks of the line that no station holds. */
    int unassignedTasks = 0;
};

/** Metrics of `stations` (usually line.stations). All zero for an empty assignment. */
AssignmentMetrics assignmentMetrics(const ProductionLine &line, const std::vector<Station> &stations);

/**
 * A balancing function: stations for `line` at the given cycle time, or empty when it finds no
 * feasible assignment. The lead plugs in the SALBP solver; see fallbackBalance() otherwise.
 */
using BalanceFunction = std::function<std::vector<Station>(const ProductionLine &line, double cycleTimeS)>;

/**
 * A quick ranked-positional-weight heuristic (not optimal): tasks in precedence order by
 * descending positional weight, a new station whenever the next task no longer fits.
 * Tasks longer than the cycle time get a station of their own, replicated ceil(time / cycle)
 * times when the line allows parallel stations. Ignores zoning, fixed stations and resources.
 */
std::vector<Station> fallbackBalance(const ProductionLine &line, double cycleTimeS);

} // namespace taktflow::core
