// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/simulation/simtable.h"

#include "app/gui/line/taskcells.h"

#include <QCoreApplication>
#include <QLocale>

namespace taktflow::app::simcells {

core::TimeDistribution taskDistribution(const core::ProductionLine &line, const core::Task &task)
{
    const auto found = line.simulation.taskTimes.find(task.id);
    return found != line.simulation.taskTimes.end() ? found->second : core::TimeDistribution::deterministic(task.timeS);
}

core::StationSimSettings stationSettings(const core::SimulationParameters &parameters, int station)
{
    return station >= 0 && std::size_t(station) < parameters.stations.size() ? parameters.stations[std::size_t(station)]
                                                                             : core::StationSimSettings{};
}

std::optional<int> bufferCapacity(const core::SimulationParameters &parameters, int gap)
{
    return gap >= 0 && std::size_t(gap) < parameters.buffers.size() ? parameters.buffers[std::size_t(gap)]
                                                                     : std::optional<int>(1);
}

QString stationLabel(const core::ProductionLine &line, int station)
{
    const QString name = QCoreApplication::translate("SimTables", "S%1").arg(station + 1);
    if (station < 0 || std::size_t(station) >= line.stations.size() || line.stations[std::size_t(station)].resource.isEmpty())
        return name;
    return QStringLiteral("%1 %2").arg(name, line.stations[std::size_t(station)].resource);
}

QString number(double value, int decimals)
{
    return decimals < 0 ? QLocale().toString(value, 'g', 6) : QLocale().toString(value, 'f', decimals);
}

bool refuse(QString *reason, const QString &text)
{
    if (reason)
        *reason = text;
    return false;
}

bool parseNonNegative(const QString &text, const QString &unit, double *value, QString *reason)
{
    if (!taskcells::parseNumber(text, value) || *value < 0.0)
        return refuse(reason, QCoreApplication::translate("SimTables", "'%1' is not a number of %2 (0 or more).")
                                  .arg(text.trimmed(), unit));
    return true;
}

} // namespace taktflow::app::simcells
