// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/compare/kpicatalog.h"
#include "core/compare/simulationcomparison.h"
#include "core/flow/variantkpis.h"
#include "core/model/project.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace taktflow::core {

/** One row of a comparison: a KPI across the chosen variants. */
struct ComparisonRow {
    QString key;
    QString label;
    QString unit;
    Better better = Better::Neither;
    bool share = false;
    /** One value per variant (nullopt: not available for that variant). */
    std::vector<std::optional<double>> values;
    /** Indices of the variants with the best value (ties all marked); empty when Better::Neither. */
    std::vector<int> best;
    /** value - baseline value, per variant. */
    std::vector<std::optional<double>> delta;
    /** (value - baseline) / |baseline| x 100; nullopt where the baseline is 0. */
    std::vector<std::optional<double>> deltaPercent;
};

/** "Flow distance (units x m/period)": the translated label with its translated unit, for people. */
QString rowLabelWithUnit(const ComparisonRow &row);

/** A variant's weighted score (0..1, 1 = best on every weighted KPI) and rank (1 = best). */
struct RankedVariant {
    QString variantName;
    double score = 0.0;
    int rank = 0;
};

/** The table of KPIs by variant, with best marks, deltas against the baseline and the ranking. */
struct Comparison {
    QStringList variantNames;
    int baseline = 0;
    std::vector<ComparisonRow> rows;
    /** The project's KPI weights. */
    std::map<QString, double> weights;
    /**
     * The weights the ranking used: the project's, or, when the project weights no KPI of the
     * table, equal weights (1) over the KPIs that have a direction and a value for every variant.
     */
    std::map<QString, double> weightsUsed;
    bool defaultWeights = false;
    std::vector<RankedVariant> ranking;
    /** Per variant, the last simulation result its simulation rows come from (may be empty). */
    std::vector<VariantSimulation> simulations;
};

/**
 * Builds a comparison from each variant's KPI object (as `kpi --json` prints it, in the order
 * of variantNames) plus the project's user-defined cost figures (rows "cost.<name>", lower is
 * better). Scores: each weighted KPI is scaled across the variants to 0 (worst) .. 1 (best);
 * a variant's score is the weighted mean; KPIs without a direction or weight do not count.
 * With simulations (one per variant), the simulation rows follow the catalogue KPIs.
 */
Comparison compareVariants(const QStringList &variantNames, const std::vector<QJsonObject> &kpis,
                           const std::vector<CostFigure> &costFigures, const QStringList &variantIds,
                           const std::map<QString, double> &weights, int baseline,
                           const std::vector<VariantSimulation> &simulations = {});

/**
 * Computes the KPIs of the given variants of a project (in that order) and compares them; the
 * project's cost figures and weights are used, and each variant's last simulation result, whose
 * staleness fingerprint decides. baseline indexes variants.
 */
Comparison compareProjectVariants(const Project &project, const std::vector<const Variant *> &variants,
                                  const KpiOptions &options, int baseline, const SimulationFingerprintFn &fingerprint);

/** The comparison as JSON (what `taktflow-cli compare --json` prints). */
QJsonObject comparisonToJson(const Comparison &comparison);

} // namespace taktflow::core
