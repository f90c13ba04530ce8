// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/simulation/simtaskcells.h"

#include "app/document/commands/cmdsimulation.h"
#include "core/simulation/distribution.h"

#include <QCoreApplication>

namespace taktflow::app {

namespace {

using Kind = core::TimeDistribution::Kind;
constexpr Kind kChoices[] = {Kind::Deterministic, Kind::Exponential, Kind::Normal,
                             Kind::Lognormal,     Kind::Triangular,  Kind::Uniform};

/** Which parameter columns a kind reads. */
bool uses(Kind kind, int column)
{
    switch (column) {
    case SimTaskCells::Mean:
        return kind == Kind::Deterministic || kind == Kind::Exponential || kind == Kind::Normal || kind == Kind::Lognormal;
    case SimTaskCells::Sd:
        return kind == Kind::Normal || kind == Kind::Lognormal;
    case SimTaskCells::Min:
    case SimTaskCells::Max:
        return kind == Kind::Triangular || kind == Kind::Uniform;
    case SimTaskCells::Mode:
        return kind == Kind::Triangular;
    default:
        return false;
    }
}

std::optional<Kind> kindFromText(const QString &text)
{
    const QString typed = text.trimmed();
    for (Kind kind : kChoices) {
        if (typed.compare(SimTaskCells::kindLabel(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    // The project file's and line model's spelling works too (a paste from an exported sheet).
    return core::distributionKindFromName(typed.toLower());
}

} // namespace

QString SimTaskCells::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Deterministic:
        return tr("Deterministic");
    case Kind::Exponential:
        return tr("Exponential");
    case Kind::Normal:
        return tr("Normal");
    case Kind::Lognormal:
        return tr("Lognormal");
    case Kind::Triangular:
        return tr("Triangular");
    case Kind::Uniform:
        return tr("Uniform");
    case Kind::Empirical:
        return tr("Empirical");
    }
    return {};
}

core::TimeDistribution SimTaskCells::startingPoint(Kind kind, double meanS)
{
    // +-10 % keeps the mean where the balance put it; the user widens it from there.
    switch (kind) {
    case Kind::Deterministic:
        return core::TimeDistribution::deterministic(meanS);
    case Kind::Exponential:
        return core::TimeDistribution::exponential(meanS);
    case Kind::Normal:
        return core::TimeDistribution::normal(meanS, 0.1 * meanS);
    case Kind::Lognormal:
        return core::TimeDistribution::lognormal(meanS, 0.1 * meanS);
    case Kind::Triangular:
        return core::TimeDistribution::triangular(0.9 * meanS, meanS, 1.1 * meanS);
    case Kind::Uniform:
    case Kind::Empirical:
        return core::TimeDistribution::uniform(0.9 * meanS, 1.1 * meanS);
    }
    return core::TimeDistribution::deterministic(meanS);
}

int SimTaskCells::rowCount(const core::ProductionLine &line) const
{
    return int(line.tasks.size());
}

QString SimTaskCells::header(int column) const
{
    switch (column) {
    case Task:
        return tr("Task");
    case BaseTime:
        return tr("Base time (s)");
    case Distribution:
        return tr("Distribution");
    case Mean:
        return tr("Mean (s)");
    case Sd:
        return tr("SD (s)");
    case Min:
        return tr("Min (s)");
    case Mode:
        return tr("Mode (s)");
    case Max:
        return tr("Max (s)");
    default:
        return {};
    }
}

QString SimTaskCells::headerTip(int column) const
{
    switch (column) {
    case BaseTime:
        return tr("The task time of the line balance; a deterministic task runs at exactly this time");
    case Distribution:
        return tr("How the task time scatters from part to part");
    case Mean:
        return tr("Mean time; computed for triangular and uniform times");
    case Sd:
        return tr("Standard deviation of a normal (truncated at 0) or lognormal time");
    default:
        return tr("Smallest, most likely and largest time of a triangular time; a uniform time uses min and max");
    }
}

QString SimTaskCells::text(const core::ProductionLine &line, int row, int column) const
{
    const core::Task &task = line.tasks[std::size_t(row)];
    const core::TimeDistribution d = simcells::taskDistribution(line, task);
    switch (column) {
    case Task:
        return task.name.isEmpty() ? task.id : QStringLiteral("%1  %2").arg(task.id, task.name);
    case BaseTime:
        return simcells::number(task.timeS);
    case Distribution:
        return d.kind == Kind::Empirical ? tr("Empirical (%n sample(s))", nullptr, int(d.samplesS.size()))
                                         : kindLabel(d.kind);
    case Mean:
        return simcells::number(uses(d.kind, Mean) ? d.meanS : core::simulation::distributionMeanS(d));
    case Sd:
        return uses(d.kind, Sd) ? simcells::number(d.sdS) : QString();
    case Min:
        return uses(d.kind, Min) ? simcells::number(d.minS) : QString();
    case Mode:
        return uses(d.kind, Mode) ? simcells::number(d.modeS) : QString();
    case Max:
        return uses(d.kind, Max) ? simcells::number(d.maxS) : QString();
    default:
        return {};
    }
}

bool SimTaskCells::editable(const core::ProductionLine &line, int row, int column) const
{
    if (column == Distribution)
        return true;
    return uses(simcells::taskDistribution(line, line.tasks[std::size_t(row)]).kind, column);
}

QStringList SimTaskCells::choices(int column) const
{
    QStringList names;
    if (column == Distribution) {
        for (Kind kind : kChoices)
            names << kindLabel(kind);
    }
    return names;
}

bool SimTaskCells::write(const core::ProductionLine &line, core::SimulationParameters &parameters, int row, int column,
                         const QString &text, QString *reason) const
{
    if (row < 0 || row >= rowCount(line))
        return simcells::refuse(reason, tr("There is no task in row %1.").arg(row + 1));
    const core::Task &task = line.tasks[std::size_t(row)];
    core::ProductionLine current = line;
    current.simulation = parameters;
    core::TimeDistribution d = simcells::taskDistribution(current, task);
    if (column == Task || column == BaseTime) {
        // Pasted sheets often carry the task and its time; they are the line's, edited there.
        if (text.trimmed() == this->text(current, row, column).trimmed() || text.trimmed() == task.id)
            return true;
        return simcells::refuse(reason, tr("Task names and base times are edited in the line balancing tasks."));
    }
    if (column == Distribution) {
        const std::optional<Kind> kind = kindFromText(text);
        if (!kind || *kind == Kind::Empirical)
            return simcells::refuse(reason, tr("'%1' is not a distribution type; choose one of %2.")
                                                .arg(text.trimmed(), choices(Distribution).join(QStringLiteral(", "))));
        if (*kind != d.kind)
            d = startingPoint(*kind, core::simulation::distributionMeanS(d));
    } else {
        if (!uses(d.kind, column)) {
            if (text.trimmed().isEmpty())
                return true;
            return simcells::refuse(reason, tr("A %1 time has no %2.").arg(kindLabel(d.kind).toLower(), header(column)));
        }
        double value = 0.0;
        if (!simcells::parseNonNegative(text, tr("seconds"), &value, reason))
            return false;
        double *field = column == Mean ? &d.meanS
                        : column == Sd ? &d.sdS
                        : column == Min ? &d.minS
                        : column == Mode ? &d.modeS
                                         : &d.maxS;
        *field = value;
    }
    if (const QString problem = core::simulation::distributionProblem(d); !problem.isEmpty())
        return simcells::refuse(reason, problem);
    if (d == core::TimeDistribution::deterministic(task.timeS))
        parameters.taskTimes.erase(task.id);
    else
        parameters.taskTimes[task.id] = d;
    return true;
}

QUndoCommand *SimTaskCells::rowCommand(ProjectDocument *document, const QString &variantId,
                                       const core::ProductionLine &line, int row,
                                       const core::SimulationParameters &after) const
{
    const QString &taskId = line.tasks[std::size_t(row)].id;
    const auto found = after.taskTimes.find(taskId);
    return new CmdSimTaskTimeEdit(document, variantId, line.id, taskId,
                                  found == after.taskTimes.end() ? std::nullopt
                                                                 : std::optional<core::TimeDistribution>(found->second));
}

} // namespace taktflow::app
