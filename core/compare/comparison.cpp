// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compare/comparison.h"

#include "core/flow/kpijson.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace taktflow::core {

namespace {

constexpr double kTieTolerance = 1e-9;

void markBest(ComparisonRow &row)
{
    if (row.better == Better::Neither)
        return;
    std::optional<double> best;
    for (const auto &value : row.values) {
        if (!value)
            continue;
        if (!best || (row.better == Better::Higher ? *value > *best : *value < *best))
            best = value;
    }
    if (!best)
        return;
    for (int i = 0; i < int(row.values.size()); ++i) {
        const auto &value = row.values[std::size_t(i)];
        if (value && std::abs(*value - *best) <= kTieTolerance * std::max(1.0, std::abs(*best)))
            row.best.push_back(i);
    }
}

void computeDeltas(ComparisonRow &row, int baseline)
{
    const std::optional<double> base = row.values[std::size_t(baseline)];
    for (const auto &value : row.values) {
        if (!value || !base) {
            row.delta.emplace_back();
            row.deltaPercent.emplace_back();
            continue;
        }
        row.delta.emplace_back(*value - *base);
        if (std::abs(*base) > 0)
            row.deltaPercent.emplace_back((*value - *base) / std::abs(*base) * 100.0);
        else
            row.deltaPercent.emplace_back();
    }
}

/** 1 for the best value of the row, 0 for the worst, linear between; all equal: 1. */
std::optional<double> normalised(const ComparisonRow &row, std::size_t variant)
{
    const auto &value = row.values[variant];
    if (!value)
        return std::nullopt;
    double low = *value;
    double high = *value;
    for (const auto &v : row.values) {
        if (v) {
            low = std::min(low, *v);
            high = std::max(high, *v);
        }
    }
    if (high - low <= kTieTolerance * std::max(1.0, std::abs(high)))
        return 1.0;
    const double up = (*value - low) / (high - low);
    return row.better == Better::Higher ? up : 1.0 - up;
}

/** The project's weights of the table's rows, or equal ones when it weights none of them. */
void chooseWeights(Comparison &comparison)
{
    for (const auto &row : comparison.rows) {
        const auto weight = comparison.weights.find(row.key);
        if (weight != comparison.weights.end() && weight->second > 0 && row.better != Better::Neither)
            comparison.weightsUsed.insert(*weight);
    }
    if (!comparison.weightsUsed.empty())
        return;
    // Only KPIs every variant has: a variant must not win by missing the figures it is worse in.
    comparison.defaultWeights = true;
    for (const auto &row : comparison.rows) {
        const bool complete = std::all_of(row.values.begin(), row.values.end(), [](const auto &v) { return v.has_value(); });
        if (row.better != Better::Neither && complete)
            comparison.weightsUsed.emplace(row.key, 1.0);
    }
}

void rank(Comparison &comparison)
{
    chooseWeights(comparison);
    const std::size_t count = std::size_t(comparison.variantNames.size());
    std::vector<double> weighted(count, 0.0);
    std::vector<double> weightSum(count, 0.0);
    for (const auto &row : comparison.rows) {
        const auto weight = comparison.weightsUsed.find(row.key);
        if (weight == comparison.weightsUsed.end() || row.better == Better::Neither)
            continue;
        for (std::size_t v = 0; v < count; ++v) {
            if (const auto n = normalised(row, v)) {
                weighted[v] += weight->second * *n;
                weightSum[v] += weight->second;
            }
        }
    }
    for (std::size_t v = 0; v < count; ++v) {
        comparison.ranking.push_back(
            {comparison.variantNames[qsizetype(v)], weightSum[v] > 0 ? weighted[v] / weightSum[v] : 0.0, 0});
    }
    std::stable_sort(comparison.ranking.begin(), comparison.ranking.end(),
                     [](const RankedVariant &a, const RankedVariant &b) { return a.score > b.score; });
    for (std::size_t i = 0; i < comparison.ranking.size(); ++i) {
        const bool tied = i > 0 && std::abs(comparison.ranking[i].score - comparison.ranking[i - 1].score) <= 1e-12;
        comparison.ranking[i].rank = tied ? comparison.ranking[i - 1].rank : int(i) + 1;
    }
}

QJsonValue optionalJson(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString betterName(Better better)
{
    switch (better) {
    case Better::Higher: return QStringLiteral("higher");
    case Better::Lower: return QStringLiteral("lower");
    case Better::Neither: break;
    }
    return QStringLiteral("neither");
}

} // namespace

Comparison compareVariants(const QStringList &variantNames, const std::vector<QJsonObject> &kpis,
                           const std::vector<CostFigure> &costFigures, const QStringList &variantIds,
                           const std::map<QString, double> &weights, int baseline,
                           const std::vector<VariantSimulation> &simulations)
{
    Q_ASSERT(qsizetype(kpis.size()) == variantNames.size() && variantIds.size() == variantNames.size());
    Q_ASSERT(simulations.empty() || qsizetype(simulations.size()) == variantNames.size());
    Comparison comparison;
    comparison.variantNames = variantNames;
    comparison.baseline = std::clamp(baseline, 0, std::max(0, int(variantNames.size()) - 1));
    comparison.weights = weights;

    for (const KpiDefinition &definition : comparableKpis()) {
        ComparisonRow row{definition.key, kpiLabel(definition), definition.unit, definition.better, definition.share,
                          {}, {}, {}, {}};
        for (const auto &object : kpis)
            row.values.push_back(kpiValue(object, definition.key));
        comparison.rows.push_back(std::move(row));
    }
    comparison.simulations = simulations;
    if (!simulations.empty()) {
        for (const KpiDefinition &definition : simulationKpis()) {
            ComparisonRow row{definition.key, kpiLabel(definition), definition.unit, definition.better, definition.share,
                              {}, {}, {}, {}};
            for (const auto &simulation : simulations)
                row.values.push_back(simulationValue(simulation, definition.key));
            comparison.rows.push_back(std::move(row));
        }
    }
    QStringList costNames;
    for (const auto &figure : costFigures) {
        if (!costNames.contains(figure.name))
            costNames << figure.name;
    }
    for (const QString &name : costNames) {
        ComparisonRow row{QStringLiteral("cost.") + name, name, QString(), Better::Lower, false, {}, {}, {}, {}};
        for (const QString &id : variantIds) {
            std::optional<double> value;
            for (const auto &figure : costFigures) {
                if (figure.name == name && figure.variantId == id)
                    value = figure.value;
            }
            row.values.push_back(value);
        }
        comparison.rows.push_back(std::move(row));
    }
    if (variantNames.isEmpty())
        return comparison;
    for (auto &row : comparison.rows) {
        markBest(row);
        computeDeltas(row, comparison.baseline);
    }
    rank(comparison);
    return comparison;
}

Comparison compareProjectVariants(const Project &project, const std::vector<const Variant *> &variants,
                                  const KpiOptions &options, int baseline, const SimulationFingerprintFn &fingerprint)
{
    QStringList names;
    QStringList ids;
    std::vector<QJsonObject> kpis;
    std::vector<VariantSimulation> simulations;
    for (const Variant *variant : variants) {
        names << variant->name;
        ids << variant->id;
        kpis.push_back(kpisToJson(computeVariantKpis(project, *variant, options)));
        simulations.push_back(variantSimulation(project, *variant, fingerprint));
    }
    return compareVariants(names, kpis, project.costFigures, ids, project.kpiWeights, baseline, simulations);
}

QString rowLabelWithUnit(const ComparisonRow &row)
{
    if (row.unit.isEmpty() || row.share)
        return row.label;
    // row.unit stays untranslated because the JSON output carries it; only the display translates.
    return QStringLiteral("%1 (%2)").arg(row.label,
                                         QCoreApplication::translate("KpiUnit", row.unit.toUtf8().constData()));
}

QJsonObject comparisonToJson(const Comparison &comparison)
{
    QJsonArray rows;
    for (const auto &row : comparison.rows) {
        QJsonArray values;
        QJsonArray delta;
        QJsonArray deltaPercent;
        QJsonArray best;
        for (std::size_t i = 0; i < row.values.size(); ++i) {
            values.append(optionalJson(row.values[i]));
            delta.append(optionalJson(row.delta[i]));
            deltaPercent.append(optionalJson(row.deltaPercent[i]));
        }
        for (int index : row.best)
            best.append(comparison.variantNames[index]);
        rows.append(QJsonObject{
            {QStringLiteral("kpi"), row.key},
            {QStringLiteral("label"), row.label},
            {QStringLiteral("unit"), row.unit},
            {QStringLiteral("better"), betterName(row.better)},
            {QStringLiteral("values"), values},
            {QStringLiteral("best"), best},
            {QStringLiteral("delta"), delta},
            {QStringLiteral("delta_percent"), deltaPercent},
        });
    }
    QJsonArray ranking;
    for (const auto &ranked : comparison.ranking) {
        ranking.append(QJsonObject{{QStringLiteral("variant"), ranked.variantName},
                                   {QStringLiteral("score"), ranked.score},
                                   {QStringLiteral("rank"), ranked.rank}});
    }
    QJsonObject weights;
    for (const auto &[key, weight] : comparison.weights)
        weights.insert(key, weight);
    QJsonObject weightsUsed;
    for (const auto &[key, weight] : comparison.weightsUsed)
        weightsUsed.insert(key, weight);
    QJsonObject json{
        {QStringLiteral("variants"), QJsonArray::fromStringList(comparison.variantNames)},
        {QStringLiteral("baseline"), comparison.variantNames.value(comparison.baseline)},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("weights"), weights},
        {QStringLiteral("weights_used"), weightsUsed},
        {QStringLiteral("default_weights"), comparison.defaultWeights},
        {QStringLiteral("ranking"), ranking},
    };
    if (!comparison.simulations.empty()) {
        QJsonArray simulations;
        for (std::size_t v = 0; v < comparison.simulations.size(); ++v)
            simulations.append(variantSimulationToJson(comparison.simulations[v],
                                                       comparison.variantNames.value(qsizetype(v))));
        json.insert(QStringLiteral("simulation"), simulations);
    }
    return json;
}

} // namespace taktflow::core
