// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/simulation/simtable.h"

#include <QCoreApplication>

namespace taktflow::app {

/** Buffers between stations: capacity in parts waiting ("unlimited" or empty: no limit; 0: direct hand-off). */
class SimBufferCells : public SimTable
{
    Q_DECLARE_TR_FUNCTIONS(SimBufferCells)

public:
    enum Column { Gap, Capacity, ColumnCount };

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
};

} // namespace taktflow::app
