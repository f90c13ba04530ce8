// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/projectreader.h"

#include "core/storage/backgroundstore.h"
#include "core/storage/simulationstore.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace taktflow::core::storage {

namespace {

using sqlite::Statement;

// Far above any real plant, low enough that a crafted file cannot exhaust memory.
constexpr std::int64_t kMaxRowsPerTable = 2'000'000;

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(Storage)

public:
    explicit Reader(sqlite::Database &db) : mDb(db) {}

    sqlite::ValueResult<Project> read();

private:
    bool fail(const QString &message)
    {
        if (mError.isEmpty())
            mError = message;
        return false;
    }
    /** Checks a finished query: SQL errors, type errors. */
    bool finish(const Statement &query, const char *table)
    {
        if (!query.isValid() || !query.error().isEmpty())
            return fail(tr("table %1: %2").arg(QLatin1String(table), query.error()));
        if (!query.typeError().isEmpty())
            return fail(tr("table %1: %2").arg(QLatin1String(table), query.typeError()));
        return true;
    }
    bool checkSizes();
    bool readHead(Project &project);
    bool readVariants(Project &project);
    bool readItems(Project &project);
    bool readLines(Project &project);
    bool readTasks(Project &project);
    bool readProducts(Project &project);
    bool readPlans(Project &project)
    {
        const sqlite::Result read = readBackgrounds(mDb, project);
        return read || fail(read.message);
    }

    bool readSimulationRecords(Project &project)
    {
        const sqlite::Result read = readSimulations(mDb, project);
        return read || fail(read.message);
    }

    Variant *variant(Project &project, const QString &id)
    {
        const int index = mVariantIndex.value(id, -1);
        return index < 0 ? nullptr : &project.variants[std::size_t(index)];
    }
    ProductionLine *line(Project &project, const QString &variantId, const QString &lineId)
    {
        Variant *v = variant(project, variantId);
        const int index = mLineIndex.value(variantId + QChar(0) + lineId, -1);
        return v && index >= 0 ? &v->lines[std::size_t(index)] : nullptr;
    }
    Task *task(Project &project, const QString &variantId, const QString &lineId, const QString &taskId)
    {
        ProductionLine *l = line(project, variantId, lineId);
        const int index = mTaskIndex.value(variantId + QChar(0) + lineId + QChar(0) + taskId, -1);
        return l && index >= 0 ? &l->tasks[std::size_t(index)] : nullptr;
    }

    sqlite::Database &mDb;
    QString mError;
    QHash<QString, int> mVariantIndex;
    QHash<QString, int> mItemIndex;
    QHash<QString, int> mLineIndex;
    QHash<QString, int> mTaskIndex;
    QHash<QString, int> mProductIndex;
};

bool Reader::checkSizes()
{
    static const char *const kTables[] = {"transport", "variant", "item", "item_outline", "line", "task",
                                          "task_predecessor", "task_model_time", "line_model", "zoning_rule",
                                          "station", "station_task", "product", "routing_step", "flow",
                                          "kpi_weight", "cost_figure", "background", "line_simulation",
                                          "line_simulation_result", "line_simulation_station"};
    for (const char *table : kTables) {
        const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table;
        const sqlite::ValueResult<std::int64_t> rows = mDb.queryInt(sql.constData());
        if (!rows)
            return fail(tr("table %1: %2").arg(QLatin1String(table), rows.message));
        if (*rows > kMaxRowsPerTable)
            return fail(tr("table %1 has %2 rows, more than the limit of %3")
                            .arg(QLatin1String(table))
                            .arg(*rows)
                            .arg(kMaxRowsPerTable));
    }
    return true;
}

