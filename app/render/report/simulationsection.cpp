// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/report/simulationsection.h"

#include "app/render/report/reporttable.h"
#include "app/render/stationstatechart.h"
#include "core/compare/simulationcomparison.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace taktflow::app::render {

namespace {

// Called as SimulationSectionTr::tr() by name: lupdate does not follow type aliases to the context.
class SimulationSectionTr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

using core::SimulationSummary;

// Simulated figures are estimates: one decimal is what an engineer reads (and all they carry).
QString figure(double value)
{
    return reportNumber(std::round(value * 10.0) / 10.0);
}

QString seconds(double value)
{
    return SimulationSectionTr::tr("%1 s").arg(figure(value));
}

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QLatin1Char('%');
}

QString stationName(const SimulationSummary &summary, std::size_t index)
{
    return index < summary.stations.size() && !summary.stations[index].name.isEmpty()
               ? summary.stations[index].name
               : SimulationSectionTr::tr("S%1").arg(index + 1);
}

QString describeFailure(const core::FailureSpec &failure)
{
    const QString repair = describeDistribution(failure.repair);
    if (failure.mode == core::FailureSpec::Mode::Operations)
        return SimulationSectionTr::tr("every %n operation(s), repair %1", nullptr, failure.operationsBetweenFailures)
            .arg(repair);
    // Exponential up and repair times are what MTBF and MTTR mean: say it in those words.
    using Kind = core::TimeDistribution::Kind;
    if (failure.timeBetweenFailures.kind == Kind::Exponential && failure.repair.kind == Kind::Exponential)
        return SimulationSectionTr::tr("MTBF %1 of operating time, MTTR %2 (exponential)")
            .arg(seconds(failure.timeBetweenFailures.meanS), seconds(failure.repair.meanS));
    return SimulationSectionTr::tr("between failures %1 of operating time, repair %2")
        .arg(describeDistribution(failure.timeBetweenFailures), repair);
}

QString describeBuffer(const std::optional<int> &capacity)
{
    if (!capacity)
        return SimulationSectionTr::tr("unlimited");
    if (*capacity == 0)
        return SimulationSectionTr::tr("0 (direct hand-off)");
    return SimulationSectionTr::tr("%n part(s)", nullptr, *capacity);
}

/** Per-station settings that differ from the defaults, one row each; one "none" row otherwise. */
void addStationRows(ReportTable &table, const SimulationSummary &summary)
{
    const core::SimulationParameters &p = summary.parameters;
    bool failures = false;
    bool setups = false;
    for (std::size_t s = 0; s < p.stations.size(); ++s) {
        const core::StationSimSettings &station = p.stations[s];
        const QString name = stationName(summary, s);
        if (station.processTime)
            table.rows.push_back(
                {SimulationSectionTr::tr("Process time"), name, describeDistribution(*station.processTime)});
        if (station.servers > 0)
            table.rows.push_back({SimulationSectionTr::tr("Servers"), name, QString::number(station.servers)});
        if (station.failure.mode != core::FailureSpec::Mode::None) {
            table.rows.push_back({SimulationSectionTr::tr("Failures"), name, describeFailure(station.failure)});
            failures = true;
        }
        if (station.setup) {
            table.rows.push_back({SimulationSectionTr::tr("Setup"), name, describeDistribution(*station.setup)});
            setups = true;
        }
    }
    if (!failures)
        table.rows.push_back({SimulationSectionTr::tr("Failures"), SimulationSectionTr::tr("all stations"),
                              SimulationSectionTr::tr("none")});
    if (!setups)
        table.rows.push_back({SimulationSectionTr::tr("Setup"), SimulationSectionTr::tr("all stations"),
                              SimulationSectionTr::tr("none")});
}

void addBufferRows(ReportTable &table, const SimulationSummary &summary)
{
    const std::vector<std::optional<int>> &buffers = summary.parameters.buffers;
    const std::size_t gaps = summary.stations.empty() ? buffers.size() : summary.stations.size() - 1;
    const bool allDefault = std::all_of(buffers.begin(), buffers.end(), [](const auto &b) { return b == 1; });
    if (allDefault) {
        table.rows.push_back(
            {SimulationSectionTr::tr("Buffers"), SimulationSectionTr::tr("every gap"), describeBuffer(1)});
        return;
    }
    for (std::size_t g = 0; g < gaps; ++g) {
        const std::optional<int> capacity = g < buffers.size() ? buffers[g] : std::optional<int>(1);
        table.rows.push_back(
            {SimulationSectionTr::tr("Buffer"),
             SimulationSectionTr::tr("%1 to %2").arg(stationName(summary, g), stationName(summary, g + 1)),
             describeBuffer(capacity)});
    }
}

