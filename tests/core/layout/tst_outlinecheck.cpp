// SPDX-License-Identifier: GPL-3.0-or-later
// The outline validity check behind zone corner editing.
#include "core/layout/outlinecheck.h"

#include <QTest>

Q_DECLARE_METATYPE(std::vector<taktflow::core::PointM>)

using namespace taktflow::core;

class TestOutlineCheck : public QObject
{
    Q_OBJECT

private slots:
    void acceptsSimplePolygons()
    {
        QVERIFY(outlineProblem({{0, 0}, {4, 0}, {4, 3}, {0, 3}}).isEmpty());
        QVERIFY(outlineProblem({{0, 0}, {0, 3}, {4, 3}, {4, 0}}).isEmpty()); // either orientation
        QVERIFY(outlineProblem({{0, 0}, {4, 0}, {4, 3}, {2, 1}, {0, 3}}).isEmpty()); // concave
    }

    void refusesWhatIsNoSimplePolygon_data()
    {
        QTest::addColumn<std::vector<PointM>>("outline");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bow tie") << std::vector<PointM>{{0, 0}, {4, 3}, {4, 0}, {0, 3}} << QStringLiteral("cross");
        QTest::newRow("two corners") << std::vector<PointM>{{0, 0}, {4, 0}} << QStringLiteral("three");
        QTest::newRow("flat") << std::vector<PointM>{{0, 0}, {2, 0}, {4, 0}} << QStringLiteral("");
        QTest::newRow("repeated") << std::vector<PointM>{{0, 0}, {4, 0}, {4, 0}, {0, 3}} << QStringLiteral("same point");
        QTest::newRow("touching") << std::vector<PointM>{{0, 0}, {4, 0}, {2, 0}, {2, 3}} << QStringLiteral("");
        QTest::newRow("not finite") << std::vector<PointM>{{0, 0}, {4, 0}, {qInf(), 3}} << QStringLiteral("finite");
    }

    void refusesWhatIsNoSimplePolygon()
    {
        QFETCH(std::vector<PointM>, outline);
        QFETCH(QString, expected);
        const QString problem = outlineProblem(outline);
        QVERIFY(!problem.isEmpty());
        QVERIFY2(problem.contains(expected), qPrintable(problem));
    }

    void editableOutlineOfARectangle()
    {
        LayoutItem zone;
        zone.type = ItemType::Zone;
        zone.widthM = 6;
        zone.depthM = 2;
        const std::vector<PointM> corners{{-3, 1}, {3, 1}, {3, -1}, {-3, -1}};
        QVERIFY(editableOutline(zone) == corners);
        zone.outlineM = {{0, 0}, {1, 0}, {0, 1}};
        QVERIFY(editableOutline(zone) == zone.outlineM);
    }
};

QTEST_GUILESS_MAIN(TestOutlineCheck)
#include "tst_outlinecheck.moc"