bool Reader::readHead(Project &project)
{
    Statement head(mDb, "SELECT name, author, revision, grid_kg_co2e_per_kwh, running_hours_per_period FROM project");
    if (head.next()) {
        project.name = head.text(0);
        project.author = head.text(1);
        project.revision = int(head.integer(2));
        project.settings.gridKgCo2ePerKwh = head.real(3);
        project.settings.runningHoursPerPeriod = head.real(4);
    }
    if (!finish(head, "project"))
        return false;

    Statement transport(mDb, "SELECT id, name, kind, speed_mps, cost_per_m, units_per_trip, energy_kwh_per_km, "
                             "automated FROM transport ORDER BY pos");
    while (transport.next()) {
        TransportMeans m;
        m.id = transport.text(0);
        m.name = transport.text(1);
        const QString kind = transport.text(2);
        const auto parsed = transportKindFromName(kind);
        if (!parsed)
            return fail(tr("transport '%1': unknown kind '%2'").arg(m.id, kind));
        m.kind = *parsed;
        m.speedMps = transport.real(3);
        m.costPerM = transport.real(4);
        m.unitsPerTrip = transport.real(5);
        m.energyKwhPerKm = transport.real(6);
        m.automated = transport.integer(7) != 0;
        project.transports.push_back(m);
    }
    if (!finish(transport, "transport"))
        return false;

    Statement weight(mDb, "SELECT kpi, weight FROM kpi_weight ORDER BY kpi");
    while (weight.next())
        project.kpiWeights[weight.text(0)] = weight.real(1);
    if (!finish(weight, "kpi_weight"))
        return false;

    Statement cost(mDb, "SELECT variant_id, name, value FROM cost_figure ORDER BY pos");
    while (cost.next())
        project.costFigures.push_back({cost.text(0), cost.text(1), cost.real(2)});
    return finish(cost, "cost_figure");
}

bool Reader::readVariants(Project &project)
{
    Statement query(mDb, "SELECT id, name, notes, floor_width_m, floor_depth_m, distance_metric, "
                         "min_aisle_width_m, default_transport FROM variant ORDER BY pos");
    while (query.next()) {
        Variant v;
        v.id = query.text(0);
        v.name = query.text(1);
        v.notes = query.text(2);
        v.floorWidthM = query.real(3);
        v.floorDepthM = query.real(4);
        const QString metric = query.text(5);
        const auto parsed = distanceMetricFromName(metric);
        if (!parsed)
            return fail(tr("variant '%1': unknown distance metric '%2'").arg(v.id, metric));
        v.distanceMetric = *parsed;
        v.minAisleWidthM = query.real(6);
        v.defaultTransportId = query.text(7);
        mVariantIndex.insert(v.id, int(project.variants.size()));
        project.variants.push_back(std::move(v));
    }
    return finish(query, "variant");
}

bool Reader::readItems(Project &project)
{
    Statement query(mDb, "SELECT variant_id, id, name, type, x_m, y_m, width_m, depth_m, rotation_deg, height_m, "
                         "automation_level, power_kw, clearance_m, pickup_x_m, pickup_y_m, dropoff_x_m, dropoff_y_m, "
                         "model_file, fixed FROM item ORDER BY variant_id, pos");
    while (query.next()) {
        Variant *v = variant(project, query.text(0));
        if (!v)
            return fail(tr("item '%1' belongs to no variant").arg(query.text(1)));
        LayoutItem it;
        it.id = query.text(1);
        it.name = query.text(2);
        const QString type = query.text(3);
        const auto parsed = itemTypeFromName(type);
        if (!parsed)
            return fail(tr("item '%1': unknown type '%2'").arg(it.id, type));
        it.type = *parsed;
        it.xM = query.real(4);
        it.yM = query.real(5);
        it.widthM = query.real(6);
        it.depthM = query.real(7);
        it.rotationDeg = query.real(8);
        it.heightM = query.real(9);
        it.automationLevel = query.real(10);
        it.powerKw = query.real(11);
        it.clearanceM = query.real(12);
        if (!query.isNull(13) || !query.isNull(14))
            it.pickupM = PointM{query.real(13), query.real(14)};
        if (!query.isNull(15) || !query.isNull(16))
            it.dropoffM = PointM{query.real(15), query.real(16)};
        it.modelFile = query.text(17);
        it.fixed = query.integer(18) != 0;
        mItemIndex.insert(v->id + QChar(0) + it.id, int(v->items.size()));
        v->items.push_back(std::move(it));
    }
    if (!finish(query, "item"))
        return false;

    Statement outline(mDb, "SELECT variant_id, item_id, x_m, y_m FROM item_outline ORDER BY variant_id, item_id, pos");
    while (outline.next()) {
        Variant *v = variant(project, outline.text(0));
        const int index = mItemIndex.value(outline.text(0) + QChar(0) + outline.text(1), -1);
        if (!v || index < 0)
            return fail(tr("outline point of missing item '%1'").arg(outline.text(1)));
        v->items[std::size_t(index)].outlineM.push_back({outline.real(2), outline.real(3)});
    }
    return finish(outline, "item_outline");
}

