// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compare/simulationcomparison.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace taktflow::core {

namespace {

const QString kThroughput = QStringLiteral("simulation.throughput_per_hour");
const QString kLeadTime = QStringLiteral("simulation.lead_time_s");
const QString kWip = QStringLiteral("simulation.wip");

// Called as ComparisonTr::tr() by name: lupdate does not follow type aliases to the context.
class ComparisonTr
{
    Q_DECLARE_TR_FUNCTIONS(SimulationComparison)
};

/** A simulated time in the unit a planner reads it in: hours from one hour on, else minutes. */
QString readableDuration(double seconds)
{
    const QLocale locale;
    if (seconds >= 3600.0)
        return ComparisonTr::tr("%1 h").arg(locale.toString(seconds / 3600.0, 'g', 4));
    if (seconds >= 60.0)
        return ComparisonTr::tr("%1 min").arg(locale.toString(seconds / 60.0, 'g', 4));
    return ComparisonTr::tr("%1 s").arg(locale.toString(seconds, 'g', 4));
}

} // namespace

VariantSimulation variantSimulation(const Project &project, const Variant &variant,
                                    const SimulationFingerprintFn &fingerprint)
{
    VariantSimulation result;
    for (const ProductionLine &line : variant.lines) {
        if (!line.lastSimulation)
            continue;
        result.lineId = line.id;
        result.lineName = line.name;
        result.summary = line.lastSimulation;
        const bool same = fingerprint && fingerprint(project, variant, line) == line.lastSimulation->inputFingerprint;
        result.status = same ? VariantSimulation::Status::Current : VariantSimulation::Status::Stale;
        break;
    }
    return result;
}

const std::vector<KpiDefinition> &simulationKpis()
{
    static const std::vector<KpiDefinition> kpis{
        {kThroughput, QT_TRANSLATE_NOOP("Kpi", "Simulated throughput"), QString::fromLatin1(QT_TRANSLATE_NOOP("KpiUnit", "units/h")),
         Better::Higher},
        {kLeadTime, QT_TRANSLATE_NOOP("Kpi", "Simulated lead time"), QStringLiteral("s"), Better::Lower},
        // Fewer parts in the line for the same output: less capital tied up and shorter lead time.
        {kWip, QT_TRANSLATE_NOOP("Kpi", "Simulated WIP"), QString::fromLatin1(QT_TRANSLATE_NOOP("KpiUnit", "parts")),
         Better::Lower},
    };
    return kpis;
}

bool isSimulationKpi(const QString &key)
{
    return key == kThroughput || key == kLeadTime || key == kWip;
}

std::optional<double> simulationValue(const VariantSimulation &simulation, const QString &key)
{
    if (!simulation.summary)
        return std::nullopt;
    if (key == kThroughput)
        return simulation.summary->throughputPerHourMean;
    if (key == kLeadTime)
        return simulation.summary->leadTimeMeanS;
    if (key == kWip)
        return simulation.summary->wipMean;
    return std::nullopt;
}

QString sourceKindKey(SourceSpec::Kind kind)
{
    switch (kind) {
    case SourceSpec::Kind::Saturated:
        return QStringLiteral("saturated");
    case SourceSpec::Kind::AtTakt:
        return QStringLiteral("at_takt");
    case SourceSpec::Kind::Interarrival:
        return QStringLiteral("interarrival");
    }
    return {};
}

QString sourceKindLabel(SourceSpec::Kind kind)
{
    switch (kind) {
    case SourceSpec::Kind::Saturated: return ComparisonTr::tr("saturated (a part always waiting)");
    case SourceSpec::Kind::AtTakt: return ComparisonTr::tr("a part every takt");
    case SourceSpec::Kind::Interarrival: return ComparisonTr::tr("random inter-arrival times");
    }
    return {};
}

QString simulationRunDescription(const SimulationSummary &summary)
{
    const SimulationRunSettings &run = summary.parameters.run;
    const QString runs = ComparisonTr::tr("%n replication(s)", nullptr, summary.replications);
    const QString source = sourceKindLabel(summary.parameters.source.kind);
    if (run.warmupS > 0)
        return ComparisonTr::tr("%1 of %2 after a warm-up of %3, seed %4, source: %5")
            .arg(runs, readableDuration(summary.simulatedS), readableDuration(run.warmupS), QString::number(run.seed),
                 source);
    return ComparisonTr::tr("%1 of %2, seed %3, source: %4")
        .arg(runs, readableDuration(summary.simulatedS), QString::number(run.seed), source);
}

QString simulationStatusKey(VariantSimulation::Status status)
{
    switch (status) {
    case VariantSimulation::Status::NotSimulated:
        return QStringLiteral("not_simulated");
    case VariantSimulation::Status::Current:
        return QStringLiteral("current");
    case VariantSimulation::Status::Stale:
        return QStringLiteral("stale");
    }
    return {};
}

QJsonObject variantSimulationToJson(const VariantSimulation &simulation, const QString &variantName)
{
    QJsonObject json{
        {QStringLiteral("variant"), variantName},
        {QStringLiteral("status"), simulationStatusKey(simulation.status)},
        {QStringLiteral("simulated"), simulation.summary.has_value()},
        {QStringLiteral("stale"), simulation.status == VariantSimulation::Status::Stale},
    };
    if (!simulation.summary)
        return json;
    const SimulationSummary &s = *simulation.summary;
    json.insert(QStringLiteral("line"), simulation.lineName);
    json.insert(QStringLiteral("line_id"), simulation.lineId);
    json.insert(QStringLiteral("ran_at_utc"), s.ranAtUtc);
    json.insert(QStringLiteral("replications"), s.replications);
    json.insert(QStringLiteral("simulated_s"), s.simulatedS);
    json.insert(QStringLiteral("warmup_s"), s.parameters.run.warmupS);
    // A seed beyond 2^53 would lose digits as a JSON number; it is written as text then.
    constexpr std::uint64_t kExactInDouble = std::uint64_t(1) << 53;
    json.insert(QStringLiteral("seed"), s.parameters.run.seed < kExactInDouble
                                            ? QJsonValue(double(s.parameters.run.seed))
                                            : QJsonValue(QString::number(s.parameters.run.seed)));
    json.insert(QStringLiteral("source"), sourceKindKey(s.parameters.source.kind));
    json.insert(QStringLiteral("throughput_per_hour"), QJsonObject{{QStringLiteral("mean"), s.throughputPerHourMean},
                                                                    {QStringLiteral("low"), s.throughputPerHourLow},
                                                                    {QStringLiteral("high"), s.throughputPerHourHigh}});
    json.insert(QStringLiteral("output_units"), s.outputUnitsMean);
    json.insert(QStringLiteral("lead_time_s"), QJsonObject{{QStringLiteral("mean"), s.leadTimeMeanS},
                                                            {QStringLiteral("p95"), s.leadTimeP95S}});
    json.insert(QStringLiteral("wip"), s.wipMean);
    json.insert(QStringLiteral("bottleneck"), s.bottleneck);
    return json;
}

} // namespace taktflow::core
