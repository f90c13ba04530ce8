// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/simulation/simtable.h"

#include <QCoreApplication>

namespace taktflow::app {

/**
 * Task times under variability: one row per task with its base time (from the line), the
 * distribution type and its parameters in seconds. Columns a type does not use are read-only
 * and empty; the mean of a triangular or uniform time is shown, computed.
 */
class SimTaskCells : public SimTable
{
    Q_DECLARE_TR_FUNCTIONS(SimTaskCells)

public:
    enum Column { Task, BaseTime, Distribution, Mean, Sd, Min, Mode, Max, ColumnCount };

    int rowCount(const core::ProductionLine &line) const override;
    int columnCount() const override { return ColumnCount; }
    QString header(int column) const override;
    QString headerTip(int column) const override;
    QString text(const core::ProductionLine &line, int row, int column) const override;
    bool editable(const core::ProductionLine &line, int row, int column) const override;
    QStringList choices(int column) const override;
    bool write(const core::ProductionLine &line, core::SimulationParameters &parameters, int row, int column,
               const QString &text, QString *reason) const override;
    QUndoCommand *rowCommand(ProjectDocument *document, const QString &variantId, const core::ProductionLine &line,
                             int row, const core::SimulationParameters &after) const override;

    /** The translated name of a distribution type, as the table shows it. */
    static QString kindLabel(core::TimeDistribution::Kind kind);
    /** A distribution of the kind around meanS with a modest spread (what choosing a type starts from). */
    static core::TimeDistribution startingPoint(core::TimeDistribution::Kind kind, double meanS);
};

} // namespace taktflow::app