bool Reader::readLines(Project &project)
{
    Statement query(mDb, "SELECT variant_id, id, name, demand_per_period, available_time_s, use_calendar, "
                         "shifts_per_period, shift_length_s, breaks_s, planned_downtime_s, efficiency, "
                         "allow_parallel_stations FROM line ORDER BY variant_id, pos");
    while (query.next()) {
        Variant *v = variant(project, query.text(0));
        if (!v)
            return fail(tr("line '%1' belongs to no variant").arg(query.text(1)));
        ProductionLine l;
        l.id = query.text(1);
        l.name = query.text(2);
        l.demandPerPeriod = query.real(3);
        l.availableTimePerPeriodS = query.real(4);
        l.useCalendar = query.integer(5) != 0;
        l.calendar.shiftsPerPeriod = int(std::clamp<std::int64_t>(query.integer(6), 0, 1000));
        l.calendar.shiftLengthS = query.real(7);
        l.calendar.breaksS = query.real(8);
        l.calendar.plannedDowntimeS = query.real(9);
        l.calendar.efficiency = query.real(10);
        l.allowParallelStations = query.integer(11) != 0;
        mLineIndex.insert(v->id + QChar(0) + l.id, int(v->lines.size()));
        v->lines.push_back(std::move(l));
    }
    if (!finish(query, "line"))
        return false;

    Statement models(mDb, "SELECT variant_id, line_id, id, name, demand_share FROM line_model "
                          "ORDER BY variant_id, line_id, pos");
    while (models.next()) {
        ProductionLine *l = line(project, models.text(0), models.text(1));
        if (!l)
            return fail(tr("model '%1' belongs to no line").arg(models.text(2)));
        l->models.push_back({models.text(2), models.text(3), models.real(4)});
    }
    if (!finish(models, "line_model"))
        return false;

    Statement zoning(mDb, "SELECT variant_id, line_id, task_a, task_b, together FROM zoning_rule "
                          "ORDER BY variant_id, line_id, pos");
    while (zoning.next()) {
        ProductionLine *l = line(project, zoning.text(0), zoning.text(1));
        if (!l)
            return fail(tr("zoning rule belongs to no line"));
        l->zoning.push_back({zoning.text(2), zoning.text(3), zoning.integer(4) != 0});
    }
    if (!finish(zoning, "zoning_rule"))
        return false;

    Statement stations(mDb, "SELECT variant_id, line_id, resource, item_id, replicas FROM station "
                            "ORDER BY variant_id, line_id, pos");
    while (stations.next()) {
        ProductionLine *l = line(project, stations.text(0), stations.text(1));
        if (!l)
            return fail(tr("station belongs to no line"));
        Station s;
        s.resource = stations.text(2);
        s.itemId = stations.text(3);
        s.replicas = int(std::clamp<std::int64_t>(stations.integer(4), -1, 1000));
        l->stations.push_back(std::move(s));
    }
    if (!finish(stations, "station"))
        return false;

    // Station positions are 0..n-1 as written; anything else in the file is a broken reference.
    Statement stationTasks(mDb, "SELECT variant_id, line_id, station_pos, task_id FROM station_task "
                                "ORDER BY variant_id, line_id, station_pos, pos");
    while (stationTasks.next()) {
        ProductionLine *l = line(project, stationTasks.text(0), stationTasks.text(1));
        const std::int64_t pos = stationTasks.integer(2);
        if (!l || pos < 0 || pos >= std::int64_t(l->stations.size()))
            return fail(tr("station task '%1' belongs to no station").arg(stationTasks.text(3)));
        l->stations[std::size_t(pos)].taskIds << stationTasks.text(3);
    }
    return finish(stationTasks, "station_task");
}

