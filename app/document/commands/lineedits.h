// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/productionline.h"

#include <QString>
#include <QStringList>

#include <vector>

/**
 * Pure edits of a production line that keep its references whole: a task renamed or removed
 * is renamed or removed in predecessor lists, stations and zoning rules too. The line commands
 * compute their "after" state with these; callers validate first, so they never fail.
 */
namespace taktflow::app::lineedits {

/** Index of the task with this id, -1 when there is none. */
int taskIndex(const core::ProductionLine &line, const QString &taskId);
/** 0-based station holding the task, -1 when unassigned. */
int stationOf(const core::ProductionLine &line, const QString &taskId);

/** Replaces the task at oldId by task; a changed id is renamed everywhere. */
void replaceTask(core::ProductionLine &line, const QString &oldId, const core::Task &task);
/** Removes tasks and every reference to them. */
void removeTasks(core::ProductionLine &line, const QStringList &taskIds);
/** Moves a task to another row of the task list. */
void moveTask(core::ProductionLine &line, const QString &taskId, int newIndex);
/** Puts the task into station `station` (0-based), or takes it out of all stations for -1. */
void assignTask(core::ProductionLine &line, const QString &taskId, int station);
/** Replaces every zoning rule that names taskId by rules. */
void setTaskZoning(core::ProductionLine &line, const QString &taskId, const std::vector<core::ZoningRule> &rules);
/** The zoning rules that name taskId. */
std::vector<core::ZoningRule> zoningOf(const core::ProductionLine &line, const QString &taskId);
/**
 * Installs a balance result: the new stations take the layout link (and, when they name no
 * resource, the resource) of the station at the same position, so a re-balance keeps the line
 * standing where it stood on the floor.
 */
void applyStations(core::ProductionLine &line, std::vector<core::Station> stations);

/** A task id not used in the line: "T" plus the first free number. */
QString uniqueTaskId(const core::ProductionLine &line, const QStringList &alsoTaken = {});
/** A line id not used in the lines: "L" plus the first free number. */
QString uniqueLineId(const std::vector<core::ProductionLine> &lines);

/** True when `to` follows `from`, directly or through other tasks, along precedence arcs. */
bool reaches(const core::ProductionLine &line, const QString &from, const QString &to);

} // namespace taktflow::app::lineedits
