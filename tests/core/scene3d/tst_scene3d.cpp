// SPDX-License-Identifier: GPL-3.0-or-later
// The 3D scene description against geometry worked out by hand.
#include "core/layout/linepath.h"
#include "core/layout/triangulate.h"
#include "core/model/sampleproject.h"
#include "core/scene3d/scene3d.h"

#include <QTest>

#include <cmath>

using namespace taktflow::core;

class TstScene3D : public QObject
{
    Q_OBJECT

private slots:
    void rectangularItem();
    void customOutlineIsCounterClockwiseAndKeyed();
    void markingsAndMinimumHeight();
    void rotatedBounds();
    void triangulatesConcavePolygon();
    void flowsSumAndScaleWidth();
    void arcPoints();
    void sampleScene();
    void linePathsFollowStationLinks();
};

void TstScene3D::rectangularItem()
{
    LayoutItem item;
    item.id = QStringLiteral("M1");
    item.name = QStringLiteral("Mill");
    item.xM = 10;
    item.yM = 5;
    item.widthM = 4;
    item.depthM = 2;
    item.heightM = 2.5;
    item.rotationDeg = 30;
    const SceneItem3D s = sceneItem3D(item);
    QCOMPARE(s.itemId, QStringLiteral("M1"));
    QCOMPARE(s.label, QStringLiteral("Mill"));
    QVERIFY(s.rectangular);
    QCOMPARE(s.shapeKey, QStringLiteral("rect"));
    QCOMPARE(s.kind, SceneItemKind::Solid);
    QCOMPARE(s.widthM, 4.0);
    QCOMPARE(s.depthM, 2.0);
    QCOMPARE(s.heightM, 2.5);
    QCOMPARE(s.baseZM, 0.0);
    QCOMPARE(s.rotationDeg, 30.0);
    const std::vector<PointM> expected = {{-2, -1}, {2, -1}, {2, 1}, {-2, 1}};
    QCOMPARE(s.localOutlineM, expected);
}

void TstScene3D::customOutlineIsCounterClockwiseAndKeyed()
{
    LayoutItem item;
    item.id = QStringLiteral("L");
    // An L shape, given clockwise and closed: 3 x 3 minus the 2 x 2 top-right square (area 5).
    item.outlineM = {{0, 0}, {0, 3}, {1, 3}, {1, 1}, {3, 1}, {3, 0}, {0, 0}};
    const SceneItem3D s = sceneItem3D(item);
    QVERIFY(!s.rectangular);
    QCOMPARE(s.localOutlineM.size(), size_t(6));
    QCOMPARE(signedAreaM2(s.localOutlineM), 5.0);
    QCOMPARE(s.widthM, 3.0);
    QCOMPARE(s.depthM, 3.0);
    QVERIFY(s.shapeKey.startsWith(QStringLiteral("poly")));
    LayoutItem moved = item;
    moved.xM = 40;
    moved.rotationDeg = 90;
    QCOMPARE(sceneItem3D(moved).shapeKey, s.shapeKey); // same outline, same mesh
}

void TstScene3D::markingsAndMinimumHeight()
{
    LayoutItem aisle;
    aisle.type = ItemType::Aisle;
    aisle.heightM = 0;
    LayoutItem zone;
    zone.type = ItemType::Zone;
    LayoutItem flat;
    flat.heightM = 0;
    Scene3DOptions options;
    QCOMPARE(sceneItem3D(aisle).kind, SceneItemKind::Marking);
    QCOMPARE(sceneItem3D(aisle).heightM, options.markingThicknessM);
    // Aisles are drawn over zones.
    QVERIFY(sceneItem3D(zone).heightM < sceneItem3D(aisle).heightM);
    QCOMPARE(sceneItem3D(flat).heightM, options.minSolidHeightM);
}

void TstScene3D::rotatedBounds()
{
    LayoutItem item;
    item.xM = 10;
    item.yM = 10;
    item.widthM = 4;
    item.depthM = 2;
    item.heightM = 3;
    item.rotationDeg = 90; // the 4 m side now runs north-south
    const SceneBox3D b = itemBounds(sceneItem3D(item));
    QVERIFY(std::abs(b.minXM - 9) < 1e-9);
    QVERIFY(std::abs(b.maxXM - 11) < 1e-9);
    QVERIFY(std::abs(b.minYM - 8) < 1e-9);
    QVERIFY(std::abs(b.maxYM - 12) < 1e-9);
    QCOMPARE(b.maxZM, 3.0);
}

void TstScene3D::triangulatesConcavePolygon()
{
    const std::vector<PointM> l = {{0, 0}, {3, 0}, {3, 1}, {1, 1}, {1, 3}, {0, 3}};
    const auto triangles = triangulatePolygon(l);
    QCOMPARE(triangles.size(), size_t(4));
    double area = 0;
    for (const auto &t : triangles) {
        const double a = signedAreaM2({l[size_t(t[0])], l[size_t(t[1])], l[size_t(t[2])]});
        QVERIFY(a > 0); // counter-clockwise, none inverted
        area += a;
    }
    QCOMPARE(area, 5.0);
    // Clockwise input gives the same area.
    std::vector<PointM> reversed(l.rbegin(), l.rend());
    double areaReversed = 0;
    for (const auto &t : triangulatePolygon(reversed))
        areaReversed += signedAreaM2({reversed[size_t(t[0])], reversed[size_t(t[1])], reversed[size_t(t[2])]});
    QCOMPARE(areaReversed, 5.0);
    QVERIFY(triangulatePolygon({{0, 0}, {1, 1}}).empty());
}