bool Reader::readTasks(Project &project)
{
    Statement query(mDb, "SELECT variant_id, line_id, id, name, time_s, automated, automated_time_s, "
                         "required_resource, fixed_station FROM task ORDER BY variant_id, line_id, pos");
    while (query.next()) {
        ProductionLine *l = line(project, query.text(0), query.text(1));
        if (!l)
            return fail(tr("task '%1' belongs to no line").arg(query.text(2)));
        Task t;
        t.id = query.text(2);
        t.name = query.text(3);
        t.timeS = query.real(4);
        t.automated = query.integer(5) != 0;
        t.automatedTimeS = query.real(6);
        t.requiredResource = query.text(7);
        t.fixedStation = int(std::clamp<std::int64_t>(query.integer(8), -1, 1'000'000));
        mTaskIndex.insert(query.text(0) + QChar(0) + l->id + QChar(0) + t.id, int(l->tasks.size()));
        l->tasks.push_back(std::move(t));
    }
    if (!finish(query, "task"))
        return false;

    Statement predecessors(mDb, "SELECT variant_id, line_id, task_id, predecessor_id FROM task_predecessor "
                                "ORDER BY variant_id, line_id, task_id, pos");
    while (predecessors.next()) {
        Task *t = task(project, predecessors.text(0), predecessors.text(1), predecessors.text(2));
        if (!t)
            return fail(tr("predecessor of missing task '%1'").arg(predecessors.text(2)));
        t->predecessors << predecessors.text(3);
    }
    if (!finish(predecessors, "task_predecessor"))
        return false;

    Statement modelTimes(mDb, "SELECT variant_id, line_id, task_id, model_id, time_s FROM task_model_time");
    while (modelTimes.next()) {
        Task *t = task(project, modelTimes.text(0), modelTimes.text(1), modelTimes.text(2));
        if (!t)
            return fail(tr("model time of missing task '%1'").arg(modelTimes.text(2)));
        t->modelTimesS[modelTimes.text(3)] = modelTimes.real(4);
    }
    return finish(modelTimes, "task_model_time");
}

bool Reader::readProducts(Project &project)
{
    Statement query(mDb, "SELECT variant_id, id, name, units_per_period, transport_id FROM product "
                         "ORDER BY variant_id, pos");
    while (query.next()) {
        Variant *v = variant(project, query.text(0));
        if (!v)
            return fail(tr("product '%1' belongs to no variant").arg(query.text(1)));
        Product p;
        p.id = query.text(1);
        p.name = query.text(2);
        p.unitsPerPeriod = query.real(3);
        p.transportId = query.text(4);
        mProductIndex.insert(v->id + QChar(0) + p.id, int(v->products.size()));
        v->products.push_back(std::move(p));
    }
    if (!finish(query, "product"))
        return false;

    Statement steps(mDb, "SELECT variant_id, product_id, item_id FROM routing_step ORDER BY variant_id, product_id, pos");
    while (steps.next()) {
        Variant *v = variant(project, steps.text(0));
        const int index = mProductIndex.value(steps.text(0) + QChar(0) + steps.text(1), -1);
        if (!v || index < 0)
            return fail(tr("routing step of missing product '%1'").arg(steps.text(1)));
        v->products[std::size_t(index)].routing << steps.text(2);
    }
    if (!finish(steps, "routing_step"))
        return false;

    Statement flows(mDb, "SELECT variant_id, from_item, to_item, units_per_period, product, transport_id FROM flow "
                         "ORDER BY variant_id, pos");
    while (flows.next()) {
        Variant *v = variant(project, flows.text(0));
        if (!v)
            return fail(tr("flow belongs to no variant"));
        v->flows.push_back({flows.text(1), flows.text(2), flows.real(3), flows.text(4), flows.text(5)});
    }
    return finish(flows, "flow");
}

sqlite::ValueResult<Project> Reader::read()
{
    Project project;
    const bool ok = checkSizes() && readHead(project) && readVariants(project) && readItems(project)
                    && readLines(project) && readTasks(project) && readProducts(project) && readPlans(project)
                    && readSimulationRecords(project);
    if (!ok)
        return sqlite::ValueResult<Project>::failure(mError);
    return {std::move(project), {}};
}

} // namespace

sqlite::ValueResult<Project> readProject(sqlite::Database &db)
{
    return Reader(db).read();
}

} // namespace taktflow::core::storage
