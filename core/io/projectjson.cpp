// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/projectjson.h"

#include "core/io/simulationjson.h"
#include "core/layout/footprint.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace taktflow::core::io {

namespace {

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonValue pointOrNull(const std::optional<PointM> &point)
{
    if (!point)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("x_m"), point->xM}, {QStringLiteral("y_m"), point->yM}};
}

QJsonArray pointList(const std::vector<PointM> &points)
{
    QJsonArray out;
    for (const PointM &p : points)
        out.append(QJsonObject{{QStringLiteral("x_m"), p.xM}, {QStringLiteral("y_m"), p.yM}});
    return out;
}

/** The footprint on the floor, counter-clockwise, without repeating the first point. */
QJsonArray footprint(const LayoutItem &item)
{
    const GeoPolygon polygon = footprintPolygon(item);
    const auto &ring = polygon.outer();
    std::vector<PointM> points;
    for (std::size_t i = 0; i + 1 < ring.size(); ++i)
        points.push_back({ring[i].x(), ring[i].y()});
    return pointList(points);
}

QJsonObject itemJson(const LayoutItem &item)
{
    return QJsonObject{
        {QStringLiteral("id"), item.id},
        {QStringLiteral("name"), item.name},
        {QStringLiteral("type"), itemTypeName(item.type)},
        {QStringLiteral("x_m"), item.xM},
        {QStringLiteral("y_m"), item.yM},
        {QStringLiteral("width_m"), item.widthM},
        {QStringLiteral("depth_m"), item.depthM},
        {QStringLiteral("rotation_deg"), item.rotationDeg},
        {QStringLiteral("height_m"), item.heightM},
        {QStringLiteral("automation_level"), item.automationLevel},
        {QStringLiteral("power_kw"), item.powerKw},
        {QStringLiteral("clearance_m"), item.clearanceM},
        {QStringLiteral("fixed"), item.fixed},
        {QStringLiteral("model_file"), item.modelFile},
        {QStringLiteral("outline_local_m"), pointList(item.outlineM)},
        {QStringLiteral("pickup_local_m"), pointOrNull(item.pickupM)},
        {QStringLiteral("dropoff_local_m"), pointOrNull(item.dropoffM)},
        {QStringLiteral("footprint_m"), footprint(item)},
    };
}

QJsonObject taskJson(const Task &task)
{
    QJsonObject modelTimes;
    for (const auto &[model, seconds] : task.modelTimesS)
        modelTimes.insert(model, seconds);
    return QJsonObject{
        {QStringLiteral("id"), task.id},
        {QStringLiteral("name"), task.name},
        {QStringLiteral("time_s"), task.timeS},
        {QStringLiteral("predecessors"), strings(task.predecessors)},
        {QStringLiteral("automated"), task.automated},
        // null: a machine takes as long as a person.
        {QStringLiteral("automated_time_s"), task.automatedTimeS >= 0 ? QJsonValue(task.automatedTimeS) : QJsonValue()},
        {QStringLiteral("resource"), task.requiredResource},
        {QStringLiteral("fixed_station"), task.fixedStation},
        {QStringLiteral("model_times_s"), modelTimes},
    };
}

QJsonObject lineJson(const ProductionLine &line)
{
    QJsonArray tasks;
    for (const Task &task : line.tasks)
        tasks.append(taskJson(task));
    QJsonArray models;
    for (const LineModel &model : line.models)
        models.append(QJsonObject{{QStringLiteral("id"), model.id},
                                  {QStringLiteral("name"), model.name},
                                  {QStringLiteral("demand_share"), model.demandShare}});
    QJsonArray zoning;
    for (const ZoningRule &rule : line.zoning)
        zoning.append(QJsonObject{{QStringLiteral("task_a"), rule.taskA},
                                  {QStringLiteral("task_b"), rule.taskB},
                                  {QStringLiteral("together"), rule.together}});
    QJsonArray stations;
    for (std::size_t s = 0; s < line.stations.size(); ++s) {
        const Station &station = line.stations[s];
        stations.append(QJsonObject{{QStringLiteral("number"), int(s + 1)},
                                    {QStringLiteral("resource"), station.resource},
                                    {QStringLiteral("item_id"), station.itemId},
                                    {QStringLiteral("replicas"), station.replicas},
                                    {QStringLiteral("task_ids"), strings(station.taskIds)}});
    }
    const ShiftCalendar &c = line.calendar;
    return QJsonObject{
        {QStringLiteral("id"), line.id},
        {QStringLiteral("name"), line.name},
        {QStringLiteral("demand_per_period"), line.demandPerPeriod},
        {QStringLiteral("available_time_per_period_s"), line.availableTimePerPeriodS},
        {QStringLiteral("use_calendar"), line.useCalendar},
        {QStringLiteral("calendar"), QJsonObject{{QStringLiteral("shifts_per_period"), c.shiftsPerPeriod},
                                                 {QStringLiteral("shift_length_s"), c.shiftLengthS},
                                                 {QStringLiteral("breaks_s"), c.breaksS},
                                                 {QStringLiteral("planned_downtime_s"), c.plannedDowntimeS},
                                                 {QStringLiteral("efficiency"), c.efficiency}}},
        {QStringLiteral("allow_parallel_stations"), line.allowParallelStations},
        {QStringLiteral("tasks"), tasks},
        {QStringLiteral("models"), models},
        {QStringLiteral("zoning"), zoning},
        {QStringLiteral("stations"), stations},
        {QStringLiteral("simulation"), simulationParametersToJson(line.simulation)},
        {QStringLiteral("last_simulation"),
         line.lastSimulation ? QJsonValue(simulationSummaryToJson(*line.lastSimulation)) : QJsonValue()},
    };
}

