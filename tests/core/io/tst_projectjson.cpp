// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON export of a whole project: read back with QJsonDocument and compared to the model
// field by field, and its keys checked against the documented structure (docs/json-export.md).
#include "core/io/projectjson.h"
#include "core/io/simulationjson.h"
#include "core/layout/footprint.h"
#include "core/model/sampleproject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace taktflow::core;

namespace {

/** The documented keys of each object kind; the export must have exactly these. */
const QHash<QString, QStringList> &documentedKeys()
{
    static const QHash<QString, QStringList> keys{
        {QStringLiteral("project"),
         {QStringLiteral("format"), QStringLiteral("format_version"), QStringLiteral("name"), QStringLiteral("author"),
          QStringLiteral("revision"), QStringLiteral("settings"), QStringLiteral("transport_means"),
          QStringLiteral("kpi_weights"), QStringLiteral("cost_figures"), QStringLiteral("variants")}},
        {QStringLiteral("settings"),
         {QStringLiteral("grid_kg_co2e_per_kwh"), QStringLiteral("running_hours_per_period")}},
        {QStringLiteral("transport"),
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("speed_m_per_s"),
          QStringLiteral("cost_per_m"), QStringLiteral("units_per_trip"), QStringLiteral("energy_kwh_per_km"),
          QStringLiteral("automated")}},
        {QStringLiteral("variant"),
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("notes"), QStringLiteral("floor_width_m"),
          QStringLiteral("floor_depth_m"), QStringLiteral("distance_metric"), QStringLiteral("min_aisle_width_m"),
          QStringLiteral("default_transport_id"), QStringLiteral("items"), QStringLiteral("lines"),
          QStringLiteral("products"), QStringLiteral("flows")}},
        {QStringLiteral("item"),
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("x_m"),
          QStringLiteral("y_m"), QStringLiteral("width_m"), QStringLiteral("depth_m"), QStringLiteral("rotation_deg"),
          QStringLiteral("height_m"), QStringLiteral("automation_level"), QStringLiteral("power_kw"),
          QStringLiteral("clearance_m"), QStringLiteral("fixed"), QStringLiteral("model_file"),
          QStringLiteral("outline_local_m"), QStringLiteral("pickup_local_m"), QStringLiteral("dropoff_local_m"),
          QStringLiteral("footprint_m")}},
        {QStringLiteral("line"),
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("demand_per_period"),
          QStringLiteral("available_time_per_period_s"), QStringLiteral("use_calendar"), QStringLiteral("calendar"),
          QStringLiteral("allow_parallel_stations"), QStringLiteral("tasks"), QStringLiteral("models"),
          QStringLiteral("zoning"), QStringLiteral("stations"), QStringLiteral("simulation"),
          QStringLiteral("last_simulation")}},
        {QStringLiteral("summary"),
         {QStringLiteral("input_fingerprint"), QStringLiteral("ran_at_utc"), QStringLiteral("replications"),
          QStringLiteral("simulated_s"), QStringLiteral("throughput_per_hour"), QStringLiteral("output_units_mean"),
          QStringLiteral("wip_mean"), QStringLiteral("lead_time_mean_s"), QStringLiteral("lead_time_p95_s"),
          QStringLiteral("bottleneck"), QStringLiteral("stations"), QStringLiteral("parameters")}},
        {QStringLiteral("calendar"),
         {QStringLiteral("shifts_per_period"), QStringLiteral("shift_length_s"), QStringLiteral("breaks_s"),
          QStringLiteral("planned_downtime_s"), QStringLiteral("efficiency")}},
        {QStringLiteral("task"),
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("time_s"), QStringLiteral("predecessors"),
          QStringLiteral("automated"), QStringLiteral("automated_time_s"), QStringLiteral("resource"),
          QStringLiteral("fixed_station"), QStringLiteral("model_times_s")}},
        {QStringLiteral("station"),
         {QStringLiteral("number"), QStringLiteral("resource"), QStringLiteral("item_id"), QStringLiteral("replicas"),
          QStringLiteral("task_ids")}},
        {QStringLiteral("product"),
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("units_per_period"), QStringLiteral("routing"),
          QStringLiteral("transport_id")}},
        {QStringLiteral("flow"),
         {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("units_per_period"), QStringLiteral("product"),
          QStringLiteral("transport_id")}},
    };
    return keys;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

