// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/simulation/simtable.h"

#include <QCoreApplication>

namespace taktflow::app {

/**
 * Stations under breakdowns: parallel servers, failures as mean time between failures (hours
 * of operation) and mean time to repair (minutes), or as availability with the repair time, and
 * the setup time when the model changes. An empty MTBF means no failures.
 */
class SimStationCells : public SimTable
{
    Q_DECLARE_TR_FUNCTIONS(SimStationCells)

public:
    enum Column { Station, Servers, Mtbf, Mttr, Availability, Setup, ColumnCount };

    /** Repair time assumed when failures are switched on without one. */
    static constexpr double kDefaultRepairS = 10 * 60.0;

    int rowCount(const core::ProductionLine &line) const override;
    int columnCount() const override { return ColumnCount; }
    QString header(int column) const override;
    QString headerTip(int column) const override;
    QString text(const core::ProductionLine &line, int row, int column) const override;
    bool editable(const core::ProductionLine &line, int row, int column) const override;
    bool write(const core::ProductionLine &line, core::SimulationParameters &parameters, int row, int column,
               const QString &text, QString *reason) const override;
    QUndoCommand *rowCommand(ProjectDocument *document, const QString &variantId, const core::ProductionLine &line,
                             int row, const core::SimulationParameters &after) const override;

    /** MTBF / (MTBF + MTTR) of failures counted on operating time; 1 without failures. */
    static double availability(const core::FailureSpec &failure);
};

} // namespace taktflow::app
