// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/flow/kpijson.h"
#include "core/flow/layoutanalysis.h"
#include "core/model/sampleproject.h"

#include <QTest>

#include <cmath>

using namespace taktflow::core;

namespace {

LayoutItem item(const char *id, ItemType type, double x, double y, double powerKw, double automation = 0.0)
{
    LayoutItem i;
    i.id = QString::fromLatin1(id);
    i.type = type;
    i.xM = x;
    i.yM = y;
    i.widthM = 2;
    i.depthM = 2;
    i.powerKw = powerKw;
    i.automationLevel = automation;
    return i;
}

Task task(const char *id, double timeS, bool automated = false, double automatedTimeS = -1.0)
{
    Task t;
    t.id = QString::fromLatin1(id);
    t.timeS = timeS;
    t.automated = automated;
    t.automatedTimeS = automatedTimeS;
    return t;
}

/*
 * Four 2 x 2 items on a 20 x 20 floor; D overlaps C by 1 x 2. Product A -> B -> C (100 units)
 * and a flow A -> C (60 units): 10, 10 and 20 m rectilinear. A forklift carries 10 per trip at
 * 2 m/s for 0.5 per metre and 1 kWh/km. Line: a 10, b 20 by hand at B; c 15 (robot 5) and
 * d 5, both automated, on the robot station at A. 100 units in 3000 s.
 */
Project smallProject()
{
    Project p;
    p.settings.runningHoursPerPeriod = 1;
    p.settings.gridKgCo2ePerKwh = 0.5;
    TransportMeans fl;
    fl.id = QStringLiteral("FL");
    fl.speedMps = 2;
    fl.costPerM = 0.5;
    fl.unitsPerTrip = 10;
    fl.energyKwhPerKm = 1;
    p.transports = {fl};

    Variant v;
    v.id = QStringLiteral("V");
    v.name = QStringLiteral("Small");
    v.floorWidthM = 20;
    v.floorDepthM = 20;
    v.defaultTransportId = QStringLiteral("FL");
    v.items = {item("A", ItemType::Machine, 2, 2, 10, 1), item("B", ItemType::Workstation, 12, 2, 2),
               item("C", ItemType::Workstation, 12, 12, 0), item("D", ItemType::Machine, 13, 12, 0)};
    Product product;
    product.id = QStringLiteral("P");
    product.unitsPerPeriod = 100;
    product.routing = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    v.products = {product};
    MaterialFlow f;
    f.fromItem = QStringLiteral("A");
    f.toItem = QStringLiteral("C");
    f.unitsPerPeriod = 60;
    v.flows = {f};

    ProductionLine line;
    line.id = QStringLiteral("L");
    line.name = QStringLiteral("Line");
    line.demandPerPeriod = 100;
    line.availableTimePerPeriodS = 3000;
    line.tasks = {task("a", 10), task("b", 20), task("c", 15, true, 5), task("d", 5, true)};
    for (std::size_t i = 1; i < line.tasks.size(); ++i)
        line.tasks[i].predecessors = {line.tasks[i - 1].id};
    Station manual;
    manual.itemId = QStringLiteral("B");
    manual.taskIds = {QStringLiteral("a"), QStringLiteral("b")};
    Station robot;
    robot.itemId = QStringLiteral("A");
    robot.resource = QStringLiteral("robot");
    robot.taskIds = {QStringLiteral("c"), QStringLiteral("d")};
    line.stations = {manual, robot};
    v.lines = {line};
    p.variants = {v};
    return p;
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

double at(const QJsonObject &root, const char *path)
{
    QJsonValue value = root;
    for (const QString &key : QString::fromLatin1(path).split(QLatin1Char('.')))
        value = value.toObject().value(key);
    return value.isDouble() ? value.toDouble() : std::nan("");
}

} // namespace

class TestVariantKpis : public QObject
{
    Q_OBJECT

private slots:
    void everyKpiByHand()
    {
        const Project p = smallProject();
        const VariantKpis k = computeVariantKpis(p, p.variants.front());
        QCOMPARE(k.taktTimeS, 30.0);
        QCOMPARE(k.line.stations, 2);
        QCOMPARE(k.line.cycleTimeS, 30.0);
        QVERIFY(near(k.line.lineEfficiency, 40.0 / 60.0));
        QVERIFY(near(k.line.balanceDelay, 1.0 / 3.0));
        QVERIFY(near(k.line.smoothnessIndex, 20.0));
        QCOMPARE(k.metric, DistanceMetric::Rectilinear);
        QCOMPARE(k.flow.totalUnits, 260.0);
        QCOMPARE(k.flow.flowDistance, 3200.0);
        QCOMPARE(k.flow.transportCost, 320.0);
        QVERIFY(near(k.automation.workContentShare, 0.4));
        QVERIFY(near(k.automation.stationShare, 0.5));
        QVERIFY(near(k.automation.itemShare, 0.25)); // A automated of four equipment items
        QCOMPARE(k.automation.manualOperators, 2);   // station 1 plus one forklift driver
        QCOMPARE(k.layout.items, 4);
        QCOMPARE(k.layout.overlaps, 1);
        QCOMPARE(k.layout.clearanceViolations, 0);
        QVERIFY(near(k.layout.utilization, (16.0 - 2.0) / 400.0));
        QVERIFY(near(k.energy.kwhPerPeriod, 12.64)); // 12 kW x 1 h + 640 m x 1 kWh/km
        QVERIFY(near(k.energy.kgCo2ePerUnit, 12.64 * 0.5 / 100.0));
    }