/** Keys with a unit suffix must hold numbers: the "numbers as numbers" rule. */
void checkUnitKeysAreNumbers(const QJsonObject &object)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString &key = it.key();
        const bool unitKey = key.endsWith(QLatin1String("_m")) || key.endsWith(QLatin1String("_s")) ||
                             key.endsWith(QLatin1String("_kw")) || key.endsWith(QLatin1String("_deg")) ||
                             key.endsWith(QLatin1String("_per_period"));
        if (unitKey && !it.value().isNull() && !it.value().isArray() && !it.value().isObject())
            QVERIFY2(it.value().isDouble(), qPrintable(key));
    }
}

} // namespace

class TestProjectJson : public QObject
{
    Q_OBJECT

    void checkKeys(const QString &kind, const QJsonObject &object)
    {
        QCOMPARE(sorted(object.keys()), sorted(documentedKeys().value(kind)));
        checkUnitKeysAreNumbers(object);
    }

private slots:
    void sampleReadsBackFieldByField()
    {
        Project project = makeSampleProject();
        project.author = QStringLiteral("Test \"author\"");
        project.kpiWeights[QStringLiteral("flow.transport_cost")] = 2.5;
        project.costFigures.push_back({project.variants.front().id, QStringLiteral("Invest"), 125000.0});
        // Exercise what the sample leaves empty: an outline, pick-up point, model times, zoning.
        LayoutItem &shaped = project.variants.front().items.front();
        shaped.outlineM = {{-1, -1}, {1, -1}, {1, 1}, {-1, 0.5}};
        shaped.pickupM = PointM{0.5, -0.25};
        Task &task = project.variants.front().lines.front().tasks.front();
        task.modelTimesS[QStringLiteral("B")] = 7.5;
        task.automatedTimeS = 3.25;
        project.variants.front().lines.front().zoning.push_back({task.id, QStringLiteral("X"), false});
        // And the simulation: parameters on one line, a last result on it.
        SimulationParameters &sim = project.variants.front().lines.front().simulation;
        sim.taskTimes[task.id] = TimeDistribution::normal(12, 1.5);
        sim.buffers = {std::nullopt, 0, 2};
        sim.stations.resize(2);
        sim.stations[1].failure.mode = FailureSpec::Mode::OperatingTime;
        sim.stations[1].failure.timeBetweenFailures = TimeDistribution::exponential(1800);
        sim.stations[1].setup = TimeDistribution::empirical({4, 6});
        sim.run.seed = 12345678901234567890ULL;
        SimulationSummary summary;
        summary.parameters = sim;
        summary.inputFingerprint = QStringLiteral("f00d");
        summary.ranAtUtc = QStringLiteral("2026-12-07T01:02:03Z");
        summary.replications = 5;
        summary.throughputPerHourMean = 37.5;
        summary.throughputPerHourLow = 36.0;
        summary.throughputPerHourHigh = 39.0;
        summary.leadTimeP95S = 812.25;
        summary.bottleneck = QStringLiteral("S2");
        summary.stations = {{QStringLiteral("S1"), 0.5, 0.5, 0, 0, 0, 0, 0.25}};
        project.variants.front().lines.front().lastSimulation = summary;

        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(io::projectToJsonText(project), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject root = document.object();
        checkKeys(QStringLiteral("project"), root);
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("taktflow-project"));
        QCOMPARE(root.value(QStringLiteral("format_version")).toInt(), 1);
        QCOMPARE(root.value(QStringLiteral("name")).toString(), project.name);
        QCOMPARE(root.value(QStringLiteral("author")).toString(), project.author);
        QCOMPARE(root.value(QStringLiteral("revision")).toInt(), project.revision);
        const QJsonObject settings = root.value(QStringLiteral("settings")).toObject();
        checkKeys(QStringLiteral("settings"), settings);
        QCOMPARE(settings.value(QStringLiteral("grid_kg_co2e_per_kwh")).toDouble(), project.settings.gridKgCo2ePerKwh);
        QCOMPARE(settings.value(QStringLiteral("running_hours_per_period")).toDouble(),
                 project.settings.runningHoursPerPeriod);
        QCOMPARE(root.value(QStringLiteral("kpi_weights"))
                     .toObject()
                     .value(QStringLiteral("flow.transport_cost"))
                     .toDouble(),
                 2.5);
        const QJsonArray costs = root.value(QStringLiteral("cost_figures")).toArray();
        QCOMPARE(costs.size(), qsizetype(project.costFigures.size()));
        for (qsizetype c = 0; c < costs.size(); ++c) {
            const CostFigure &figure = project.costFigures[std::size_t(c)];
            QCOMPARE(costs.at(c)[QStringLiteral("variant_id")].toString(), figure.variantId);
            QCOMPARE(costs.at(c)[QStringLiteral("name")].toString(), figure.name);
            QCOMPARE(costs.at(c)[QStringLiteral("value")].toDouble(), figure.value);
        }
        QCOMPARE(costs.last()[QStringLiteral("value")].toDouble(), 125000.0);

        const QJsonArray transports = root.value(QStringLiteral("transport_means")).toArray();
        QCOMPARE(transports.size(), qsizetype(project.transports.size()));
        QVERIFY(!project.transports.empty());
        for (qsizetype t = 0; t < transports.size(); ++t) {
            const TransportMeans &m = project.transports[std::size_t(t)];
            const QJsonObject o = transports.at(t).toObject();
            checkKeys(QStringLiteral("transport"), o);
            QCOMPARE(o.value(QStringLiteral("id")).toString(), m.id);
            QCOMPARE(o.value(QStringLiteral("kind")).toString(), transportKindName(m.kind));
            QCOMPARE(o.value(QStringLiteral("speed_m_per_s")).toDouble(), m.speedMps);
            QCOMPARE(o.value(QStringLiteral("cost_per_m")).toDouble(), m.costPerM);
            QCOMPARE(o.value(QStringLiteral("units_per_trip")).toDouble(), m.unitsPerTrip);
            QCOMPARE(o.value(QStringLiteral("energy_kwh_per_km")).toDouble(), m.energyKwhPerKm);
            QCOMPARE(o.value(QStringLiteral("automated")).toBool(), m.automated);
        }

        const QJsonArray variants = root.value(QStringLiteral("variants")).toArray();
        QCOMPARE(variants.size(), qsizetype(project.variants.size()));
        for (qsizetype v = 0; v < variants.size(); ++v)
            compareVariant(variants.at(v).toObject(), project.variants[std::size_t(v)]);
    }

