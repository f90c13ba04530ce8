// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/simulation/simbuffercells.h"

#include "app/document/commands/cmdsimulation.h"
#include "app/gui/line/taskcells.h"

#include <cmath>

namespace taktflow::app {

int SimBufferCells::rowCount(const core::ProductionLine &line) const
{
    return std::max(0, int(line.stations.size()) - 1);
}

QString SimBufferCells::header(int column) const
{
    return column == Gap ? tr("Between") : tr("Capacity (parts)");
}

QString SimBufferCells::headerTip(int column) const
{
    return column == Gap ? tr("The two stations the buffer lies between")
                         : tr("Parts that can wait between the stations, not counting those in process; "
                              "0: direct hand-off; empty or \"unlimited\": no limit");
}

QString SimBufferCells::text(const core::ProductionLine &line, int row, int column) const
{
    if (column == Gap)
        return QStringLiteral("%1 → %2").arg(simcells::stationLabel(line, row), simcells::stationLabel(line, row + 1));
    const std::optional<int> capacity = simcells::bufferCapacity(line.simulation, row);
    return capacity ? QString::number(*capacity) : tr("unlimited");
}

bool SimBufferCells::editable(const core::ProductionLine &, int, int column) const
{
    return column == Capacity;
}

bool SimBufferCells::write(const core::ProductionLine &line, core::SimulationParameters &parameters, int row,
                           int column, const QString &text, QString *reason) const
{
    if (row < 0 || row >= rowCount(line))
        return simcells::refuse(reason, tr("There is no gap between stations in row %1.").arg(row + 1));
    if (column == Gap)
        return true;
    const QString typed = text.trimmed();
    std::optional<int> capacity;
    if (!(typed.isEmpty() || typed.compare(tr("unlimited"), Qt::CaseInsensitive) == 0 ||
          typed.compare(QLatin1String("unlimited"), Qt::CaseInsensitive) == 0 || typed == QStringLiteral("∞"))) {
        double value = 0.0;
        if (!taskcells::parseNumber(typed, &value) || value < 0 || value != std::floor(value) || value > 1e6)
            return simcells::refuse(reason,
                                    tr("'%1' is not a buffer capacity (a whole number of parts from 0, or \"unlimited\").")
                                        .arg(typed));
        capacity = int(value);
    }
    if (parameters.buffers.size() <= std::size_t(row))
        parameters.buffers.resize(std::size_t(row) + 1, std::optional<int>(1));
    parameters.buffers[std::size_t(row)] = capacity;
    return true;
}

QUndoCommand *SimBufferCells::rowCommand(ProjectDocument *document, const QString &variantId,
                                         const core::ProductionLine &line, int row,
                                         const core::SimulationParameters &after) const
{
    return new CmdSimBufferEdit(document, variantId, line.id, row, simcells::bufferCapacity(after, row));
}

} // namespace taktflow::app
