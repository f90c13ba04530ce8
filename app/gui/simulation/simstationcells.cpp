// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/simulation/simstationcells.h"

#include "app/document/commands/cmdsimulation.h"
#include "app/gui/line/taskcells.h"
#include "core/simulation/distribution.h"

#include <cmath>

namespace taktflow::app {

namespace {

using Mode = core::FailureSpec::Mode;

bool isNone(const QString &text)
{
    const QString typed = text.trimmed();
    return typed.isEmpty() || typed == QLatin1String("-") ||
           typed.compare(SimStationCells::tr("none"), Qt::CaseInsensitive) == 0 ||
           typed.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0;
}

/** A time distribution with the same shape and a new mean. */
core::TimeDistribution withMean(const core::TimeDistribution &d, double meanS)
{
    const double old = core::simulation::distributionMeanS(d);
    return old > 0.0 ? core::simulation::scaledDistribution(d, meanS / old) : core::TimeDistribution::exponential(meanS);
}

} // namespace

double SimStationCells::availability(const core::FailureSpec &failure)
{
    if (failure.mode != Mode::OperatingTime)
        return 1.0;
    const double up = core::simulation::distributionMeanS(failure.timeBetweenFailures);
    const double down = core::simulation::distributionMeanS(failure.repair);
    return up + down > 0.0 ? up / (up + down) : 1.0;
}

int SimStationCells::rowCount(const core::ProductionLine &line) const
{
    return int(line.stations.size());
}

QString SimStationCells::header(int column) const
{
    switch (column) {
    case Station:
        return tr("Station");
    case Servers:
        return tr("Servers");
    case Mtbf:
        return tr("MTBF (h)");
    case Mttr:
        return tr("MTTR (min)");
    case Availability:
        return tr("Availability (%)");
    case Setup:
        return tr("Setup (s)");
    default:
        return {};
    }
}

QString SimStationCells::headerTip(int column) const
{
    switch (column) {
    case Servers:
        return tr("Parallel servers (operators or machines) doing the station's work");
    case Mtbf:
        return tr("Mean operating time between failures in hours; empty: the station never fails");
    case Mttr:
        return tr("Mean time to repair in minutes (exponential)");
    case Availability:
        return tr("MTBF / (MTBF + MTTR); typing it sets the MTBF for the repair time");
    case Setup:
        return tr("Changeover time when the product model changes; empty: none");
    default:
        return {};
    }
}

QString SimStationCells::text(const core::ProductionLine &line, int row, int column) const
{
    const core::StationSimSettings s = simcells::stationSettings(line.simulation, row);
    const core::FailureSpec &f = s.failure;
    switch (column) {
    case Station:
        return simcells::stationLabel(line, row);
    case Servers:
        return QString::number(s.servers > 0 ? s.servers : std::max(1, line.stations[std::size_t(row)].replicas));
    case Mtbf:
        if (f.mode == Mode::Operations)
            return tr("every %n part(s)", nullptr, f.operationsBetweenFailures);
        return f.mode == Mode::None ? QString()
                                    : simcells::number(core::simulation::distributionMeanS(f.timeBetweenFailures) / 3600.0);
    case Mttr:
        return f.mode == Mode::None ? QString() : simcells::number(core::simulation::distributionMeanS(f.repair) / 60.0);
    case Availability:
        return simcells::number(100.0 * availability(f), 1);
    case Setup:
        return s.setup ? simcells::number(core::simulation::distributionMeanS(*s.setup)) : QString();
    default:
        return {};
    }
}

bool SimStationCells::editable(const core::ProductionLine &line, int row, int column) const
{
    const core::FailureSpec &f = simcells::stationSettings(line.simulation, row).failure;
    if (column == Station || (f.mode == Mode::Operations && column != Servers && column != Setup))
        return false;
    return column != Mttr || f.mode != Mode::None;
}

bool SimStationCells::write(const core::ProductionLine &line, core::SimulationParameters &parameters, int row,
                            int column, const QString &text, QString *reason) const
{
    if (row < 0 || row >= rowCount(line))
        return simcells::refuse(reason, tr("There is no station in row %1.").arg(row + 1));
    core::StationSimSettings s = simcells::stationSettings(parameters, row);
    core::FailureSpec &f = s.failure;
    const int replicas = std::max(1, line.stations[std::size_t(row)].replicas);
    double value = 0.0;
    switch (column) {
    case Station:
        // A pasted sheet may carry the station names; they are the line's.
        return true;
    case Servers: {
        if (!taskcells::parseNumber(text, &value) || value < 1 || value != std::floor(value) || value > 1000)
            return simcells::refuse(reason, tr("'%1' is not a number of servers (a whole number from 1 to 1000).")
                                                .arg(text.trimmed()));
        // The station's replicas are the default, kept as 0 so a re-balance is followed.
        s.servers = int(value) == replicas ? 0 : int(value);
        break;
    }
    case Mtbf:
        if (isNone(text)) {
            f = core::FailureSpec{};
            break;
        }
        if (!simcells::parseNonNegative(text, tr("hours"), &value, reason))
            return false;
        if (value <= 0.0)
            return simcells::refuse(reason, tr("The MTBF must be more than 0 hours; leave it empty for no failures."));
        if (f.mode != Mode::OperatingTime) {
            f.mode = Mode::OperatingTime;
            f.timeBetweenFailures = core::TimeDistribution::exponential(value * 3600.0);
            if (core::simulation::distributionMeanS(f.repair) <= 0.0)
                f.repair = core::TimeDistribution::exponential(kDefaultRepairS);
        } else {
            f.timeBetweenFailures = withMean(f.timeBetweenFailures, value * 3600.0);
        }
        break;
    case Mttr:
        if (f.mode == Mode::None) {
            if (isNone(text))
                return true;
            return simcells::refuse(reason, tr("Enter the MTBF or the availability first: the station has no failures."));
        }
        if (!simcells::parseNonNegative(text, tr("minutes"), &value, reason))
            return false;
        if (value <= 0.0)
            return simcells::refuse(reason, tr("The MTTR must be more than 0 minutes."));
        f.repair = withMean(f.repair, value * 60.0);
        break;
    case Availability: {
        if (!simcells::parseNonNegative(text, tr("percent"), &value, reason))
            return false;
        if (value <= 0.0 || value > 100.0)
            return simcells::refuse(reason, tr("The availability must be above 0 % and at most 100 %."));
        if (value >= 100.0) {
            f = core::FailureSpec{};
            break;
        }
        if (f.mode == Mode::None) {
            f.mode = Mode::OperatingTime;
            f.repair = core::TimeDistribution::exponential(kDefaultRepairS);
            f.timeBetweenFailures = core::TimeDistribution::exponential(1.0);
        }
        const double repairS = core::simulation::distributionMeanS(f.repair);
        const double share = value / 100.0;
        f.timeBetweenFailures = withMean(f.timeBetweenFailures, repairS * share / (1.0 - share));
        break;
    }
    case Setup:
        if (isNone(text)) {
            s.setup.reset();
            break;
        }
        if (!simcells::parseNonNegative(text, tr("seconds"), &value, reason))
            return false;
        if (value == 0.0)
            s.setup.reset();
        else
            s.setup = s.setup ? withMean(*s.setup, value) : core::TimeDistribution::deterministic(value);
        break;
    default:
        return false;
    }
    if (parameters.stations.size() <= std::size_t(row))
        parameters.stations.resize(std::size_t(row) + 1);
    parameters.stations[std::size_t(row)] = s;
    return true;
}

QUndoCommand *SimStationCells::rowCommand(ProjectDocument *document, const QString &variantId,
                                          const core::ProductionLine &line, int row,
                                          const core::SimulationParameters &after) const
{
    return new CmdSimStationEdit(document, variantId, line.id, row, simcells::stationSettings(after, row));
}

} // namespace taktflow::app
