// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/flow/aislenetwork.h"
#include "core/flow/distance.h"
#include "core/flow/flowanalysis.h"
#include "core/layout/footprint.h"
#include "core/model/sampleproject.h"

#include <QTest>

#include <cmath>

using namespace taktflow::core;

namespace {

LayoutItem item(const char *id, double x, double y, double w = 1, double d = 1, ItemType type = ItemType::Machine)
{
    LayoutItem i;
    i.id = QString::fromLatin1(id);
    i.type = type;
    i.xM = x;
    i.yM = y;
    i.widthM = w;
    i.depthM = d;
    return i;
}

LayoutItem aisle(const char *id, double x, double y, double w, double d)
{
    return item(id, x, y, w, d, ItemType::Aisle);
}

TransportMeans forklift()
{
    TransportMeans m;
    m.id = QStringLiteral("FL");
    m.kind = TransportKind::Forklift;
    m.speedMps = 2.0;
    m.costPerM = 0.5;
    m.unitsPerTrip = 10;
    m.energyKwhPerKm = 1.0;
    return m;
}

// A -> B -> C (100 units), A -> C (60 units): rectilinear 10, 10 and 20 m.
Project threeItems()
{
    Project p;
    p.settings.runningHoursPerPeriod = 1;
    p.transports = {forklift()};
    Variant v;
    v.defaultTransportId = QStringLiteral("FL");
    v.items = {item("A", 0, 0), item("B", 10, 0), item("C", 10, 10)};
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
    p.variants = {v};
    return p;
}

// A U of aisles around a wall: up x = 0, across y = 10, down x = 10 (all 2 m wide).
Variant uAroundWall()
{
    Variant v;
    v.floorWidthM = 30;
    v.floorDepthM = 20;
    v.items = {aisle("UP", 0, 5, 2, 10),
               aisle("TOP", 5, 10, 10, 2),
               aisle("DOWN", 10, 5, 2, 10),
               item("WALL", 5, 4, 1, 8, ItemType::Wall),
               item("P", -2, 1),
               item("Q", 12, 1)};
    MaterialFlow f;
    f.fromItem = QStringLiteral("P");
    f.toItem = QStringLiteral("Q");
    f.unitsPerPeriod = 10;
    v.flows = {f};
    return v;
}

/** Compares a polyline with one worked out by hand, point by point. */
void expectPath(const std::vector<PointM> &path, const std::vector<PointM> &expected)
{
    QCOMPARE(path.size(), expected.size());
    for (std::size_t i = 0; i < path.size(); ++i) {
        QVERIFY2(std::abs(path[i].xM - expected[i].xM) < 1e-9 && std::abs(path[i].yM - expected[i].yM) < 1e-9,
                 qPrintable(QStringLiteral("point %1 is %2, %3").arg(i).arg(path[i].xM).arg(path[i].yM)));
    }
}

} // namespace

class TestFlowAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void pointDistances()
    {
        QCOMPARE(pointDistanceM({0, 0}, {3, 4}, DistanceMetric::Euclidean), 5.0);
        QCOMPARE(pointDistanceM({0, 0}, {3, 4}, DistanceMetric::Rectilinear), 7.0);
        QCOMPARE(pointDistanceM({0, 0}, {-3, 4}, DistanceMetric::Rectilinear), 7.0);
    }

    void dropoffToPickup()
    {
        // A hands out at local (1, 0), B takes in at local (0, -1): from (1, 0) to (3, 3).
        Project p;
        Variant v;
        LayoutItem a = item("A", 0, 0);
        a.dropoffM = PointM{1, 0};
        LayoutItem b = item("B", 3, 4);
        b.pickupM = PointM{0, -1};
        v.items = {a, b};
        MaterialFlow f;
        f.fromItem = QStringLiteral("A");
        f.toItem = QStringLiteral("B");
        f.unitsPerPeriod = 1;
        v.flows = {f};
        QCOMPARE(*FlowAnalysis(p, v, DistanceMetric::Rectilinear).itemDistanceM(0, 1), 5.0);
        QCOMPARE(*FlowAnalysis(p, v, DistanceMetric::Euclidean).itemDistanceM(0, 1), std::sqrt(13.0));
        // Turned 90° counter-clockwise, A's local (1, 0) lies at (0, 1): to (3, 3) is 3 + 2.
        v.items[0].rotationDeg = 90;
        QVERIFY(std::abs(*FlowAnalysis(p, v, DistanceMetric::Rectilinear).itemDistanceM(0, 1) - 5.0) < 1e-9);
        const PointM turned = dropoffPoint(v.items[0]);
        QVERIFY(std::abs(turned.xM) < 1e-12 && std::abs(turned.yM - 1.0) < 1e-12);
    }

    void routingsAndTransport()
    {
        const Project p = threeItems();
        const FlowAnalysis flow(p, p.variants.front(), DistanceMetric::Rectilinear);
        QCOMPARE(flow.legs().size(), std::size_t(3));
        const FlowTotals &t = flow.totals();
        QCOMPARE(t.totalUnits, 260.0);
        // 100 x 10 + 100 x 10 + 60 x 20
        QCOMPARE(t.flowDistance, 3200.0);
        // Trips 10, 10, 6; metres driven (return empty) 200 + 200 + 240 = 640.
        QCOMPARE(t.transportCost, 320.0); // 640 m x 0.5
        QCOMPARE(t.travelTimeS, 320.0);   // 640 m / 2 m/s
        QVERIFY(std::abs(t.transportKwh - 0.64) < 1e-12);
        QCOMPARE(t.transportersNeeded, 1); // 320 s of a 3600 s period
        QCOMPARE(t.drivers, 1);
        QCOMPARE(t.automatedFlowDistance, 0.0);
        const FlowResult &ac = flow.results()[2];
        QCOMPARE(ac.distanceM, 20.0);
        QCOMPARE(ac.transport.trips, 6.0);
        QCOMPARE(ac.transport.travelledM, 240.0);

        const auto cells = flow.fromToCells();
        QCOMPARE(cells.size(), std::size_t(3));
        QCOMPARE(cells[0].fromId, QStringLiteral("A")); // the heaviest: A -> C, 1200 units·m
        QCOMPARE(cells[0].toId, QStringLiteral("C"));
        QCOMPARE(cells[0].unitsDistance, 1200.0);
        QCOMPARE(cells[0].cost, 120.0);
        QCOMPARE(flow.heaviestLegs().front(), 2);

        const FromToMatrix m = flow.fromToMatrix({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
        QCOMPARE(m.units[0 * 3 + 1], 100.0);
        QCOMPARE(m.units[0 * 3 + 2], 60.0);
        QCOMPARE(m.units[1 * 3 + 0], 0.0);
        QCOMPARE(m.distanceM[1 * 3 + 0], 10.0); // distances are measured both ways
        QCOMPARE(m.unitsDistance[1 * 3 + 2], 1000.0);
        QCOMPARE(m.cost[0 * 3 + 1], 100.0);

        // Euclidean: A -> C becomes sqrt 200.
        const FlowAnalysis straight(p, p.variants.front(), DistanceMetric::Euclidean);
        QVERIFY(std::abs(straight.totals().flowDistance - (2000.0 + 60.0 * std::sqrt(200.0))) < 1e-9);
    }

    void flowCountsMatchTheFromToMatrix()
    {
        Project sample = makeSampleProject();
        // By hand: housing IN-R1-CNC1-WASH-WS1 (4 legs), shaft IN-R2-CNC2-WASH-WS2 (4), motor
        // TEST-PACK-OUT (2), and the direct flow IN -> PACK: 11 pairs, none repeated.
        Variant &v = sample.variants.front();
        FlowCounts counts = countFlows(v);
        QCOMPARE(counts.itemPairs, 11);
        QCOMPARE(counts.routings, 3);
        QCOMPARE(counts.directFlows, 1);
        QCOMPARE(FlowAnalysis(sample, v, DistanceMetric::Rectilinear).fromToCells().size(), std::size_t(11));
        // A direct flow on a pair a routing already moves adds no cell, only a direct flow.
        MaterialFlow again;
        again.fromItem = QStringLiteral("IN");
        again.toItem = QStringLiteral("R1");
        again.unitsPerPeriod = 5;
        v.flows.push_back(again);
        counts = countFlows(v);
        QCOMPARE(counts.itemPairs, 11);
        QCOMPARE(counts.directFlows, 2);
        QCOMPARE(FlowAnalysis(sample, v, DistanceMetric::Rectilinear).fromToCells().size(), std::size_t(11));
    }

    void conveyorAndTransporters()
    {
        TransportMeans conveyor;
        conveyor.kind = TransportKind::Conveyor;
        conveyor.speedMps = 0.5;
        conveyor.costPerM = 0.1;
        conveyor.unitsPerTrip = 1;
        // One way only: 5 units x 10 m = 50 m; never counted as a transporter.
        const LegTransport t = transportLeg(conveyor, 5, 10);
        QCOMPARE(t.travelledM, 50.0);
        QCOMPARE(t.travelTimeS, 100.0);
        QCOMPARE(t.cost, 5.0);
        // 95 units at 10 per trip: 10 trips.
        QCOMPARE(transportLeg(forklift(), 95, 1).trips, 10.0);

        Project p = threeItems();
        p.transports.front().speedMps = 0.05; // 640 m take 12800 s: 4 periods of 3600 s
        p.transports.front().automated = true;
        const FlowAnalysis slow(p, p.variants.front(), DistanceMetric::Rectilinear);
        QCOMPARE(slow.totals().transportersNeeded, 4);
        QCOMPARE(slow.totals().drivers, 0);
        QCOMPARE(slow.totals().automatedFlowDistance, 3200.0);
    }

    void aislePathAroundObstacle()
    {
        const Variant v = uAroundWall();
        const AisleNetwork network(v.items);
        QVERIFY(!network.empty());
        const auto p = network.attach({-2, 1});
        const auto q = network.attach({12, 1});
        QVERIFY(p.valid() && q.valid());
        QCOMPARE(p.accessM, 2.0);
        // 2 in, 9 up, 10 across, 9 down, 2 out.
        QCOMPARE(*network.distanceM(p, q), 32.0);
        QCOMPARE(*network.distanceM(q, p), 32.0);
        // The route as the overlay draws it: in to UP, up, across TOP, down DOWN, out.
        const auto path = network.pathM({-2, 1}, p, {12, 1}, q);
        QVERIFY(path);
        expectPath(*path, {{-2, 1}, {0, 1}, {0, 10}, {10, 10}, {10, 1}, {12, 1}});
        // The way back is the same polyline reversed; no attachment, no path.
        const auto back = network.pathM({12, 1}, q, {-2, 1}, p);
        QVERIFY(back);
        expectPath(*back, {{12, 1}, {10, 1}, {10, 10}, {0, 10}, {0, 1}, {-2, 1}});
        QVERIFY(!network.pathM({-2, 1}, AisleNetwork::Attachment{}, {12, 1}, q));

        Project project;
        const FlowAnalysis flow(project, v, DistanceMetric::Aisle);
        QCOMPARE(flow.results().front().distanceM, 32.0);
        QVERIFY(flow.results().front().reachable);
        QCOMPARE(flow.totals().flowDistance, 320.0);
        QVERIFY(flow.findings().empty());
        // The same flow measured straight goes through the wall: 14 m.
        QCOMPARE(FlowAnalysis(project, v, DistanceMetric::Rectilinear).results().front().distanceM, 14.0);
    }

    void aisleTeeJunction()
    {
        // B's centre line ends 1.5 m from A's, inside A's 4 m width: joined there.
        const std::vector<LayoutItem> items{aisle("A", 10, 0, 20, 4), aisle("B", 10, 6.5, 2, 10)};
        const AisleNetwork network(items);
        const auto x = network.attach({12, 8});
        const auto y = network.attach({2, -1});
        // 2 in, 6.5 down B, 1.5 across the join, 8 along A, 1 out.
        QCOMPARE(*network.distanceM(x, y), 19.0);
        const auto path = network.pathM({12, 8}, x, {2, -1}, y);
        QVERIFY(path);
        expectPath(*path, {{12, 8}, {10, 8}, {10, 1.5}, {10, 0}, {2, 0}, {2, -1}});
        // Two points on one edge go straight along it, through no junction.
        const auto along = network.pathM({3, 1}, network.attach({3, 1}), {6, -1}, network.attach({6, -1}));
        QVERIFY(along);
        expectPath(*along, {{3, 1}, {3, 0}, {6, 0}, {6, -1}});
        QVERIFY(!network.pathM({0, 0}, AisleNetwork::Attachment{}, {6, -1}, y));
    }

    void unreachableItems()
    {
        Variant v = uAroundWall();
        // FAR is 25 m from every aisle (beyond the 20 m reach); ISLAND sits on an aisle of its own.
        v.items.push_back(item("FAR", 10, 35));
        v.items.push_back(aisle("LONE", 25, 2, 2, 4));
        v.items.push_back(item("ISLAND", 26.5, 2));
        for (const char *to : {"FAR", "ISLAND"}) {
            MaterialFlow f;
            f.fromItem = QStringLiteral("P");
            f.toItem = QString::fromLatin1(to);
            f.unitsPerPeriod = 5;
            v.flows.push_back(f);
        }
        Project project;
        FlowAnalysis flow(project, v, DistanceMetric::Aisle);
        QCOMPARE(flow.totals().unreachableLegs, 2);
        QCOMPARE(flow.totals().flowDistance, 320.0); // unreachable flows add nothing, and are reported
        QCOMPARE(flow.totals().totalUnits, 20.0);
        const auto findings = flow.findings();
        QCOMPARE(findings.size(), std::size_t(2));
        QCOMPARE(findings[0].kind, FindingKind::Unreachable);
        QCOMPARE(findings[0].itemIds.front(), QStringLiteral("FAR"));
        QCOMPARE(findings[1].itemIds, (QStringList{QStringLiteral("P"), QStringLiteral("ISLAND")}));
        QVERIFY(findings[1].message.contains(QStringLiteral("not connected")));

        // Moving FAR next to the top aisle makes it reachable: 2 + 9 + 5 + 2 = 18 m from P.
        LayoutItem moved = v.items[6];
        moved.yM = 12;
        moved.xM = 5;
        flow.itemMoved(6, moved);
        QCOMPARE(flow.totals().unreachableLegs, 1);
        QCOMPARE(flow.results()[1].distanceM, 18.0);
    }

    void missingItemsAreFindings()
    {
        Project p = threeItems();
        p.variants.front().products.front().routing << QStringLiteral("NOPE");
        const FlowAnalysis flow(p, p.variants.front(), DistanceMetric::Rectilinear);
        QCOMPARE(flow.legs().size(), std::size_t(3));
        const auto findings = flow.findings();
        QCOMPARE(findings.size(), std::size_t(1));
        QCOMPARE(findings[0].kind, FindingKind::MissingItem);
        QCOMPARE(findings[0].itemIds.front(), QStringLiteral("NOPE"));
    }

    void moveUpdatesOnlyWhatChanged()
    {
        const Project p = threeItems();
        FlowAnalysis flow(p, p.variants.front(), DistanceMetric::Rectilinear);
        LayoutItem c = p.variants.front().items[2];
        c.yM = 0; // C at (10, 0): B -> C 0 m, A -> C 10 m
        flow.itemMoved(2, c);
        QCOMPARE(flow.totals().flowDistance, 100.0 * 10 + 0.0 + 60.0 * 10);
        const FlowAnalysis fresh = [&] {
            Variant v = p.variants.front();
            v.items[2] = c;
            return FlowAnalysis(p, v, DistanceMetric::Rectilinear);
        }();
        QCOMPARE(flow.totals().transportCost, fresh.totals().transportCost);
    }
};

QTEST_GUILESS_MAIN(TestFlowAnalysis)
#include "tst_flowanalysis.moc"