void TstScene3D::flowsSumAndScaleWidth()
{
    Variant v;
    auto add = [&v](const char *id, double x, double h) {
        LayoutItem i;
        i.id = QString::fromLatin1(id);
        i.xM = x;
        i.yM = 0;
        i.heightM = h;
        v.items.push_back(i);
    };
    add("A", 0, 2);
    add("B", 10, 1);
    add("C", 20, 1);
    MaterialFlow ab{QStringLiteral("A"), QStringLiteral("B"), 100, {}, {}};
    MaterialFlow ab2{QStringLiteral("A"), QStringLiteral("B"), 100, {}, {}};
    MaterialFlow bc{QStringLiteral("B"), QStringLiteral("C"), 50, {}, {}};
    v.flows = {ab, ab2, bc};
    const std::vector<SceneFlow3D> flows = sceneFlows3D(v);
    QCOMPARE(flows.size(), size_t(2));
    const SceneFlow3D &f0 = flows[0].fromItemId == QStringLiteral("A") ? flows[0] : flows[1];
    const SceneFlow3D &f1 = flows[0].fromItemId == QStringLiteral("A") ? flows[1] : flows[0];
    QCOMPARE(f0.unitsPerPeriod, 200.0);
    Scene3DOptions o;
    QCOMPARE(f0.widthM, o.maxFlowWidthM);
    // 50 of 200 units: a quarter of the way from the narrowest to the widest ribbon.
    QVERIFY(std::abs(f1.widthM - (o.minFlowWidthM + 0.25 * (o.maxFlowWidthM - o.minFlowWidthM))) < 1e-9);
    QCOMPARE(f0.fromZM, 2.05);
    QCOMPARE(f0.toZM, 1.05);
    // 10 m apart: peak 0.3 * 10 = 3 m above the higher end.
    QVERIFY(std::abs(f0.peakZM - 5.05) < 1e-9);
}

void TstScene3D::arcPoints()
{
    SceneFlow3D f;
    f.fromM = {0, 0};
    f.toM = {10, 0};
    f.fromZM = 1;
    f.toZM = 1;
    f.peakZM = 5;
    const PointM3 start = flowArcPoint(f, 0), mid = flowArcPoint(f, 0.5), end = flowArcPoint(f, 1);
    QCOMPARE(start.xM, 0.0);
    QCOMPARE(start.zM, 1.0);
    QCOMPARE(end.xM, 10.0);
    QCOMPARE(mid.xM, 5.0);
    QCOMPARE(mid.zM, 3.0); // 0.25 + 0.5 * 5 + 0.25
}

void TstScene3D::sampleScene()
{
    const Project project = makeSampleProject();
    const Variant &v = project.variants.front();
    const SceneData3D scene = buildScene3D(v);
    QCOMPARE(scene.items.size(), v.items.size());
    QCOMPARE(scene.floorWidthM, 60.0);
    QCOMPARE(scene.boundsM.minXM, 0.0);
    QCOMPARE(scene.boundsM.maxXM, 60.0);
    QVERIFY(scene.boundsM.maxZM >= 8.0); // the columns
    QVERIFY(!scene.flows.empty());
    for (const SceneItem3D &item : scene.items)
        QVERIFY(item.heightM > 0.0);
}


void TstScene3D::linePathsFollowStationLinks()
{
    Variant variant;
    for (const auto &[id, x] : {std::pair{"A", 0.0}, std::pair{"B", 10.0}}) {
        LayoutItem item;
        item.id = QString::fromLatin1(id);
        item.xM = x;
        item.yM = 4;
        variant.items.push_back(item);
    }
    ProductionLine line;
    line.id = QStringLiteral("L1");
    line.name = QStringLiteral("Assembly");
    // Stations 1 and 2 share A, station 3 points at an item that is gone, 4 stands at B and
    // station 5 is not linked at all.
    for (const char *itemId : {"A", "A", "GONE", "B", ""}) {
        Station station;
        station.itemId = QString::fromLatin1(itemId);
        line.stations.push_back(station);
    }
    variant.lines.push_back(line);
    ProductionLine unlinked;
    unlinked.id = QStringLiteral("L2");
    unlinked.stations.resize(2);
    variant.lines.push_back(unlinked);

    const std::vector<LinePathOnFloor> paths = linePathsOnFloor(variant);
    QCOMPARE(paths.size(), std::size_t(1)); // L2 has nothing on the floor
    QCOMPARE(paths[0].lineId, QStringLiteral("L1"));
    QCOMPARE(paths[0].lineName, QStringLiteral("Assembly"));
    const std::vector<PointM> points = {{0, 4}, {10, 4}};
    QCOMPARE(paths[0].pointsM, points);
    const std::vector<QString> labels = {QStringLiteral("S1,2"), QStringLiteral("S4")};
    QCOMPARE(paths[0].labels, labels);

    Scene3DOptions options;
    const std::vector<SceneFlow3D> bands = sceneLinePaths3D(variant, options);
    QCOMPARE(bands.size(), std::size_t(1));
    QCOMPARE(bands[0].fromM, (PointM{0, 4}));
    QCOMPARE(bands[0].toM, (PointM{10, 4}));
    // Flat just above the markings: every point of the band at the same height.
    QCOMPARE(flowArcPoint(bands[0], 0.5).zM, options.linePathHeightM);
    QVERIFY(options.linePathHeightM > options.markingThicknessM);
    QCOMPARE(bands[0].widthM, options.linePathWidthM);

    // The sample's assembly line: stations at WS1, WS2, WS3 and TEST, so three bands.
    const Project sample = makeSampleProject();
    QCOMPARE(sceneLinePaths3D(sample.variants.front()).size(), std::size_t(3));
}

QTEST_GUILESS_MAIN(TstScene3D)
#include "tst_scene3d.moc"