    void emptyProjectHasEveryTopLevelKey()
    {
        const QJsonObject root = io::projectToJson(Project{});
        checkKeys(QStringLiteral("project"), root);
        QVERIFY(root.value(QStringLiteral("variants")).toArray().isEmpty());
    }

private:
    void compareVariant(const QJsonObject &o, const Variant &v)
    {
        checkKeys(QStringLiteral("variant"), o);
        QCOMPARE(o.value(QStringLiteral("id")).toString(), v.id);
        QCOMPARE(o.value(QStringLiteral("name")).toString(), v.name);
        QCOMPARE(o.value(QStringLiteral("notes")).toString(), v.notes);
        QCOMPARE(o.value(QStringLiteral("floor_width_m")).toDouble(), v.floorWidthM);
        QCOMPARE(o.value(QStringLiteral("floor_depth_m")).toDouble(), v.floorDepthM);
        QCOMPARE(o.value(QStringLiteral("distance_metric")).toString(), distanceMetricName(v.distanceMetric));
        QCOMPARE(o.value(QStringLiteral("min_aisle_width_m")).toDouble(), v.minAisleWidthM);
        QCOMPARE(o.value(QStringLiteral("default_transport_id")).toString(), v.defaultTransportId);

        const QJsonArray items = o.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), qsizetype(v.items.size()));
        for (qsizetype i = 0; i < items.size(); ++i)
            compareItem(items.at(i).toObject(), v.items[std::size_t(i)]);

        const QJsonArray lines = o.value(QStringLiteral("lines")).toArray();
        QCOMPARE(lines.size(), qsizetype(v.lines.size()));
        for (qsizetype l = 0; l < lines.size(); ++l)
            compareLine(lines.at(l).toObject(), v.lines[std::size_t(l)]);

        const QJsonArray products = o.value(QStringLiteral("products")).toArray();
        QCOMPARE(products.size(), qsizetype(v.products.size()));
        for (qsizetype p = 0; p < products.size(); ++p) {
            const QJsonObject j = products.at(p).toObject();
            const Product &m = v.products[std::size_t(p)];
            checkKeys(QStringLiteral("product"), j);
            QCOMPARE(j.value(QStringLiteral("id")).toString(), m.id);
            QCOMPARE(j.value(QStringLiteral("name")).toString(), m.name);
            QCOMPARE(j.value(QStringLiteral("units_per_period")).toDouble(), m.unitsPerPeriod);
            QCOMPARE(j.value(QStringLiteral("routing")).toVariant().toStringList(), m.routing);
            QCOMPARE(j.value(QStringLiteral("transport_id")).toString(), m.transportId);
        }
        const QJsonArray flows = o.value(QStringLiteral("flows")).toArray();
        QCOMPARE(flows.size(), qsizetype(v.flows.size()));
        for (qsizetype f = 0; f < flows.size(); ++f) {
            const QJsonObject j = flows.at(f).toObject();
            const MaterialFlow &m = v.flows[std::size_t(f)];
            checkKeys(QStringLiteral("flow"), j);
            QCOMPARE(j.value(QStringLiteral("from")).toString(), m.fromItem);
            QCOMPARE(j.value(QStringLiteral("to")).toString(), m.toItem);
            QCOMPARE(j.value(QStringLiteral("units_per_period")).toDouble(), m.unitsPerPeriod);
            QCOMPARE(j.value(QStringLiteral("product")).toString(), m.product);
            QCOMPARE(j.value(QStringLiteral("transport_id")).toString(), m.transportId);
        }
    }

    void compareItem(const QJsonObject &o, const LayoutItem &item)
    {
        checkKeys(QStringLiteral("item"), o);
        QCOMPARE(o.value(QStringLiteral("id")).toString(), item.id);
        QCOMPARE(o.value(QStringLiteral("name")).toString(), item.name);
        QCOMPARE(o.value(QStringLiteral("type")).toString(), itemTypeName(item.type));
        QCOMPARE(o.value(QStringLiteral("x_m")).toDouble(), item.xM);
        QCOMPARE(o.value(QStringLiteral("y_m")).toDouble(), item.yM);
        QCOMPARE(o.value(QStringLiteral("width_m")).toDouble(), item.widthM);
        QCOMPARE(o.value(QStringLiteral("depth_m")).toDouble(), item.depthM);
        QCOMPARE(o.value(QStringLiteral("rotation_deg")).toDouble(), item.rotationDeg);
        QCOMPARE(o.value(QStringLiteral("height_m")).toDouble(), item.heightM);
        QCOMPARE(o.value(QStringLiteral("automation_level")).toDouble(), item.automationLevel);
        QCOMPARE(o.value(QStringLiteral("power_kw")).toDouble(), item.powerKw);
        QCOMPARE(o.value(QStringLiteral("clearance_m")).toDouble(), item.clearanceM);
        QCOMPARE(o.value(QStringLiteral("fixed")).toBool(), item.fixed);
        QCOMPARE(o.value(QStringLiteral("model_file")).toString(), item.modelFile);
        const QJsonArray outline = o.value(QStringLiteral("outline_local_m")).toArray();
        QCOMPARE(outline.size(), qsizetype(item.outlineM.size()));
        for (qsizetype p = 0; p < outline.size(); ++p) {
            QCOMPARE(outline.at(p)[QStringLiteral("x_m")].toDouble(), item.outlineM[std::size_t(p)].xM);
            QCOMPARE(outline.at(p)[QStringLiteral("y_m")].toDouble(), item.outlineM[std::size_t(p)].yM);
        }
        const QJsonValue pickup = o.value(QStringLiteral("pickup_local_m"));
        QCOMPARE(pickup.isNull(), !item.pickupM.has_value());
        if (item.pickupM)
            QCOMPARE(pickup[QStringLiteral("x_m")].toDouble(), item.pickupM->xM);
        // The footprint is computed independently here, from the rectangle's corners when the
        // item has no outline: centre + rotated half-extents.
        const QJsonArray footprint = o.value(QStringLiteral("footprint_m")).toArray();
        if (item.outlineM.empty()) {
            QCOMPARE(footprint.size(), qsizetype(4));
            const double a = item.rotationDeg * M_PI / 180.0;
            for (const auto &[sx, sy] : {std::pair{-1, -1}, {1, -1}, {1, 1}, {-1, 1}}) {
                const double lx = sx * item.widthM / 2, ly = sy * item.depthM / 2;
                const double x = item.xM + lx * std::cos(a) - ly * std::sin(a);
                const double y = item.yM + lx * std::sin(a) + ly * std::cos(a);
                bool found = false;
                for (const QJsonValue &corner : footprint) {
                    found = found || (std::abs(corner[QStringLiteral("x_m")].toDouble() - x) < 1e-9 &&
                                      std::abs(corner[QStringLiteral("y_m")].toDouble() - y) < 1e-9);
                }
                QVERIFY2(found, qPrintable(item.id));
            }
        } else {
            QCOMPARE(footprint.size(), qsizetype(item.outlineM.size()));
        }
    }

    void compareLine(const QJsonObject &o, const ProductionLine &line)
    {
        checkKeys(QStringLiteral("line"), o);
        QCOMPARE(o.value(QStringLiteral("id")).toString(), line.id);
        QCOMPARE(o.value(QStringLiteral("name")).toString(), line.name);
        QCOMPARE(o.value(QStringLiteral("demand_per_period")).toDouble(), line.demandPerPeriod);
        QCOMPARE(o.value(QStringLiteral("available_time_per_period_s")).toDouble(), line.availableTimePerPeriodS);
        QCOMPARE(o.value(QStringLiteral("use_calendar")).toBool(), line.useCalendar);
        QCOMPARE(o.value(QStringLiteral("allow_parallel_stations")).toBool(), line.allowParallelStations);
        const QJsonObject calendar = o.value(QStringLiteral("calendar")).toObject();
        checkKeys(QStringLiteral("calendar"), calendar);
        QCOMPARE(calendar.value(QStringLiteral("shifts_per_period")).toInt(), line.calendar.shiftsPerPeriod);
        QCOMPARE(calendar.value(QStringLiteral("shift_length_s")).toDouble(), line.calendar.shiftLengthS);
        QCOMPARE(calendar.value(QStringLiteral("breaks_s")).toDouble(), line.calendar.breaksS);
        QCOMPARE(calendar.value(QStringLiteral("planned_downtime_s")).toDouble(), line.calendar.plannedDowntimeS);
        QCOMPARE(calendar.value(QStringLiteral("efficiency")).toDouble(), line.calendar.efficiency);
        const QJsonArray tasks = o.value(QStringLiteral("tasks")).toArray();
        QCOMPARE(tasks.size(), qsizetype(line.tasks.size()));
        for (qsizetype t = 0; t < tasks.size(); ++t) {
            const QJsonObject j = tasks.at(t).toObject();
            const Task &m = line.tasks[std::size_t(t)];
            checkKeys(QStringLiteral("task"), j);
            QCOMPARE(j.value(QStringLiteral("id")).toString(), m.id);
            QCOMPARE(j.value(QStringLiteral("name")).toString(), m.name);
            QCOMPARE(j.value(QStringLiteral("time_s")).toDouble(), m.timeS);
            QCOMPARE(j.value(QStringLiteral("predecessors")).toVariant().toStringList(), m.predecessors);
            QCOMPARE(j.value(QStringLiteral("automated")).toBool(), m.automated);
            if (m.automatedTimeS < 0)
                QVERIFY(j.value(QStringLiteral("automated_time_s")).isNull());
            else
                QCOMPARE(j.value(QStringLiteral("automated_time_s")).toDouble(), m.automatedTimeS);
            QCOMPARE(j.value(QStringLiteral("resource")).toString(), m.requiredResource);
            QCOMPARE(j.value(QStringLiteral("fixed_station")).toInt(), m.fixedStation);
            const QJsonObject times = j.value(QStringLiteral("model_times_s")).toObject();
            QCOMPARE(times.size(), qsizetype(m.modelTimesS.size()));
            for (const auto &[model, seconds] : m.modelTimesS)
                QCOMPARE(times.value(model).toDouble(), seconds);
        }
        const QJsonArray models = o.value(QStringLiteral("models")).toArray();
        QCOMPARE(models.size(), qsizetype(line.models.size()));
        for (qsizetype k = 0; k < models.size(); ++k)
            QCOMPARE(models.at(k)[QStringLiteral("demand_share")].toDouble(), line.models[std::size_t(k)].demandShare);
        const QJsonArray zoning = o.value(QStringLiteral("zoning")).toArray();
        QCOMPARE(zoning.size(), qsizetype(line.zoning.size()));
        for (qsizetype z = 0; z < zoning.size(); ++z) {
            QCOMPARE(zoning.at(z)[QStringLiteral("task_a")].toString(), line.zoning[std::size_t(z)].taskA);
            QCOMPARE(zoning.at(z)[QStringLiteral("together")].toBool(), line.zoning[std::size_t(z)].together);
        }
        const QJsonArray stations = o.value(QStringLiteral("stations")).toArray();
        QCOMPARE(stations.size(), qsizetype(line.stations.size()));
        for (qsizetype s = 0; s < stations.size(); ++s) {
            const QJsonObject j = stations.at(s).toObject();
            const Station &m = line.stations[std::size_t(s)];
            checkKeys(QStringLiteral("station"), j);
            QCOMPARE(j.value(QStringLiteral("number")).toInt(), int(s + 1));
            QCOMPARE(j.value(QStringLiteral("resource")).toString(), m.resource);
            QCOMPARE(j.value(QStringLiteral("item_id")).toString(), m.itemId);
            QCOMPARE(j.value(QStringLiteral("replicas")).toInt(), m.replicas);
            QCOMPARE(j.value(QStringLiteral("task_ids")).toVariant().toStringList(), m.taskIds);
        }
        // The parameters read back from the export are the line's, field for field.
        const auto simulation = io::simulationParametersFromJson(o.value(QStringLiteral("simulation")));
        QVERIFY2(simulation, qPrintable(simulation.message));
        QVERIFY(*simulation == line.simulation);
        const QJsonValue last = o.value(QStringLiteral("last_simulation"));
        QCOMPARE(last.isNull(), !line.lastSimulation.has_value());
        if (!line.lastSimulation)
            return;
        const SimulationSummary &s = *line.lastSimulation;
        const QJsonObject j = last.toObject();
        checkKeys(QStringLiteral("summary"), j);
        QCOMPARE(j.value(QStringLiteral("input_fingerprint")).toString(), s.inputFingerprint);
        QCOMPARE(j.value(QStringLiteral("ran_at_utc")).toString(), s.ranAtUtc);
        QCOMPARE(j.value(QStringLiteral("replications")).toInt(), s.replications);
        const QJsonObject throughput = j.value(QStringLiteral("throughput_per_hour")).toObject();
        QCOMPARE(throughput.value(QStringLiteral("mean")).toDouble(), s.throughputPerHourMean);
        QCOMPARE(throughput.value(QStringLiteral("ci95")).toArray(),
                 (QJsonArray{s.throughputPerHourLow, s.throughputPerHourHigh}));
        QCOMPARE(j.value(QStringLiteral("lead_time_p95_s")).toDouble(), s.leadTimeP95S);
        QCOMPARE(j.value(QStringLiteral("bottleneck")).toString(), s.bottleneck);
        const QJsonArray shares = j.value(QStringLiteral("stations")).toArray();
        QCOMPARE(shares.size(), qsizetype(s.stations.size()));
        QCOMPARE(shares.at(0)[QStringLiteral("starved")].toDouble(), s.stations[0].starved);
        QCOMPARE(shares.at(0)[QStringLiteral("bottleneck_share")].toDouble(), s.stations[0].bottleneckShare);
        const auto used = io::simulationParametersFromJson(j.value(QStringLiteral("parameters")));
        QVERIFY2(used, qPrintable(used.message));
        QVERIFY(*used == s.parameters);
    }
};

QTEST_GUILESS_MAIN(TestProjectJson)
#include "tst_projectjson.moc"