QJsonObject variantJson(const Variant &variant)
{
    QJsonArray items;
    for (const LayoutItem &item : variant.items)
        items.append(itemJson(item));
    QJsonArray lines;
    for (const ProductionLine &line : variant.lines)
        lines.append(lineJson(line));
    QJsonArray products;
    for (const Product &product : variant.products)
        products.append(QJsonObject{{QStringLiteral("id"), product.id},
                                    {QStringLiteral("name"), product.name},
                                    {QStringLiteral("units_per_period"), product.unitsPerPeriod},
                                    {QStringLiteral("routing"), strings(product.routing)},
                                    {QStringLiteral("transport_id"), product.transportId}});
    QJsonArray flows;
    for (const MaterialFlow &flow : variant.flows)
        flows.append(QJsonObject{{QStringLiteral("from"), flow.fromItem},
                                 {QStringLiteral("to"), flow.toItem},
                                 {QStringLiteral("units_per_period"), flow.unitsPerPeriod},
                                 {QStringLiteral("product"), flow.product},
                                 {QStringLiteral("transport_id"), flow.transportId}});
    return QJsonObject{
        {QStringLiteral("id"), variant.id},
        {QStringLiteral("name"), variant.name},
        {QStringLiteral("notes"), variant.notes},
        {QStringLiteral("floor_width_m"), variant.floorWidthM},
        {QStringLiteral("floor_depth_m"), variant.floorDepthM},
        {QStringLiteral("distance_metric"), distanceMetricName(variant.distanceMetric)},
        {QStringLiteral("min_aisle_width_m"), variant.minAisleWidthM},
        {QStringLiteral("default_transport_id"), variant.defaultTransportId},
        {QStringLiteral("items"), items},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("products"), products},
        {QStringLiteral("flows"), flows},
    };
}

} // namespace

QJsonObject projectToJson(const Project &project)
{
    QJsonArray transports;
    for (const TransportMeans &t : project.transports)
        transports.append(QJsonObject{{QStringLiteral("id"), t.id},
                                      {QStringLiteral("name"), t.name},
                                      {QStringLiteral("kind"), transportKindName(t.kind)},
                                      {QStringLiteral("speed_m_per_s"), t.speedMps},
                                      {QStringLiteral("cost_per_m"), t.costPerM},
                                      {QStringLiteral("units_per_trip"), t.unitsPerTrip},
                                      {QStringLiteral("energy_kwh_per_km"), t.energyKwhPerKm},
                                      {QStringLiteral("automated"), t.automated}});
    QJsonObject weights;
    for (const auto &[kpi, weight] : project.kpiWeights)
        weights.insert(kpi, weight);
    QJsonArray costs;
    for (const CostFigure &cost : project.costFigures)
        costs.append(QJsonObject{{QStringLiteral("variant_id"), cost.variantId},
                                 {QStringLiteral("name"), cost.name},
                                 {QStringLiteral("value"), cost.value}});
    QJsonArray variants;
    for (const Variant &variant : project.variants)
        variants.append(variantJson(variant));
    return QJsonObject{
        {QStringLiteral("format"), QString::fromLatin1(kProjectJsonFormat)},
        {QStringLiteral("format_version"), kProjectJsonVersion},
        {QStringLiteral("name"), project.name},
        {QStringLiteral("author"), project.author},
        {QStringLiteral("revision"), project.revision},
        {QStringLiteral("settings"),
         QJsonObject{{QStringLiteral("grid_kg_co2e_per_kwh"), project.settings.gridKgCo2ePerKwh},
                     {QStringLiteral("running_hours_per_period"), project.settings.runningHoursPerPeriod}}},
        {QStringLiteral("transport_means"), transports},
        {QStringLiteral("kpi_weights"), weights},
        {QStringLiteral("cost_figures"), costs},
        {QStringLiteral("variants"), variants},
    };
}

QByteArray projectToJsonText(const Project &project)
{
    return QJsonDocument(projectToJson(project)).toJson(QJsonDocument::Indented);
}

} // namespace taktflow::core::io
