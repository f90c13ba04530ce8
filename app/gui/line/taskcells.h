// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/productionline.h"

#include <QString>
#include <QStringList>

namespace taktflow::app::taskcells {

/** The task table's columns; model time columns follow FirstModel, one per line model. */
enum Column { Id, Name, Time, Predecessors, Automated, AutomatedTime, StationType, FixedStation, Zoning, FirstModel };

/** What a cell shows and what editing starts from. */
QString cellText(const core::ProductionLine &line, const core::Task &task, int column);

/**
 * Writes a typed value into the task at `row` of `line`, checking it first. On a refusal the
 * line is untouched, false is returned and *reason says why in the user's words: a time that is
 * not a number of seconds >= 0, an empty, duplicate or malformed id, an unknown or own
 * predecessor, a precedence that would close a cycle, a fixed station below 1, a zoning entry
 * naming an unknown task. Renaming an id renames its references. Shared by cell edits and
 * spreadsheet paste so both refuse the same values with the same words.
 */
bool writeCell(core::ProductionLine &line, int row, int column, const QString &text, QString *reason);

/** A number typed in the user's locale or the C locale ("12,5" and "12.5" in German); finite. */
bool parseNumber(const QString &text, double *value);

/** Task ids typed in a cell: separated by ';', ',' or blanks. */
QStringList splitTaskIds(const QString &text);

/** Zoning of a task as typed: "+T3" must share its station, "-T5" must not. */
QString zoningText(const core::ProductionLine &line, const QString &taskId);

} // namespace taktflow::app::taskcells
