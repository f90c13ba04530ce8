// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/geometrychecker.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace taktflow::core;

namespace {

LayoutItem box(const char *id, double x, double y, double w, double d, double rotationDeg = 0.0,
               ItemType type = ItemType::Machine)
{
    LayoutItem item;
    item.id = QString::fromLatin1(id);
    item.type = type;
    item.xM = x;
    item.yM = y;
    item.widthM = w;
    item.depthM = d;
    item.rotationDeg = rotationDeg;
    return item;
}

Variant floorOf(double w, double d, std::vector<LayoutItem> items)
{
    Variant v;
    v.floorWidthM = w;
    v.floorDepthM = d;
    v.minAisleWidthM = 3.0;
    v.items = std::move(items);
    return v;
}

std::vector<LayoutFinding> ofKind(const std::vector<LayoutFinding> &all, FindingKind kind)
{
    std::vector<LayoutFinding> out;
    for (const auto &f : all) {
        if (f.kind == kind)
            out.push_back(f);
    }
    return out;
}

} // namespace

class TestGeometryChecker : public QObject
{
    Q_OBJECT

private slots:
    void axisOverlap()
    {
        // x 3..7 and 4..8, both y 4..6: shared 3 x 2 = 6 m².
        const GeometryChecker c(floorOf(20, 10, {box("A", 5, 5, 4, 2), box("B", 6, 5, 4, 2), box("C", 15, 5, 2, 2)}));
        const auto overlaps = ofKind(c.findings(), FindingKind::Overlap);
        QCOMPARE(overlaps.size(), std::size_t(1));
        QCOMPARE(overlaps[0].itemIds, (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
        QVERIFY(std::abs(overlaps[0].areaM2 - 6.0) < 1e-9);
        QVERIFY(overlaps[0].message.contains(QStringLiteral("A")));
        QCOMPARE(c.summary().overlaps, 1);
    }

    void rotatedOverlap()
    {
        // A diamond (2 x 2 turned 45°) reaches x = 5 + sqrt 2; the square B starts at x = 4 + sqrt 2:
        // the shared part is a triangle of base 2 and height 1, area 1.
        const double r2 = std::sqrt(2.0);
        GeometryChecker c(floorOf(20, 10, {box("A", 5, 5, 2, 2, 45), box("B", 5 + r2, 5, 2, 2)}));
        auto overlaps = ofKind(c.findings(), FindingKind::Overlap);
        QCOMPARE(overlaps.size(), std::size_t(1));
        QVERIFY(std::abs(overlaps[0].areaM2 - 1.0) < 1e-9);

        // Both turned 45° and offset (1, 1): in their own frame sqrt 2 apart, so (2 - sqrt 2) x 2 shared.
        GeometryChecker both(floorOf(20, 10, {box("A", 5, 5, 2, 2, 45), box("B", 6, 6, 2, 2, 45)}));
        overlaps = ofKind(both.findings(), FindingKind::Overlap);
        QCOMPARE(overlaps.size(), std::size_t(1));
        QVERIFY(std::abs(overlaps[0].areaM2 - (2.0 - r2) * 2.0) < 1e-9);

        // Axis boxes whose bounding boxes overlap but whose rotated shapes do not.
        GeometryChecker apart(floorOf(20, 10, {box("A", 5, 5, 4, 0.5, 45), box("B", 6.6, 3.4, 1, 1)}));
        QCOMPARE(apart.summary().overlaps, 0);
    }

    void customOutlineOverlap()
    {
        // A triangle (0,0),(4,0),(0,4) around centre (2,2) and a 2 x 2 box at (1,1): the box
        // lies fully inside the triangle's lower-left part, shared area 4.
        LayoutItem tri = box("T", 2, 2, 1, 1);
        tri.outlineM = {{-2, -2}, {2, -2}, {-2, 2}};
        GeometryChecker c(floorOf(20, 10, {tri, box("B", 1, 1, 2, 2)}));
        const auto overlaps = ofKind(c.findings(), FindingKind::Overlap);
        QCOMPARE(overlaps.size(), std::size_t(1));
        QVERIFY(std::abs(overlaps[0].areaM2 - 4.0) < 1e-9);
    }

    void badOutline()
    {
        // A bow tie: the outline crosses itself at the centre.
        LayoutItem bow = box("BOW", 5, 5, 1, 1);
        bow.outlineM = {{-1, -1}, {1, 1}, {1, -1}, {-1, 1}};
        const GeometryChecker c(floorOf(20, 10, {bow, box("OK", 15, 5, 2, 2)}));
        const auto found = ofKind(c.findings(), FindingKind::BadOutline);
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found[0].itemIds.front(), QStringLiteral("BOW"));
        QCOMPARE(findingKindName(FindingKind::BadOutline), QStringLiteral("badOutline"));
    }

    void clearance()
    {
        LayoutItem a = box("A", 5, 5, 2, 2);
        a.clearanceM = 1.0;
        // B: gap 7.5 - 1 - 6 = 0.5 < 1; C: gap 7.5 - 6 = 1.5, fine.
        GeometryChecker c(floorOf(20, 10, {a, box("B", 7.5, 5, 2, 2), box("C", 5, 8.5, 2, 2)}));
        const auto found = ofKind(c.findings(), FindingKind::Clearance);
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found[0].itemIds, (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
        QVERIFY(std::abs(found[0].distanceM - 0.5) < 1e-9);
        QCOMPARE(found[0].requiredM, 1.0);
        QCOMPARE(c.summary().clearanceViolations, 1);
        QCOMPARE(c.summary().overlaps, 0);
    }

    void outsideFloor()
    {
        // x 17..21 on a 20 m floor: 1 x 2 = 2 m² outside.
        GeometryChecker c(floorOf(20, 10, {box("A", 19, 5, 4, 2), box("B", 5, 5, 2, 2)}));
        const auto found = ofKind(c.findings(), FindingKind::Outside);
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found[0].itemIds.front(), QStringLiteral("A"));
        QVERIFY(std::abs(found[0].areaM2 - 2.0) < 1e-9);
        QCOMPARE(c.summary().outside, 1);
    }

    void buildingOutlineAndUtilisation()
    {
        // An L-shaped hall of 75 m² drawn as a wall outline; the notch (5..10, 5..10) is outside.
        LayoutItem hall = box("HALL", 0, 0, 1, 1, 0, ItemType::Wall);
        hall.outlineM = {{0, 0}, {10, 0}, {10, 5}, {5, 5}, {5, 10}, {0, 10}};
        LayoutItem column = box("COL", 2, 8, 1, 1, 0, ItemType::Column);
        GeometryChecker c(floorOf(100, 100, {hall, box("IN", 2, 2, 2, 2), box("NOTCH", 8, 8, 2, 2), column}));
        const auto outside = ofKind(c.findings(), FindingKind::Outside);
        QCOMPARE(outside.size(), std::size_t(1));
        QCOMPARE(outside[0].itemIds.front(), QStringLiteral("NOTCH"));
        QVERIFY(std::abs(outside[0].areaM2 - 4.0) < 1e-9);
        const GeometrySummary s = c.summary();
        // Usable 75 - 1 (column) = 74; occupied: only IN's 4 m² lie inside.
        QVERIFY(std::abs(s.usableAreaM2 - 74.0) < 1e-9);
        QVERIFY(std::abs(s.occupiedAreaM2 - 4.0) < 1e-9);
        QVERIFY(std::abs(s.utilization - 4.0 / 74.0) < 1e-12);
        QCOMPARE(s.overlaps, 0); // the outline wall is not an obstacle
    }

    void utilisationCountsSharedFloorOnce()
    {
        // 4 + 8 m² with 1 x 2 = 2 m² shared: 10 m² of 100.
        GeometryChecker c(floorOf(10, 10, {box("A", 2, 2, 2, 2), box("B", 4, 2, 4, 2)}));
        QVERIFY(std::abs(c.summary().occupiedAreaM2 - 10.0) < 1e-9);
        QVERIFY(std::abs(c.summary().utilization - 0.10) < 1e-12);
    }

    void narrowAisles()
    {
        // A nominal 2 m aisle against a 3 m minimum.
        LayoutItem thin = box("A1", 10, 15, 10, 2, 0, ItemType::Aisle);
        // A 4 m aisle (y 3..7); M1 reaches up to y 4.5 (1.5 m in: 2.5 m left), M2 only to 3.5 (3.5 m left).
        LayoutItem wide = box("A2", 10, 5, 20, 4, 0, ItemType::Aisle);
        GeometryChecker c(floorOf(20, 20, {thin, wide, box("M1", 5, 3.5, 2, 2), box("M2", 15, 2.5, 2, 2)}));
        const auto found = ofKind(c.findings(), FindingKind::NarrowAisle);
        QCOMPARE(found.size(), std::size_t(2));
        QCOMPARE(found[0].itemIds, (QStringList{QStringLiteral("A1")}));
        QCOMPARE(found[0].distanceM, 2.0);
        QCOMPARE(found[1].itemIds, (QStringList{QStringLiteral("A2"), QStringLiteral("M1")}));
        QVERIFY(std::abs(found[1].distanceM - 2.5) < 1e-9);
        QCOMPARE(c.summary().narrowAisles, 2);
        QCOMPARE(c.summary().overlaps, 0); // standing in an aisle is not an overlap
    }

    void movesAreIncremental()
    {
        GeometryChecker c(floorOf(20, 10, {box("A", 5, 5, 4, 2), box("B", 6, 5, 4, 2)}));
        QCOMPARE(c.summary().overlaps, 1);
        LayoutItem b = c.items()[1];
        b.xM = 15;
        c.itemMoved(1, b);
        QCOMPARE(c.summary().overlaps, 0);
        QVERIFY(c.findings().empty());
        b.xM = 19;
        c.itemMoved(1, b);
        QCOMPARE(c.summary().outside, 1);
        b.xM = 6;
        c.itemMoved(1, b);
        QCOMPARE(c.summary().overlaps, 1);
        QCOMPARE(c.summary().outside, 0);
    }

    void incrementalMatchesFresh()
    {
        std::mt19937 random(7);
        std::uniform_real_distribution<double> pos(1.0, 29.0), angle(0.0, 90.0);
        Variant v = floorOf(30, 30, {});
        for (int i = 0; i < 40; ++i) {
            LayoutItem item = box("X", pos(random), pos(random), 3, 2, angle(random));
            item.id = QStringLiteral("I%1").arg(i);
            item.clearanceM = i % 3 == 0 ? 0.5 : 0.0;
            v.items.push_back(item);
        }
        v.items.push_back(box("AISLE", 15, 15, 30, 3.5, 0, ItemType::Aisle));
        GeometryChecker live(v);
        for (int step = 0; step < 60; ++step) {
            const auto i = std::size_t(step % 41);
            v.items[i].xM = pos(random);
            v.items[i].yM = pos(random);
            live.itemMoved(int(i), v.items[i]);
        }
        const GeometryChecker fresh(v);
        QCOMPARE(live.summary().overlaps, fresh.summary().overlaps);
        QCOMPARE(live.summary().clearanceViolations, fresh.summary().clearanceViolations);
        QCOMPARE(live.summary().narrowAisles, fresh.summary().narrowAisles);
        QCOMPARE(live.summary().outside, fresh.summary().outside);
        QVERIFY(std::abs(live.summary().utilization - fresh.summary().utilization) < 1e-9);
        QVERIFY(fresh.summary().overlaps > 0); // the case is not trivially empty
    }

    void fitsFreely()
    {
        LayoutItem a = box("A", 5, 5, 2, 2);
        a.clearanceM = 1.0;
        const GeometryChecker c(
            floorOf(20, 10, {a, box("B", 15, 5, 2, 2), box("AIS", 10, 9, 20, 2, 0, ItemType::Aisle)}));
        LayoutItem b = c.items()[1];
        b.xM = 12;
        QVERIFY(c.fitsFreely(1, b));
        b.xM = 7.5; // inside A's 1 m margin
        QVERIFY(!c.fitsFreely(1, b));
        b.xM = 8.5;
        QVERIFY(c.fitsFreely(1, b));
        b.yM = 7.5; // onto the aisle (y 8..10)
        QVERIFY(!c.fitsFreely(1, b));
        b.yM = 5;
        b.xM = 19.5; // partly outside
        QVERIFY(!c.fitsFreely(1, b));
    }
};

QTEST_GUILESS_MAIN(TestGeometryChecker)
#include "tst_geometrychecker.moc"
