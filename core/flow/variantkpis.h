// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/automation/assignmentmetrics.h"
#include "core/automation/coverage.h"
#include "core/automation/energy.h"
#include "core/flow/flowanalysis.h"
#include "core/layout/geometrychecker.h"

#include <QString>

#include <optional>
#include <vector>

namespace taktflow::core {

/** How to evaluate a variant. */
struct KpiOptions {
    /** Distance metric; nullopt: the variant's own setting. */
    std::optional<DistanceMetric> metric;
    /**
     * Balances lines that have no station assignment yet, at their takt time. Empty: the
     * fallbackBalance() heuristic (the lead plugs the SALBP solver in here).
     */
    BalanceFunction balance;
};

/** The figures of one production line. */
struct LineKpis {
    QString lineId;
    QString lineName;
    double taktTimeS = 0.0;
    AssignmentMetrics metrics;
    /** True when the figures come from a fresh balance because the line had no assignment. */
    bool freshBalance = false;
    /** True when a fresh balance was needed and found nothing. */
    bool infeasible = false;
    /** The assignment the figures come from: the line's own, or the fresh balance. */
    std::vector<Station> stations;
    AutomationCoverage coverage;
};

/**
 * Everything the KPI command and the GUI show for one variant. With several lines, `line`
 * sums them: stations added, cycle time the largest, efficiency = sum of work content /
 * sum of (stations x cycle time) per line; takt time is the smallest (binding) one.
 */
struct VariantKpis {
    QString variantId;
    QString variantName;
    double taktTimeS = 0.0;
    AssignmentMetrics line;
    std::vector<LineKpis> lines;
    DistanceMetric metric = DistanceMetric::Rectilinear;
    FlowTotals flow;
    AutomationCoverage automation;
    GeometrySummary layout;
    EnergyFigures energy;
    /** True when some line needed a balance and none was feasible. */
    bool infeasible = false;
};

/** Line figures of a variant; independent of item positions, so computed once per variant. */
std::vector<LineKpis> computeLineKpis(const Variant &variant, const KpiOptions &options);

/** Combines line, flow and geometry results into the variant's KPIs. */
VariantKpis combineKpis(const ProjectSettings &settings, const Variant &variant, const std::vector<LineKpis> &lines,
                        const FlowAnalysis &flow, const GeometryChecker &geometry);

/** One-shot: geometry checks, flow analysis and every KPI of a variant. */
VariantKpis computeVariantKpis(const Project &project, const Variant &variant, const KpiOptions &options = {});

} // namespace taktflow::core
