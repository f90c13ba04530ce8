// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/simulation/linemodelbuilder.h"

#include "core/automation/assignmentmetrics.h"
#include "core/simulation/distribution.h"
#include "core/simulation/linecalendar.h"
#include "core/simulation/linetransport.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace taktflow::core::simulation {

namespace {

constexpr double kDefaultShiftS = 8 * 3600.0;

class TextLineModelBuilder
{
    Q_DECLARE_TR_FUNCTIONS(taktflow::core::simulation::LineModelBuilder)
};

QString stationName(std::size_t index)
{
    return QStringLiteral("S%1").arg(index + 1);
}

QString taskLabel(const Task &task)
{
    return task.name.isEmpty() ? task.id : QStringLiteral("%1 (%2)").arg(task.id, task.name);
}

const StationSimSettings *settingsOf(const SimulationParameters &p, std::size_t station)
{
    return station < p.stations.size() ? &p.stations[station] : nullptr;
}

/** The first reason the assignment cannot be simulated, or an empty string. */
QString assignmentProblem(const ProductionLine &line, const TaskLookup &tasks)
{
    if (line.stations.empty())
        return TextLineModelBuilder::tr("the line has no stations; balance it first");
    QHash<QString, std::size_t> stationOf;
    for (std::size_t s = 0; s < line.stations.size(); ++s) {
        const Station &station = line.stations[s];
        // A station with its own process time needs no tasks (an inspection, a buffer machine).
        const StationSimSettings *settings = settingsOf(line.simulation, s);
        if (station.taskIds.isEmpty() && !(settings && settings->processTime))
            return TextLineModelBuilder::tr("station %1 has no tasks").arg(stationName(s));
        for (const QString &id : station.taskIds) {
            const Task *task = tasks.find(id);
            if (!task)
                return TextLineModelBuilder::tr("station %1 names the unknown task %2").arg(stationName(s), id);
            if (const auto it = stationOf.constFind(id); it != stationOf.constEnd())
                return TextLineModelBuilder::tr("task %1 is assigned twice, to station %2 and to station %3")
                    .arg(taskLabel(*task), stationName(*it), stationName(s));
            stationOf.insert(id, s);
        }
    }
    QStringList unassigned;
    for (const Task &task : line.tasks) {
        if (!stationOf.contains(task.id))
            unassigned << taskLabel(task);
    }
    if (unassigned.isEmpty())
        return {};
    return QCoreApplication::translate("taktflow::core::simulation::LineModelBuilder",
                                       "%n task(s) not assigned to any station: %1", nullptr, int(unassigned.size()))
        .arg(unassigned.join(QStringLiteral(", ")));
}

/**
 * One station's times per model. A task with a distribution in the parameters uses it, scaled
 * by the model's time over the task's own time at this station (so the spread keeps its
 * coefficient of variation); a task of time 0 cannot be scaled and uses it as it is. A task
 * without one runs deterministically at its time for the model.
 */
std::vector<std::vector<TimeDistribution>> stationTimes(const ProductionLine &line, std::size_t index,
                                                        const TaskLookup &tasks)
{
    const Station &station = line.stations[index];
    const StationSimSettings *settings = settingsOf(line.simulation, index);
    const std::size_t models = std::max<std::size_t>(1, line.models.size());
    std::vector<std::vector<TimeDistribution>> out(models);
    for (std::size_t m = 0; m < models; ++m) {
        if (settings && settings->processTime) {
            out[m] = {*settings->processTime};
            continue;
        }
        for (const QString &id : station.taskIds) {
            const Task &task = *tasks.find(id);
            const double baseS = taskTimeAtS(task, station);
            const double modelS = line.models.empty() ? baseS : taskModelTimeAtS(task, station, line.models[m].id);
            const auto given = line.simulation.taskTimes.find(id);
            // A given distribution describes the task's own time (timeS); where the task runs
            // longer or shorter (another model, a machine doing it) it is scaled to that time.
            if (given == line.simulation.taskTimes.end())
                out[m].push_back(TimeDistribution::deterministic(modelS));
            else if (task.timeS > 0.0 && modelS != task.timeS)
                out[m].push_back(scaledDistribution(given->second, modelS / task.timeS));
            else
                out[m].push_back(given->second);
        }
    }
    return out;
}

/** Shares of the models' demand, negative or non-finite ones as 0. */
std::vector<double> demandShares(const ProductionLine &line)
{
    std::vector<double> shares;
    for (const LineModel &model : line.models)
        shares.push_back(std::isfinite(model.demandShare) && model.demandShare > 0.0 ? model.demandShare : 0.0);
    return shares;
}

QString buildSource(const ProductionLine &line, SimSource *source)
{
    const SourceSpec &spec = line.simulation.source;
    source->kind = spec.kind;
    if (spec.kind == SourceSpec::Kind::AtTakt) {
        source->taktS = taktTimeS(line);
        if (!(source->taktS > 0.0)) {
            const TaktResult takt = computeTaktTime(taktInput(line));
            return line.useCalendar && !takt ? TextLineModelBuilder::tr("release at takt: %1").arg(takt.message)
                                             : TextLineModelBuilder::tr("release at takt needs a demand and an available time per period");
        }
    } else if (spec.kind == SourceSpec::Kind::Interarrival) {
        source->interarrival = spec.interarrival;
    }
    if (line.models.size() < 2)
        return {};
    source->modelShares = demandShares(line);
    const bool anyShare =
        std::any_of(source->modelShares.begin(), source->modelShares.end(), [](double share) { return share > 0.0; });
    source->randomMix = spec.randomMix;
    if (spec.randomMix)
        return anyShare ? QString() : TextLineModelBuilder::tr("a random model mix needs a model with a demand share above 0");
    for (const QString &id : spec.modelSequence) {
        const auto it =
            std::find_if(line.models.begin(), line.models.end(), [&](const LineModel &m) { return m.id == id; });
        if (it == line.models.end())
            return TextLineModelBuilder::tr("the release sequence names the unknown model %1").arg(id);
        source->modelSequence.push_back(int(it - line.models.begin()));
    }
    if (spec.modelSequence.isEmpty())
        source->modelSequence = mixSequence(source->modelShares);
    if (source->modelSequence.empty())
        return TextLineModelBuilder::tr("a release sequence from the mix needs a model with a demand share above 0");
    return {};
}

ExperimentSettings runSettings(const ProductionLine &line)
{
    const SimulationRunSettings &run = line.simulation.run;
    ExperimentSettings settings;
    // 0 means "one shift": the calendar's when the line plans by one, else 8 hours.
    settings.durationS =
        run.durationS != 0.0 ? run.durationS : (line.useCalendar ? line.calendar.shiftLengthS : kDefaultShiftS);
    settings.warmupS = run.warmupS;
    settings.replications = run.replications;
    settings.seed = run.seed;
    return settings;
}

BuiltModel failure(const ProductionLine &line, const QString &problem)
{
    BuiltModel built;
    built.error = TextLineModelBuilder::tr("line \"%1\": %2").arg(line.name.isEmpty() ? line.id : line.name, problem);
    return built;
}

} // namespace

