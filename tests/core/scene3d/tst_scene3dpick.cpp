// SPDX-License-Identifier: GPL-3.0-or-later
// Ray picking against scene items, with hits and misses worked out by hand.
#include "core/scene3d/scene3dpick.h"

#include <QTest>

using namespace taktflow::core;

namespace {

/** A 4 m x 2 m machine, 2.5 m tall, centred on (10, 5). */
SceneItem3D machine(double rotationDeg)
{
    LayoutItem item;
    item.id = QStringLiteral("M1");
    item.xM = 10;
    item.yM = 5;
    item.widthM = 4;
    item.depthM = 2;
    item.heightM = 2.5;
    item.rotationDeg = rotationDeg;
    return sceneItem3D(item);
}

SceneRay down(double xM, double yM)
{
    return {{xM, yM, 10.0}, {0.0, 0.0, -1.0}};
}

} // namespace

class TstScene3DPick : public QObject
{
    Q_OBJECT

private slots:
    void straightDownOntoTheTop();
    void rotatedFootprint();
    void sideWallsAndHeight();
    void concaveOutlineNotch();
    void floorRectangle();
};

void TstScene3DPick::straightDownOntoTheTop()
{
    const SceneItem3D m = machine(0);
    // From 10 m down to the top at 2.5 m: 7.5 m along the ray.
    QCOMPARE(rayHitItem(down(10, 5), m).value_or(-1), 7.5);
    QCOMPARE(rayHitItem(down(11.9, 5.9), m).value_or(-1), 7.5); // inside, near a corner
    QVERIFY(!rayHitItem(down(12.1, 5), m));                     // x runs from 8 to 12
    QVERIFY(!rayHitItem(down(10, 6.1), m));                     // y runs from 4 to 6
    // Looking up from above the machine sees nothing.
    QVERIFY(!rayHitItem({{10, 5, 10}, {0, 0, 1}}, m));
}

void TstScene3DPick::rotatedFootprint()
{
    // Turned by 90 degrees the machine spans x 9..11 and y 3..7.
    const SceneItem3D m = machine(90);
    QVERIFY(rayHitItem(down(10, 6.9), m));
    QVERIFY(rayHitItem(down(9.1, 3.1), m));
    QVERIFY(!rayHitItem(down(11.5, 5), m));
    QVERIFY(!rayHitItem(down(10, 7.2), m));
    // 45 degrees: the corner (12, 6) turns to about (10.71, 7.12); (10.6, 6.9) is inside.
    const SceneItem3D diagonal = machine(45);
    QVERIFY(rayHitItem(down(10.6, 6.9), diagonal));
    QVERIFY(!rayHitItem(down(11.9, 4.1), diagonal)); // inside when square, outside when turned
    QVERIFY(rayHitItem(down(11.9, 4.1), machine(0)));
}

void TstScene3DPick::sideWallsAndHeight()
{
    const SceneItem3D m = machine(0);
    // Eastwards at 1 m above the floor from x = 0: the west wall at x = 8.
    QCOMPARE(rayHitItem({{0, 5, 1}, {1, 0, 0}}, m).value_or(-1), 8.0);
    // A direction of any length: twice as long, half the parameter.
    QCOMPARE(rayHitItem({{0, 5, 1}, {2, 0, 0}}, m).value_or(-1), 4.0);
    // Above the machine's height it passes over.
    QVERIFY(!rayHitItem({{0, 5, 3}, {1, 0, 0}}, m));
    // Slanting down from (0, 5, 4) by 0.25 m per metre: at x = 8 the ray is at 2 m, on the wall.
    QCOMPARE(rayHitItem({{0, 5, 4}, {1, 0, -0.25}}, m).value_or(-1), 8.0);
    // Slanting by 0.1 m per metre it is at 3.2 m over the wall, 2.5 m (the top) at x = 15: past the
    // machine's east side at 12, so a miss.
    QVERIFY(!rayHitItem({{0, 5, 4}, {1, 0, -0.1}}, m));
}

void TstScene3DPick::concaveOutlineNotch()
{
    // An L: a 4 x 1 bar along x and a 1 x 4 bar along y, meeting at the origin corner.
    SceneItem3D l;
    l.itemId = QStringLiteral("L");
    l.localOutlineM = {{0, 0}, {4, 0}, {4, 1}, {1, 1}, {1, 4}, {0, 4}};
    l.rectangular = false;
    l.heightM = 1.0;
    QVERIFY(rayHitItem(down(0.5, 3), l));
    QVERIFY(rayHitItem(down(3, 0.5), l));
    QVERIFY(!rayHitItem(down(2.5, 2.5), l)); // in the notch
    // Horizontally through the notch along y = 2.5 from x = 5: the inner wall at x = 1.
    QCOMPARE(rayHitItem({{5, 2.5, 0.5}, {-1, 0, 0}}, l).value_or(-1), 4.0);
}

void TstScene3DPick::floorRectangle()
{
    // From (5, 5, 10) at 45 degrees eastwards down: the floor at x = 15, 10 * sqrt(2) away (t = 10).
    const SceneRay ray{{5, 5, 10}, {1, 0, -1}};
    QCOMPARE(rayHitFloor(ray, 20, 10).value_or(-1), 10.0);
    QVERIFY(!rayHitFloor(ray, 12, 10));                     // lands beyond the floor's east edge
    QVERIFY(!rayHitFloor({{5, 5, 10}, {1, 0, 0}}, 20, 10)); // level: never reaches the floor
    QVERIFY(!rayHitFloor({{5, 5, 10}, {0, 0, 1}}, 20, 10)); // upwards
}

QTEST_GUILESS_MAIN(TstScene3DPick)
#include "tst_scene3dpick.moc"
