// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/flow/variantkpis.h"

#include <algorithm>
#include <cmath>

namespace taktflow::core {

std::vector<LineKpis> computeLineKpis(const Variant &variant, const KpiOptions &options)
{
    std::vector<LineKpis> out;
    for (const auto &line : variant.lines) {
        LineKpis k;
        k.lineId = line.id;
        k.lineName = line.name;
        k.taktTimeS = taktTimeS(line);
        std::vector<Station> stations = line.stations;
        if (stations.empty() && !line.tasks.empty()) {
            k.freshBalance = true;
            double cycle = k.taktTimeS;
            if (cycle <= 0.0) {
                // No demand: balance at the longest task, the shortest feasible cycle.
                for (const auto &task : line.tasks)
                    cycle = std::max(cycle, task.timeS);
            }
            stations = options.balance ? options.balance(line, cycle) : fallbackBalance(line, cycle);
            k.infeasible = stations.empty();
        }
        k.metrics = assignmentMetrics(line, stations);
        k.coverage = lineCoverage(variant, line, stations);
        k.stations = std::move(stations);
        out.push_back(std::move(k));
    }
    return out;
}

namespace {

AssignmentMetrics mergeLines(const std::vector<LineKpis> &lines)
{
    if (lines.size() == 1)
        return lines.front().metrics;
    AssignmentMetrics m;
    double capacity = 0.0;
    double squares = 0.0;
    for (const auto &line : lines) {
        const AssignmentMetrics &l = line.metrics;
        m.stations += l.stations;
        m.cycleTimeS = std::max(m.cycleTimeS, l.cycleTimeS);
        m.workContentS += l.workContentS;
        m.unassignedTasks += l.unassignedTasks;
        m.stationTimesS.insert(m.stationTimesS.end(), l.stationTimesS.begin(), l.stationTimesS.end());
        capacity += l.stations * l.cycleTimeS;
        squares += l.smoothnessIndex * l.smoothnessIndex;
    }
    if (capacity > 0.0) {
        m.lineEfficiency = m.workContentS / capacity;
        m.balanceDelay = 1.0 - m.lineEfficiency;
    }
    m.smoothnessIndex = std::sqrt(squares);
    return m;
}

} // namespace

VariantKpis combineKpis(const ProjectSettings &settings, const Variant &variant, const std::vector<LineKpis> &lines,
                        const FlowAnalysis &flow, const GeometryChecker &geometry)
{
    VariantKpis k;
    k.variantId = variant.id;
    k.variantName = variant.name;
    k.lines = lines;
    for (const auto &line : lines) {
        if (line.taktTimeS > 0.0 && (k.taktTimeS <= 0.0 || line.taktTimeS < k.taktTimeS))
            k.taktTimeS = line.taktTimeS;
        k.infeasible = k.infeasible || line.infeasible;
    }
    k.line = mergeLines(lines);
    k.metric = flow.metric();
    k.flow = flow.totals();
    std::vector<AutomationCoverage> coverages;
    for (const auto &line : lines)
        coverages.push_back(line.coverage);
    k.automation =
        variantCoverage(variant, coverages, k.flow.automatedFlowDistance, k.flow.flowDistance, k.flow.drivers);
    k.layout = geometry.summary();
    k.energy = energyFigures(variant, settings, k.flow.transportKwh);
    return k;
}

VariantKpis computeVariantKpis(const Project &project, const Variant &variant, const KpiOptions &options)
{
    const FlowAnalysis flow(project, variant, options.metric.value_or(variant.distanceMetric));
    const GeometryChecker geometry(variant);
    return combineKpis(project.settings, variant, computeLineKpis(variant, options), flow, geometry);
}

} // namespace taktflow::core
