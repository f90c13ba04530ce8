// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/projectwriter.h"

#include "core/storage/backgroundstore.h"
#include "core/storage/simulationstore.h"

#include <initializer_list>

namespace taktflow::core::storage {

namespace {

using sqlite::Statement;

/** Binds values to consecutive parameters (1, 2, ...) and runs the insert. */
class Insert
{
public:
    Insert(sqlite::Database &db, const char *sql) : mStatement(db, sql) {}

    template<typename... Values>
    void row(const Values &...values)
    {
        if (!mOk)
            return;
        int index = 0;
        (bindOne(++index, values), ...);
        if (!mStatement.run()) {
            mOk = false;
            mError = mStatement.error();
        }
    }

    sqlite::Result result() const
    {
        if (!mStatement.isValid())
            return sqlite::Result::failure(mStatement.error());
        return mOk ? sqlite::Result::success() : sqlite::Result::failure(mError);
    }

private:
    template<typename T>
    void bindOne(int index, const T &value)
    {
        if constexpr (std::is_same_v<T, std::size_t>)
            mStatement.bind(index, std::int64_t(value));
        else
            mStatement.bind(index, value);
    }

    Statement mStatement;
    bool mOk = true;
    QString mError;
};

std::optional<double> pointX(const std::optional<PointM> &p)
{
    return p ? std::optional<double>(p->xM) : std::nullopt;
}

std::optional<double> pointY(const std::optional<PointM> &p)
{
    return p ? std::optional<double>(p->yM) : std::nullopt;
}

/** The first failed insert of a table list, or success. */
sqlite::Result firstFailure(std::initializer_list<const Insert *> inserts)
{
    for (const Insert *insert : inserts) {
        if (sqlite::Result done = insert->result(); !done)
            return done;
    }
    return sqlite::Result::success();
}

sqlite::Result writeVariant(sqlite::Database &db, std::size_t pos, const Variant &v)
{
    Insert variant(db, "INSERT INTO variant VALUES (?,?,?,?,?,?,?,?,?)");
    variant.row(pos, v.id, v.name, v.notes, v.floorWidthM, v.floorDepthM, distanceMetricName(v.distanceMetric),
                v.minAisleWidthM, v.defaultTransportId);
    Insert item(db, "INSERT INTO item VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    Insert outline(db, "INSERT INTO item_outline VALUES (?,?,?,?,?)");
    for (std::size_t i = 0; i < v.items.size(); ++i) {
        const LayoutItem &it = v.items[i];
        item.row(v.id, i, it.id, it.name, itemTypeName(it.type), it.xM, it.yM, it.widthM, it.depthM, it.rotationDeg,
                 it.heightM, it.automationLevel, it.powerKw, it.clearanceM, pointX(it.pickupM), pointY(it.pickupM),
                 pointX(it.dropoffM), pointY(it.dropoffM), it.modelFile, it.fixed);
        for (std::size_t p = 0; p < it.outlineM.size(); ++p)
            outline.row(v.id, it.id, p, it.outlineM[p].xM, it.outlineM[p].yM);
    }
    Insert line(db, "INSERT INTO line VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    Insert task(db, "INSERT INTO task VALUES (?,?,?,?,?,?,?,?,?,?)");
    Insert predecessor(db, "INSERT INTO task_predecessor VALUES (?,?,?,?,?)");
    Insert modelTime(db, "INSERT INTO task_model_time VALUES (?,?,?,?,?)");
    Insert model(db, "INSERT INTO line_model VALUES (?,?,?,?,?,?)");
    Insert zoning(db, "INSERT INTO zoning_rule VALUES (?,?,?,?,?,?)");
    Insert station(db, "INSERT INTO station VALUES (?,?,?,?,?,?)");
    Insert stationTask(db, "INSERT INTO station_task VALUES (?,?,?,?,?)");
    for (std::size_t l = 0; l < v.lines.size(); ++l) {
        const ProductionLine &ln = v.lines[l];
        const ShiftCalendar &c = ln.calendar;
        line.row(v.id, l, ln.id, ln.name, ln.demandPerPeriod, ln.availableTimePerPeriodS, ln.useCalendar,
                 c.shiftsPerPeriod, c.shiftLengthS, c.breaksS, c.plannedDowntimeS, c.efficiency,
                 ln.allowParallelStations);
        for (std::size_t t = 0; t < ln.tasks.size(); ++t) {
            const Task &tk = ln.tasks[t];
            task.row(v.id, ln.id, t, tk.id, tk.name, tk.timeS, tk.automated, tk.automatedTimeS, tk.requiredResource,
                     tk.fixedStation);
            for (qsizetype p = 0; p < tk.predecessors.size(); ++p)
                predecessor.row(v.id, ln.id, tk.id, std::int64_t(p), tk.predecessors[p]);
            for (const auto &[modelId, timeS] : tk.modelTimesS)
                modelTime.row(v.id, ln.id, tk.id, modelId, timeS);
        }
        for (std::size_t m = 0; m < ln.models.size(); ++m)
            model.row(v.id, ln.id, m, ln.models[m].id, ln.models[m].name, ln.models[m].demandShare);
        for (std::size_t z = 0; z < ln.zoning.size(); ++z)
            zoning.row(v.id, ln.id, z, ln.zoning[z].taskA, ln.zoning[z].taskB, ln.zoning[z].together);
        for (std::size_t s = 0; s < ln.stations.size(); ++s) {
            const Station &st = ln.stations[s];
            station.row(v.id, ln.id, s, st.resource, st.itemId, st.replicas);
            for (qsizetype t = 0; t < st.taskIds.size(); ++t)
                stationTask.row(v.id, ln.id, s, std::int64_t(t), st.taskIds[t]);
        }
    }
    Insert product(db, "INSERT INTO product VALUES (?,?,?,?,?,?)");
    Insert step(db, "INSERT INTO routing_step VALUES (?,?,?,?)");
    for (std::size_t p = 0; p < v.products.size(); ++p) {
        const Product &pr = v.products[p];
        product.row(v.id, p, pr.id, pr.name, pr.unitsPerPeriod, pr.transportId);
        for (qsizetype s = 0; s < pr.routing.size(); ++s)
            step.row(v.id, pr.id, std::int64_t(s), pr.routing[s]);
    }
    Insert flow(db, "INSERT INTO flow VALUES (?,?,?,?,?,?,?)");
    for (std::size_t f = 0; f < v.flows.size(); ++f) {
        const MaterialFlow &fl = v.flows[f];
        flow.row(v.id, f, fl.fromItem, fl.toItem, fl.unitsPerPeriod, fl.product, fl.transportId);
    }
    return firstFailure({&variant, &item, &outline, &line, &task, &predecessor, &modelTime, &model, &zoning, &station,
                         &stationTask, &product, &step, &flow});
}

} // namespace

sqlite::Result writeProject(sqlite::Database &db, const Project &project)
{
    Insert head(db, "INSERT INTO project VALUES (1,?,?,?,?,?)");
    head.row(project.name, project.author, project.revision, project.settings.gridKgCo2ePerKwh,
             project.settings.runningHoursPerPeriod);
    Insert transport(db, "INSERT INTO transport VALUES (?,?,?,?,?,?,?,?,?)");
    for (std::size_t t = 0; t < project.transports.size(); ++t) {
        const TransportMeans &m = project.transports[t];
        transport.row(t, m.id, m.name, transportKindName(m.kind), m.speedMps, m.costPerM, m.unitsPerTrip,
                      m.energyKwhPerKm, m.automated);
    }
    Insert weight(db, "INSERT INTO kpi_weight VALUES (?,?)");
    for (const auto &[kpi, value] : project.kpiWeights)
        weight.row(kpi, value);
    Insert cost(db, "INSERT INTO cost_figure VALUES (?,?,?,?)");
    for (std::size_t c = 0; c < project.costFigures.size(); ++c)
        cost.row(c, project.costFigures[c].variantId, project.costFigures[c].name, project.costFigures[c].value);
    if (sqlite::Result written = firstFailure({&head, &transport, &weight, &cost}); !written)
        return written;
    for (std::size_t v = 0; v < project.variants.size(); ++v) {
        if (sqlite::Result written = writeVariant(db, v, project.variants[v]); !written)
            return written;
    }
    if (sqlite::Result written = writeBackgrounds(db, project); !written)
        return written;
    return writeSimulations(db, project);
}

} // namespace taktflow::core::storage
