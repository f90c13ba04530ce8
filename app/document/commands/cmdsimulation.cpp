// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/document/commands/cmdsimulation.h"

#include <QCoreApplication>

namespace taktflow::app {

namespace simprop {

void TaskTime::set(core::SimulationParameters &parameters, const Key &taskId, const Value &value)
{
    // Deterministic at the task's own time is the default: keep no entry for it, so that a
    // later change of the task time is followed.
    if (value)
        parameters.taskTimes[taskId] = *value;
    else
        parameters.taskTimes.erase(taskId);
}

QString TaskTime::text(const Key &taskId)
{
    return QCoreApplication::translate("Commands", "Change the time distribution of task %1").arg(taskId);
}

void Station::set(core::SimulationParameters &parameters, const Key &station, const Value &value)
{
    Q_ASSERT(station >= 0);
    if (parameters.stations.size() <= std::size_t(station))
        parameters.stations.resize(std::size_t(station) + 1);
    parameters.stations[std::size_t(station)] = value;
    // Trailing defaults say nothing the shorter list does not say.
    while (!parameters.stations.empty() && parameters.stations.back() == core::StationSimSettings{})
        parameters.stations.pop_back();
}

QString Station::text(const Key &station)
{
    return QCoreApplication::translate("Commands", "Change the simulation of station %1").arg(station + 1);
}

void Buffer::set(core::SimulationParameters &parameters, const Key &gap, const Value &value)
{
    Q_ASSERT(gap >= 0);
    if (parameters.buffers.size() <= std::size_t(gap))
        parameters.buffers.resize(std::size_t(gap) + 1, std::optional<int>(1));
    parameters.buffers[std::size_t(gap)] = value;
    while (!parameters.buffers.empty() && parameters.buffers.back() == std::optional<int>(1))
        parameters.buffers.pop_back();
}

QString Buffer::text(const Key &gap)
{
    return QCoreApplication::translate("Commands", "Change the buffer after station %1").arg(gap + 1);
}

void Source::set(core::SimulationParameters &parameters, const Key &, const Value &value)
{
    parameters.source = value;
}

QString Source::text(const Key &)
{
    return QCoreApplication::translate("Commands", "Change the simulation source");
}

void Run::set(core::SimulationParameters &parameters, const Key &, const Value &value)
{
    parameters.run = value;
}

QString Run::text(const Key &)
{
    return QCoreApplication::translate("Commands", "Change the simulation run settings");
}

} // namespace simprop

CmdSimParametersReplace::CmdSimParametersReplace(ProjectDocument *document, const QString &variantId,
                                                 const QString &lineId, const core::SimulationParameters &parameters,
                                                 const QString &text)
    : CmdLineChange(document, variantId, lineId)
{
    edited().simulation = parameters;
    finish(text);
}

CmdSimBuffersApply::CmdSimBuffersApply(ProjectDocument *document, const QString &variantId, const QString &lineId,
                                       const std::vector<std::optional<int>> &capacities)
    : CmdLineChange(document, variantId, lineId)
{
    edited().simulation.buffers = capacities;
    finish(QCoreApplication::translate("Commands", "Apply sized buffers"));
}

CmdSimResultStore::CmdSimResultStore(ProjectDocument *document, const QString &variantId, const QString &lineId,
                                     const core::SimulationSummary &summary)
    : CmdLineChange(document, variantId, lineId)
{
    edited().lastSimulation = summary;
    finish(QCoreApplication::translate("Commands", "Store the simulation result"));
}

} // namespace taktflow::app
