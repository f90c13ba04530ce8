// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/simulationsettings.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace taktflow::core {

/** One work element of a line. Times are in seconds. */
struct Task {
    QString id;
    QString name;
    double timeS = 0.0;
    /** Ids of the tasks that must be finished before this one starts. */
    QStringList predecessors;
    bool automated = false;
    /** Time when done by a machine or robot; negative means "same as timeS". */
    double automatedTimeS = -1.0;
    /** Resource the station must offer ("robot", "press", ...); empty: any station. */
    QString requiredResource;
    /** 1-based station the task is fixed to; 0: free. */
    int fixedStation = 0;
    /** Per-model times for mixed-model lines (model id -> seconds); missing model: timeS. */
    std::map<QString, double> modelTimesS;

    friend bool operator==(const Task &, const Task &) = default;
};

/** How the available time per period is derived. All durations in seconds. */
struct ShiftCalendar {
    int shiftsPerPeriod = 1;
    double shiftLengthS = 8 * 3600.0;
    /** Breaks per shift. */
    double breaksS = 0.0;
    /** Planned downtime per period (maintenance, meetings). */
    double plannedDowntimeS = 0.0;
    /** Planned efficiency / OEE factor in (0, 1]. */
    double efficiency = 1.0;

    friend bool operator==(const ShiftCalendar &, const ShiftCalendar &) = default;
};

/** A product model built on a mixed-model line, with its share of the demand. */
struct LineModel {
    QString id;
    QString name;
    double demandShare = 1.0;
    friend bool operator==(const LineModel &, const LineModel &) = default;
};

/** Two tasks that must share a station (together) or must not (apart). */
struct ZoningRule {
    QString taskA;
    QString taskB;
    bool together = true;
    friend bool operator==(const ZoningRule &, const ZoningRule &) = default;
};

/** One station of the current assignment. */
struct Station {
    /** Resource the station offers ("robot"); empty: a manual station. */
    QString resource;
    /** Layout item (workstation or machine) where the station stands; may be empty. */
    QString itemId;
    /** Number of parallel (replicated) stations doing the same work; 1 normally. */
    int replicas = 1;
    QStringList taskIds;
    friend bool operator==(const Station &, const Station &) = default;
};

/** A production line of a variant: tasks, demand and the current station assignment. */
struct ProductionLine {
    QString id;
    QString name;
    double demandPerPeriod = 0.0;
    /** Available production time per period; derived from the calendar when useCalendar. */
    double availableTimePerPeriodS = 0.0;
    bool useCalendar = false;
    ShiftCalendar calendar;
    std::vector<Task> tasks;
    std::vector<LineModel> models;
    std::vector<ZoningRule> zoning;
    /** Current assignment, station 1 first; empty when the line is not balanced yet. */
    std::vector<Station> stations;
    /** Allow replicated stations for tasks longer than the cycle time. */
    bool allowParallelStations = true;
    /** How the discrete-event simulation runs this line (distributions, failures, buffers). */
    SimulationParameters simulation;
    /** The last simulation result with the parameters it came from; none before the first run. */
    std::optional<SimulationSummary> lastSimulation;

    friend bool operator==(const ProductionLine &, const ProductionLine &) = default;
};

} // namespace taktflow::core
