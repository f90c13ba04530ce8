// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/flow/kpijson.h"

#include <cmath>

namespace taktflow::core {

namespace {

// JSON has no NaN or infinity; a KPI that cannot be computed is reported as 0.
double finite(double value)
{
    return std::isfinite(value) ? value : 0.0;
}

QJsonObject lineJson(const AssignmentMetrics &m)
{
    return QJsonObject{
        {QStringLiteral("stations"), m.stations},
        {QStringLiteral("cycle_time_s"), finite(m.cycleTimeS)},
        {QStringLiteral("work_content_s"), finite(m.workContentS)},
        {QStringLiteral("line_efficiency"), finite(m.lineEfficiency)},
        {QStringLiteral("balance_delay"), finite(m.balanceDelay)},
        {QStringLiteral("smoothness_index"), finite(m.smoothnessIndex)},
        {QStringLiteral("unassigned_tasks"), m.unassignedTasks},
    };
}

QJsonObject coverageJson(const AutomationCoverage &c)
{
    return QJsonObject{
        {QStringLiteral("work_content_share"), finite(c.workContentShare)},
        {QStringLiteral("station_share"), finite(c.stationShare)},
        {QStringLiteral("item_share"), finite(c.itemShare)},
        {QStringLiteral("transport_share"), finite(c.transportShare)},
        {QStringLiteral("manual_operators"), c.manualOperators},
    };
}

} // namespace

QJsonObject kpisToJson(const VariantKpis &k)
{
    QJsonArray lines;
    for (const auto &line : k.lines) {
        QJsonObject o = lineJson(line.metrics);
        o.insert(QStringLiteral("id"), line.lineId);
        o.insert(QStringLiteral("name"), line.lineName);
        o.insert(QStringLiteral("takt_time_s"), finite(line.taktTimeS));
        o.insert(QStringLiteral("fresh_balance"), line.freshBalance);
        o.insert(QStringLiteral("automation"), coverageJson(line.coverage));
        lines.append(o);
    }
    const QJsonObject flow{
        {QStringLiteral("metric"), distanceMetricName(k.metric)},
        {QStringLiteral("total_units"), finite(k.flow.totalUnits)},
        {QStringLiteral("flow_distance"), finite(k.flow.flowDistance)},
        {QStringLiteral("transport_cost"), finite(k.flow.transportCost)},
        {QStringLiteral("travel_time_s"), finite(k.flow.travelTimeS)},
        {QStringLiteral("transporters_needed"), k.flow.transportersNeeded},
        {QStringLiteral("unreachable_flows"), k.flow.unreachableLegs},
    };
    const QJsonObject layout{
        {QStringLiteral("items"), k.layout.items},
        {QStringLiteral("overlaps"), k.layout.overlaps},
        {QStringLiteral("clearance_violations"), k.layout.clearanceViolations},
        {QStringLiteral("outside"), k.layout.outside},
        {QStringLiteral("narrow_aisles"), k.layout.narrowAisles},
        {QStringLiteral("usable_area_m2"), finite(k.layout.usableAreaM2)},
        {QStringLiteral("occupied_area_m2"), finite(k.layout.occupiedAreaM2)},
        {QStringLiteral("utilization"), finite(k.layout.utilization)},
    };
    const QJsonObject energy{
        {QStringLiteral("item_kwh_per_period"), finite(k.energy.itemKwhPerPeriod)},
        {QStringLiteral("transport_kwh_per_period"), finite(k.energy.transportKwhPerPeriod)},
        {QStringLiteral("kwh_per_period"), finite(k.energy.kwhPerPeriod)},
        {QStringLiteral("kg_co2e_per_period"), finite(k.energy.kgCo2ePerPeriod)},
        {QStringLiteral("units_per_period"), finite(k.energy.unitsPerPeriod)},
        {QStringLiteral("kwh_per_unit"), finite(k.energy.kwhPerUnit)},
        {QStringLiteral("kg_co2e_per_unit"), finite(k.energy.kgCo2ePerUnit)},
    };
    return QJsonObject{
        {QStringLiteral("variant"), k.variantName},
        {QStringLiteral("variant_id"), k.variantId},
        {QStringLiteral("takt_time_s"), finite(k.taktTimeS)},
        {QStringLiteral("line"), lineJson(k.line)},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("flow"), flow},
        {QStringLiteral("automation"), coverageJson(k.automation)},
        {QStringLiteral("layout"), layout},
        {QStringLiteral("energy"), energy},
    };
}

QJsonArray findingsToJson(const std::vector<LayoutFinding> &findings)
{
    QJsonArray out;
    for (const auto &f : findings) {
        out.append(QJsonObject{
            {QStringLiteral("kind"), findingKindName(f.kind)},
            {QStringLiteral("items"), QJsonArray::fromStringList(f.itemIds)},
            {QStringLiteral("area_m2"), finite(f.areaM2)},
            {QStringLiteral("distance_m"), finite(f.distanceM)},
            {QStringLiteral("required_m"), finite(f.requiredM)},
            {QStringLiteral("message"), f.message},
        });
    }
    return out;
}

} // namespace taktflow::core