ReportTable parameterTable(const SimulationSummary &summary)
{
    const core::SimulationParameters &p = summary.parameters;
    ReportTable table;
    table.header = QStringList{SimulationSectionTr::tr("Parameter"), SimulationSectionTr::tr("Where"),
                               SimulationSectionTr::tr("Setting")};
    table.columnWeights = {1.3, 1.5, 6};
    if (p.taskTimes.empty())
        table.rows.push_back({SimulationSectionTr::tr("Task times"), SimulationSectionTr::tr("all tasks"),
                              SimulationSectionTr::tr("deterministic, as balanced")});
    for (const auto &[taskId, distribution] : p.taskTimes)
        table.rows.push_back({SimulationSectionTr::tr("Task time"), taskId, describeDistribution(distribution)});
    addStationRows(table, summary);
    addBufferRows(table, summary);
    QString source = core::sourceKindLabel(p.source.kind);
    if (p.source.kind == core::SourceSpec::Kind::Interarrival)
        source += QStringLiteral(": ") + describeDistribution(p.source.interarrival);
    table.rows.push_back({SimulationSectionTr::tr("Source"), QString(), source});
    if (p.source.randomMix)
        table.rows.push_back({SimulationSectionTr::tr("Model mix"), QString(),
                              SimulationSectionTr::tr("random, by the models' demand shares")});
    else if (!p.source.modelSequence.isEmpty())
        table.rows.push_back(
            {SimulationSectionTr::tr("Model mix"), QString(), p.source.modelSequence.join(QStringLiteral(", "))});
    table.rows.push_back({SimulationSectionTr::tr("Replications"), QString(), QString::number(summary.replications)});
    table.rows.push_back({SimulationSectionTr::tr("Run length"), SimulationSectionTr::tr("per replication"),
                          SimulationSectionTr::tr("%1 h after a warm-up of %2 h")
                              .arg(reportNumber(summary.simulatedS / 3600.0), reportNumber(p.run.warmupS / 3600.0))});
    table.rows.push_back({SimulationSectionTr::tr("Seed"), QString(), QString::number(p.run.seed)});
    table.rows.push_back({SimulationSectionTr::tr("Shift calendar"), QString(),
                          p.run.followCalendar ? SimulationSectionTr::tr("followed (breaks as pauses)")
                                               : SimulationSectionTr::tr("not followed")});
    QString transport = p.simulateTransport ? SimulationSectionTr::tr("by the variant's transporters over the aisles")
                                            : SimulationSectionTr::tr("not simulated (parts hand over at once)");
    for (const auto &[means, count] : p.transporterCounts)
        transport += SimulationSectionTr::tr("; %1: %n vehicle(s)", nullptr, count).arg(means);
    table.rows.push_back({SimulationSectionTr::tr("Transport"), QString(), transport});
    return table;
}

/** Whether the line makes its demand, decided by the whole 95 % interval, not the mean alone. */
QString demandVerdict(const SimulationSummary &summary, double demandPerHour)
{
    if (summary.throughputPerHourLow >= demandPerHour)
        return SimulationSectionTr::tr("makes the demand: the whole 95 % interval lies above it");
    if (summary.throughputPerHourHigh < demandPerHour)
        return SimulationSectionTr::tr("misses the demand: the whole 95 % interval lies below it");
    return SimulationSectionTr::tr("undecided: the demand lies inside the 95 % interval; more replications narrow it");
}

ReportTable resultTable(const SimulationSummary &summary, double taktTimeS)
{
    ReportTable table;
    table.header = QStringList{SimulationSectionTr::tr("Result"), SimulationSectionTr::tr("Value")};
    table.columnWeights = {2, 5};
    table.rows.push_back({SimulationSectionTr::tr("Throughput"),
                          SimulationSectionTr::tr("%1 units/h (95 % interval %2 to %3)")
                              .arg(figure(summary.throughputPerHourMean), figure(summary.throughputPerHourLow),
                                   figure(summary.throughputPerHourHigh))});
    if (taktTimeS > 0) {
        const double demandPerHour = 3600.0 / taktTimeS;
        table.rows.push_back(
            {SimulationSectionTr::tr("Demand"),
             SimulationSectionTr::tr("%1 units/h (3600 s / takt %2 s)").arg(figure(demandPerHour), figure(taktTimeS))});
        table.rows.push_back({SimulationSectionTr::tr("Verdict"), demandVerdict(summary, demandPerHour)});
        const bool makes = summary.throughputPerHourLow >= demandPerHour;
        if (makes)
            table.marked.insert({int(table.rows.size()) - 1, 1});
    } else {
        table.rows.push_back(
            {SimulationSectionTr::tr("Demand"), SimulationSectionTr::tr("no takt time: the line has no demand set")});
    }
    table.rows.push_back({SimulationSectionTr::tr("Output"),
                          SimulationSectionTr::tr("%1 units per replication").arg(figure(summary.outputUnitsMean))});
    table.rows.push_back({SimulationSectionTr::tr("Lead time"),
                          SimulationSectionTr::tr("mean %1, 95th percentile %2")
                              .arg(seconds(summary.leadTimeMeanS), seconds(summary.leadTimeP95S))});
    table.rows.push_back({SimulationSectionTr::tr("Work in process"),
                          SimulationSectionTr::tr("%1 parts (mean)").arg(figure(summary.wipMean))});
    QString bottleneck = summary.bottleneck.isEmpty() ? SimulationSectionTr::tr("none found") : summary.bottleneck;
    for (const auto &station : summary.stations) {
        if (station.name == summary.bottleneck && !summary.bottleneck.isEmpty())
            bottleneck = SimulationSectionTr::tr("%1 (the bottleneck %2 of the time)")
                             .arg(station.name, percent(station.bottleneckShare));
    }
    table.rows.push_back({SimulationSectionTr::tr("Bottleneck"), bottleneck});
    return table;
}

