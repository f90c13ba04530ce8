// SPDX-License-Identifier: GPL-3.0-or-later
// The flow overlay follows the aisles when the variant measures along them (the route the flow
// analysis measures, worked out by hand below) and runs straight otherwise; item names reach
// into the free floor beside narrow items.
#include "app/gui/layout/flowoverlay.h"
#include "app/gui/layout/layoutitemgraphic.h"

#include <QApplication>
#include <QGraphicsScene>
#include <QTest>

#include <cmath>

using namespace taktflow;

namespace {

core::LayoutItem item(const char *id, double x, double y, double w, double d, core::ItemType type)
{
    core::LayoutItem i;
    i.id = QString::fromLatin1(id);
    i.type = type;
    i.xM = x;
    i.yM = y;
    i.widthM = w;
    i.depthM = d;
    return i;
}

/** Aisles up at x 0, across at y 10, down at x 10, a wall between P (west) and Q (east). */
core::Variant aroundTheWall()
{
    using core::ItemType;
    core::Variant v;
    v.floorWidthM = 30;
    v.floorDepthM = 20;
    v.items = {item("UP", 0, 5, 2, 10, ItemType::Aisle), item("TOP", 5, 10, 10, 2, ItemType::Aisle),
               item("DOWN", 10, 5, 2, 10, ItemType::Aisle), item("WALL", 5, 4, 1, 8, ItemType::Wall),
               item("P", -2, 1, 1, 1, ItemType::Machine), item("Q", 12, 1, 1, 1, ItemType::Machine)};
    core::MaterialFlow flow;
    flow.fromItem = QStringLiteral("P");
    flow.toItem = QStringLiteral("Q");
    flow.unitsPerPeriod = 10;
    v.flows = {flow};
    return v;
}

} // namespace

class TestFlowOverlay : public QObject
{
    Q_OBJECT

private slots:
    void routesAlongTheAislesUnderTheAisleMetric()
    {
        core::Variant v = aroundTheWall();
        v.distanceMetric = core::DistanceMetric::Aisle;
        app::FlowOverlay overlay;
        overlay.setVariant(&v);
        QCOMPARE(overlay.pairCount(), 1);
        // In from P to UP, up, across TOP, down DOWN, out to Q: 32 m, not 14 m through the wall.
        const QPolygonF expected{app::floorToScene(-2, 1),  app::floorToScene(0, 1),  app::floorToScene(0, 10),
                                 app::floorToScene(10, 10), app::floorToScene(10, 1), app::floorToScene(12, 1)};
        const QPolygonF route = overlay.route(0);
        QCOMPARE(route.size(), expected.size());
        for (qsizetype i = 0; i < route.size(); ++i)
            QVERIFY2(QLineF(route[i], expected[i]).length() < 1e-9, qPrintable(QString::number(i)));

        // Q moves east: only its end of the route changes.
        v.items[5].xM = 14;
        overlay.itemMoved();
        QVERIFY(QLineF(overlay.route(0).back(), app::floorToScene(14, 1)).length() < 1e-9);
        QVERIFY(QLineF(overlay.route(0)[2], app::floorToScene(0, 10)).length() < 1e-9);

        // The cross aisle moves up: the route is found again on the new network.
        v.items[1].yM = 12;
        v.items[0].depthM = 14;
        v.items[0].yM = 7;
        v.items[2].depthM = 14;
        v.items[2].yM = 7;
        overlay.itemMoved();
        QVERIFY(QLineF(overlay.route(0)[2], app::floorToScene(0, 12)).length() < 1e-9);
    }

    void straightUnderOtherMetrics()
    {
        core::Variant v = aroundTheWall();
        v.distanceMetric = core::DistanceMetric::Rectilinear;
        app::FlowOverlay overlay;
        overlay.setVariant(&v);
        const QPolygonF route = overlay.route(0);
        QCOMPARE(route.size(), 2);
        QVERIFY(QLineF(route.front(), app::floorToScene(-2, 1)).length() < 1e-9);
        QVERIFY(QLineF(route.back(), app::floorToScene(12, 1)).length() < 1e-9);
    }

    void straightWhenNoAisleReaches()
    {
        core::Variant v = aroundTheWall();
        v.distanceMetric = core::DistanceMetric::Aisle;
        v.items.erase(v.items.begin(), v.items.begin() + 3); // no aisles left
        app::FlowOverlay overlay;
        overlay.setVariant(&v);
        QCOMPARE(overlay.route(0).size(), 2);
    }

    void namesReachIntoFreeFloorOnly()
    {
        using core::ItemType;
        QGraphicsScene scene;
        auto *cnc = new app::LayoutItemGraphic(item("CNC", 10, 10, 2, 2, ItemType::Machine));
        scene.addItem(cnc);
        // Alone on the floor: the full 2.5 m each side.
        QCOMPARE(cnc->labelOverflowM(2, 0.5), 2.5);
        // A rack 3 m east of the machine's edge (x 14 to 16): half the gap, 1.5 m.
        scene.addItem(new app::LayoutItemGraphic(item("RACK", 15, 10, 2, 2, ItemType::Rack)));
        QCOMPARE(cnc->labelOverflowM(2, 0.5), 1.5);
        // An aisle or zone under the name is floor, not a neighbour.
        scene.addItem(new app::LayoutItemGraphic(item("AISLE", 5, 10, 4, 20, ItemType::Aisle)));
        QCOMPARE(cnc->labelOverflowM(2, 0.5), 1.5);
        // A column beside the label's band (2 m north) does not count; one in it does.
        scene.addItem(new app::LayoutItemGraphic(item("COL1", 7, 12, 0.4, 0.4, ItemType::Column)));
        QCOMPARE(cnc->labelOverflowM(2, 0.5), 1.5);
        scene.addItem(new app::LayoutItemGraphic(item("COL2", 8.5, 10, 0.4, 0.4, ItemType::Column)));
        // Its east face at 8.7 m, 0.3 m from the machine's west edge at 9 m: 0.15 m.
        QVERIFY(std::abs(cnc->labelOverflowM(2, 0.5) - 0.15) < 1e-9);
    }
};

QTEST_MAIN(TestFlowOverlay)
#include "tst_flowoverlay.moc"
