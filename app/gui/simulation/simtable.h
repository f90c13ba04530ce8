// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/productionline.h"

#include <QString>
#include <QStringList>

class QUndoCommand;

namespace taktflow::app {

class ProjectDocument;

/**
 * One table of the simulation parameters (tasks, stations, buffers) described cell by cell, so
 * that one model class shows them, edits them and pastes spreadsheet cells into them. write()
 * checks a typed value and writes it into a copy of the parameters; rowCommand() turns the
 * edited row into the one undoable command of that edit.
 */
class SimTable
{
public:
    virtual ~SimTable() = default;

    virtual int rowCount(const core::ProductionLine &line) const = 0;
    virtual int columnCount() const = 0;
    virtual QString header(int column) const = 0;
    virtual QString headerTip(int column) const = 0;
    virtual QString text(const core::ProductionLine &line, int row, int column) const = 0;
    /** Columns that do not apply to a row (the SD of a uniform time) are read-only. */
    virtual bool editable(const core::ProductionLine &line, int row, int column) const = 0;
    /** Values offered in a drop-down list for the column; empty for free text. */
    virtual QStringList choices(int column) const
    {
        Q_UNUSED(column);
        return {};
    }
    /** Writes a typed value of row and column into parameters; false with *reason when refused. */
    virtual bool write(const core::ProductionLine &line, core::SimulationParameters &parameters, int row, int column,
                       const QString &text, QString *reason) const = 0;
    /** The command that gives row its value in `after`. */
    virtual QUndoCommand *rowCommand(ProjectDocument *document, const QString &variantId,
                                     const core::ProductionLine &line, int row,
                                     const core::SimulationParameters &after) const = 0;
};

namespace simcells {

/** A task's distribution as the simulation uses it (deterministic at its time when unset). */
core::TimeDistribution taskDistribution(const core::ProductionLine &line, const core::Task &task);
/** The station's settings at a 0-based position (defaults past the list's end). */
core::StationSimSettings stationSettings(const core::SimulationParameters &parameters, int station);
/** The buffer capacity of a gap (1 past the list's end; no value: unlimited). */
std::optional<int> bufferCapacity(const core::SimulationParameters &parameters, int gap);
/** Station names as the simulation tables and charts show them ("S1", "S2 robot"). */
QString stationLabel(const core::ProductionLine &line, int station);

/** Numbers as the tables show them, in the user's locale. */
QString number(double value, int decimals = -1);
/** Parses a number >= 0 (the user's or the C locale); false with a message naming the unit. */
bool parseNonNegative(const QString &text, const QString &unit, double *value, QString *reason);
bool refuse(QString *reason, const QString &text);

} // namespace simcells

} // namespace taktflow::app