ReportTable stateTable(const SimulationSummary &summary)
{
    ReportTable table;
    table.header = QStringList{SimulationSectionTr::tr("Station"), SimulationSectionTr::tr("Working"),
                               SimulationSectionTr::tr("Starved"), SimulationSectionTr::tr("Blocked"),
                               SimulationSectionTr::tr("Failed"),  SimulationSectionTr::tr("Setup"),
                               SimulationSectionTr::tr("Paused"),  SimulationSectionTr::tr("Bottleneck")};
    table.columnWeights = {2.2, 1, 1, 1, 1, 1, 1, 1.2};
    for (int c = 1; c < table.header.size(); ++c)
        table.rightAligned.insert(c);
    for (const auto &s : summary.stations) {
        if (s.name == summary.bottleneck)
            table.marked.insert({int(table.rows.size()), 0});
        table.rows.push_back({s.name, percent(s.working), percent(s.starved), percent(s.blocked), percent(s.failed),
                              percent(s.setup), percent(s.paused), percent(s.bottleneckShare)});
    }
    return table;
}

void addLine(PageComposer &composer, const ReportLine &line, const QFont &font)
{
    const SimulationSummary &summary = *line.line->lastSimulation;
    addHeading(composer, SimulationSectionTr::tr("Line %1").arg(line.line->name), font, 1.1);
    if (line.simulationStale)
        addParagraph(composer,
                     SimulationSectionTr::tr(
                         "STALE: the line or the layout changed after this run (%1). The figures describe the "
                         "line as it was then; run the simulation again.")
                         .arg(summary.ranAtUtc),
                     font);
    else
        addParagraph(
            composer,
            SimulationSectionTr::tr("Simulated %1: %2.").arg(summary.ranAtUtc, core::simulationRunDescription(summary)),
            font);
    addTable(composer, resultTable(summary, line.kpis.taktTimeS), font);

    composer.addSpace(composer.mm(3));
    addHeading(composer, SimulationSectionTr::tr("Station states"), font, 1.0);
    StationStateChartOptions options;
    options.font = font;
    const double height = std::min(
        stationStateChartPreferredHeight(int(summary.stations.size()), font, options, &composer.device()),
        composer.contentRect().height() * 0.6);
    composer.addBlock(height, [summary, options](QPainter &painter, const QRectF &area) {
        paintStationStateChart(painter, area, summary.stations, summary.bottleneck, options);
    });
    composer.addSpace(composer.mm(2));
    addTable(composer, stateTable(summary), font);

    composer.addSpace(composer.mm(3));
    addHeading(composer, SimulationSectionTr::tr("Parameters of the run"), font, 1.0);
    addTable(composer, parameterTable(summary), font);
    composer.addSpace(composer.mm(4));
}

} // namespace

QString describeDistribution(const core::TimeDistribution &d)
{
    using Kind = core::TimeDistribution::Kind;
    switch (d.kind) {
    case Kind::Deterministic: return SimulationSectionTr::tr("fixed %1").arg(seconds(d.meanS));
    case Kind::Exponential: return SimulationSectionTr::tr("exponential (mean %1)").arg(seconds(d.meanS));
    case Kind::Normal: return SimulationSectionTr::tr("normal (mean %1, sd %2)").arg(seconds(d.meanS), seconds(d.sdS));
    case Kind::Lognormal:
        return SimulationSectionTr::tr("lognormal (mean %1, sd %2)").arg(seconds(d.meanS), seconds(d.sdS));
    case Kind::Triangular:
        return SimulationSectionTr::tr("triangular (min %1, mode %2, max %3)")
            .arg(seconds(d.minS), seconds(d.modeS), seconds(d.maxS));
    case Kind::Uniform: return SimulationSectionTr::tr("uniform (%1 to %2)").arg(seconds(d.minS), seconds(d.maxS));
    case Kind::Empirical: return SimulationSectionTr::tr("empirical (%n sample(s))", nullptr, int(d.samplesS.size()));
    }
    return {};
}

bool hasSimulationSection(const ReportVariant &variant)
{
    return std::any_of(variant.lines.begin(), variant.lines.end(),
                       [](const ReportLine &line) { return line.line && line.line->lastSimulation; });
}

void addSimulationSection(PageComposer &composer, const ReportVariant &variant, const QFont &font)
{
    for (const ReportLine &line : variant.lines) {
        if (line.line && line.line->lastSimulation)
            addLine(composer, line, font);
    }
}

} // namespace taktflow::app::render