    void jsonCarriesNumbers()
    {
        const Project p = smallProject();
        const QJsonObject o = kpisToJson(computeVariantKpis(p, p.variants.front()));
        QCOMPARE(o.value(QStringLiteral("variant")).toString(), QStringLiteral("Small"));
        QCOMPARE(o.value(QStringLiteral("flow")).toObject().value(QStringLiteral("metric")).toString(),
                 QStringLiteral("rectilinear"));
        const struct {
            const char *path;
            double value;
        } expected[] = {
            {"takt_time_s", 30.0},
            {"line.stations", 2},
            {"line.cycle_time_s", 30.0},
            {"line.line_efficiency", 40.0 / 60.0},
            {"line.balance_delay", 1.0 / 3.0},
            {"line.smoothness_index", 20.0},
            {"flow.total_units", 260},
            {"flow.flow_distance", 3200},
            {"flow.transport_cost", 320},
            {"automation.work_content_share", 0.4},
            {"automation.station_share", 0.5},
            {"layout.items", 4},
            {"layout.overlaps", 1},
            {"layout.clearance_violations", 0},
            {"layout.utilization", 14.0 / 400.0},
            {"energy.kwh_per_period", 12.64},
            {"energy.kg_co2e_per_unit", 0.0632},
        };
        for (const auto &e : expected)
            QVERIFY2(near(at(o, e.path), e.value), e.path);
    }

    void liveUpdatesWhileDragging()
    {
        const Project p = smallProject();
        LayoutAnalysis analysis(p, p.variants.front());
        QCOMPARE(analysis.kpis().layout.overlaps, 1);
        LayoutItem d = analysis.variant().items[3];
        d.xM = 17; // off C
        QVERIFY(analysis.itemMoved(d));
        QCOMPARE(analysis.kpis().layout.overlaps, 0);
        QVERIFY(near(analysis.kpis().layout.utilization, 16.0 / 400.0));
        LayoutItem c = analysis.variant().items[2];
        c.xM = 2; // C at (2, 12): B -> C 20 m, A -> C 10 m
        analysis.itemMoved(c);
        QCOMPARE(analysis.kpis().flow.flowDistance, 1000.0 + 2000.0 + 600.0);
        QVERIFY(!analysis.itemMoved(LayoutItem{}));
        // The live state equals a fresh analysis of the moved variant.
        const VariantKpis fresh = computeVariantKpis(p, analysis.variant());
        QCOMPARE(fresh.flow.transportCost, analysis.kpis().flow.transportCost);
        QCOMPARE(fresh.layout.overlaps, analysis.kpis().layout.overlaps);
    }

    void freshBalanceWhenUnassigned()
    {
        Project p = smallProject();
        p.variants.front().lines.front().stations.clear();
        double askedCycle = 0.0;
        KpiOptions options;
        options.balance = [&](const ProductionLine &line, double cycleTimeS) {
            askedCycle = cycleTimeS;
            return fallbackBalance(line, cycleTimeS);
        };
        const VariantKpis k = computeVariantKpis(p, p.variants.front(), options);
        QCOMPARE(askedCycle, 30.0);
        QVERIFY(k.lines.front().freshBalance);
        QCOMPARE(k.line.stations, 2); // {a, b} and {c, d} at 30 s, all manual times
        QCOMPARE(k.line.cycleTimeS, 30.0);
        options.balance = [](const ProductionLine &, double) { return std::vector<Station>{}; };
        QVERIFY(computeVariantKpis(p, p.variants.front(), options).infeasible);
    }

    void metricOverride()
    {
        const Project p = smallProject();
        KpiOptions options;
        options.metric = DistanceMetric::Euclidean;
        const VariantKpis k = computeVariantKpis(p, p.variants.front(), options);
        QCOMPARE(k.metric, DistanceMetric::Euclidean);
        QVERIFY(near(k.flow.flowDistance, 2000.0 + 60.0 * std::sqrt(200.0)));
        // No aisles at all: every flow is unreachable by aisle, reported, and adds nothing.
        options.metric = DistanceMetric::Aisle;
        const VariantKpis aisle = computeVariantKpis(p, p.variants.front(), options);
        QCOMPARE(aisle.flow.unreachableLegs, 3);
        QCOMPARE(aisle.flow.flowDistance, 0.0);
    }

    void sampleProjectFigures()
    {
        const Project p = makeSampleProject();
        const VariantKpis k = computeVariantKpis(p, p.variants.front());
        QVERIFY(near(k.taktTimeS, 94.5));
        QVERIFY(near(k.line.lineEfficiency, 308.0 / 360.0));
        // Rectilinear centre to centre, current layout: housing 11 + 12 + 16 + 43 = 82 m, shaft
        // 13 + 10.5 + 16.5 + 38 = 78 m, motor 23 + 13 = 36 m, each x 480; IN -> PACK 58 m x 60.
        // 39360 + 37440 + 17280 + 3480 = 97560 units·m.
        QVERIFY(near(k.flow.flowDistance, 97560.0));
        QCOMPARE(k.layout.overlaps, 0);
    }
};

QTEST_GUILESS_MAIN(TestVariantKpis)
#include "tst_variantkpis.moc"