BuiltModel buildLineModel(const Project &project, const Variant &variant, const ProductionLine &line)
{
    const TaskLookup tasks(line);
    if (const QString problem = assignmentProblem(line, tasks); !problem.isEmpty())
        return failure(line, problem);

    BuiltModel built;
    SimModel &model = built.model;
    if (!line.models.empty()) {
        model.modelNames.clear();
        for (const LineModel &m : line.models)
            model.modelNames.push_back(m.name.isEmpty() ? m.id : m.name);
    }
    const SimulationParameters &p = line.simulation;
    for (std::size_t s = 0; s < line.stations.size(); ++s) {
        SimStation station;
        station.name = stationName(s);
        const StationSimSettings *settings = settingsOf(p, s);
        station.servers =
            settings && settings->servers > 0 ? settings->servers : std::max(1, line.stations[s].replicas);
        station.taskTimesByModel = stationTimes(line, s, tasks);
        if (settings) {
            station.failure = settings->failure;
            station.setup = settings->setup;
        }
        model.stations.push_back(std::move(station));
    }
    for (std::size_t g = 0; g + 1 < line.stations.size(); ++g)
        model.buffers.push_back(g < p.buffers.size() ? p.buffers[g] : std::optional<int>(1));

    if (const QString problem = buildSource(line, &model.source); !problem.isEmpty())
        return failure(line, problem);
    if (line.useCalendar && p.run.followCalendar) {
        ValueResult<SimCalendar> calendar = calendarPauses(line);
        if (!calendar)
            return failure(line, TextLineModelBuilder::tr("shift calendar: %1").arg(calendar.message));
        model.calendar = std::move(*calendar);
    }
    if (p.simulateTransport) {
        ValueResult<LineTransport> transport = lineTransport(project, variant, line);
        if (!transport)
            return failure(line, transport.message);
        model.legs = std::move(transport->legs);
        model.transporters = std::move(transport->transporters);
        model.stationDistanceM = std::move(transport->stationDistanceM);
    }
    const double availableS = availableTimeS(line);
    if (line.demandPerPeriod > 0.0 && availableS > 0.0)
        model.demandPerHour = line.demandPerPeriod / availableS * 3600.0;

    built.settings = runSettings(line);
    if (const QString problem = modelProblem(model); !problem.isEmpty())
        return failure(line, problem);
    if (const QString problem = settingsProblem(built.settings); !problem.isEmpty())
        return failure(line, problem);
    return built;
}

} // namespace taktflow::core::simulation
