// SPDX-License-Identifier: GPL-3.0-or-later
// Editing a zone's corners on the canvas with real mouse and key events: drag, insert, delete,
// refusals, and undo back to the exact model.
#include "app/gui/docks/outlinetable.h"
#include "app/gui/docks/propertiesdock.h"
#include "app/gui/layout/layoutscene.h"
#include "tests/app/gui/layoutfixture.h"
#include "tests/app/gui/layouttesthelpers.h"
#include "tests/app/gui/mainwindowaccess.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace taktflow;
using test::Fixture;

namespace {

const QString kZone = QStringLiteral("ZONE-ASM");

/** The sample's assembly zone: a 24 m x 12 m rectangle centred on (15, 12), no outline. */
void selectZone(Fixture &f)
{
    f.document.setSelection({kZone});
    QCOMPARE(f.item(kZone).type, core::ItemType::Zone);
    QVERIFY(f.item(kZone).outlineM.empty());
    QCOMPARE(f.item(kZone).widthM, 24.0);
}

bool near(const core::PointM &p, double xM, double yM, double tolerance = 1e-9)
{
    return std::abs(p.xM - xM) <= tolerance && std::abs(p.yM - yM) <= tolerance;
}

} // namespace

class TestZoneEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void dragCornerIsOneUndoStep()
    {
        Fixture f;
        selectZone(f);
        const core::Project original = f.document.project();
        // The back left corner (3, 18) to (1, 20): the outline appears, the size follows it.
        test::drag(f.viewport(), f.at(3, 18), f.at(1, 20));
        QCOMPARE(f.document.undoStack()->count(), 1);
        const core::LayoutItem &zone = f.item(kZone);
        QCOMPARE(zone.outlineM.size(), std::size_t(4));
        QVERIFY(near(zone.outlineM[0], -14, 8));
        QVERIFY(near(zone.outlineM[1], 12, 6));
        QVERIFY(near(zone.outlineM[2], 12, -6));
        QVERIFY(near(zone.outlineM[3], -12, -6));
        QCOMPARE(zone.widthM, 26.0);
        QCOMPARE(zone.depthM, 14.0);
        QCOMPARE(zone.xM, 15.0);
        // The canvas draws the new outline.
        const QPolygonF shown = parts(f.window).layoutWorkspace()->scene()->graphicFor(kZone)->footprintScene();
        QVERIFY(shown.contains(app::floorToScene(1, 20)));
        const core::Project after = f.document.project();

        f.document.undoStack()->undo();
        QVERIFY(f.document.project() == original);
        f.document.undoStack()->redo();
        QVERIFY(f.document.project() == after);
    }

    void insertAndDeleteCorners()
    {
        Fixture f;
        selectZone(f);
        const core::Project original = f.document.project();
        QSignalSpy messages(f.view()->editTool(), &app::EditTool::message);

        // Double-click on the right edge (x = 27) inserts a corner on it: same shape, five corners.
        QTest::mouseDClick(f.viewport(), Qt::LeftButton, {}, f.at(27, 10));
        QCOMPARE(f.document.selection(), QSet<QString>{kZone});
        const core::LayoutItem &five = f.item(kZone);
        QCOMPARE(five.outlineM.size(), std::size_t(5));
        QVERIFY(near(five.outlineM[1], 12, 6));
        QCOMPARE(five.outlineM[2].xM, 12.0);
        QVERIFY(near(five.outlineM[2], 12, -2, 0.15));
        QVERIFY(near(five.outlineM[3], 12, -6));
        QCOMPARE(five.widthM, 24.0);
        QCOMPARE(f.document.undoStack()->count(), 1);

        // Alt+click deletes the corner again.
        test::sendMouse(f.viewport(), QEvent::MouseButtonPress, f.at(27, 10), Qt::LeftButton, Qt::LeftButton, Qt::AltModifier);
        test::sendMouse(f.viewport(), QEvent::MouseButtonRelease, f.at(27, 10), Qt::LeftButton, Qt::NoButton, Qt::AltModifier);
        QCOMPARE(f.item(kZone).outlineM.size(), std::size_t(4));
        QCOMPARE(f.document.undoStack()->count(), 2);

        // Click a corner, press Delete: a triangle, and the zone itself stays.
        test::sendMouse(f.viewport(), QEvent::MouseButtonPress, f.at(27, 6), Qt::LeftButton, Qt::LeftButton);
        test::sendMouse(f.viewport(), QEvent::MouseButtonRelease, f.at(27, 6), Qt::LeftButton, Qt::NoButton);
        QCOMPARE(f.view()->editTool()->vertexEditor().selectedVertex(), 2);
        QTest::keyClick(f.view(), Qt::Key_Delete);
        const core::LayoutItem &triangle = f.item(kZone);
        QCOMPARE(triangle.outlineM.size(), std::size_t(3));
        QVERIFY(near(triangle.outlineM[2], -12, -6));
        QCOMPARE(f.document.undoStack()->count(), 3);

        // Three corners are the least: refused with a message, nothing changes.
        test::sendMouse(f.viewport(), QEvent::MouseButtonPress, f.at(3, 6), Qt::LeftButton, Qt::LeftButton, Qt::AltModifier);
        test::sendMouse(f.viewport(), QEvent::MouseButtonRelease, f.at(3, 6), Qt::LeftButton, Qt::NoButton, Qt::AltModifier);
        QCOMPARE(f.item(kZone).outlineM.size(), std::size_t(3));
        QCOMPARE(f.document.undoStack()->count(), 3);
        QCOMPARE(messages.count(), 1);
        QVERIFY(messages.last().at(0).toString().contains(QLatin1String("three")));

        // Undo walks back through every step to the exact sample.
        for (int i = 0; i < 3; ++i)
            f.document.undoStack()->undo();
        QVERIFY(f.document.project() == original);
    }

    void crossingOutlineIsRefused()
    {
        Fixture f;
        selectZone(f);
        const core::Project original = f.document.project();
        QSignalSpy messages(f.view()->editTool(), &app::EditTool::message);
        // The back left corner dragged past the right edge would make the outline cross itself.
        test::drag(f.viewport(), f.at(3, 18), f.at(32, 12));
        QVERIFY(f.document.project() == original);
        QCOMPARE(f.document.undoStack()->count(), 0);
        QCOMPARE(messages.count(), 1);
        QVERIFY2(messages.last().at(0).toString().contains(QLatin1String("cross")),
                 qPrintable(messages.last().at(0).toString()));
    }

    void numericCornerEntry()
    {
        Fixture f;
        selectZone(f);
        const core::Project original = f.document.project();
        app::OutlineTable *table = parts(f.window).propertiesDock()->cornersTable();
        QSignalSpy messages(table, &app::OutlineTable::message);
        QVERIFY(!table->isHidden());
        QCOMPARE(table->rowCount(), 4);
        const QLocale locale;
        // Floor metres: the back left corner of the 24 x 12 m zone centred on (15, 12).
        QCOMPARE(table->item(0, 0)->text(), locale.toString(3.0, 'f', 3));
        QCOMPARE(table->item(0, 1)->text(), locale.toString(18.0, 'f', 3));

        table->item(0, 0)->setText(locale.toString(1.0, 'f', 3));
        QCOMPARE(f.document.undoStack()->count(), 1);
        QVERIFY(near(f.item(kZone).outlineM[0], -14, 6, 1e-9));
        QCOMPARE(f.item(kZone).widthM, 26.0);

        // X = 40 would swing the edge from the front left corner across the right edge.
        table->item(0, 0)->setText(locale.toString(40.0, 'f', 3));
        QCOMPARE(f.document.undoStack()->count(), 1);
        QCOMPARE(messages.count(), 1);
        QVERIFY(messages.last().at(0).toString().contains(QLatin1String("cross")));
        QCOMPARE(table->item(0, 0)->text(), locale.toString(1.0, 'f', 3));

        f.document.undoStack()->undo();
        QVERIFY(f.document.project() == original);
        QCOMPARE(table->item(0, 0)->text(), locale.toString(3.0, 'f', 3));
        // A machine has no corners to type.
        f.document.setSelection({QStringLiteral("TEST")});
        QVERIFY(table->isHidden());
    }

    void cornerSelectionEndsWithTheSelection()
    {
        Fixture f;
        selectZone(f);
        test::sendMouse(f.viewport(), QEvent::MouseButtonPress, f.at(27, 6), Qt::LeftButton, Qt::LeftButton);
        test::sendMouse(f.viewport(), QEvent::MouseButtonRelease, f.at(27, 6), Qt::LeftButton, Qt::NoButton);
        QVERIFY(f.view()->editTool()->wantsDeleteKey());
        // Another item picked elsewhere (a table, a finding): Delete is about that item again.
        f.document.setSelection({QStringLiteral("TEST")});
        QCOMPARE(f.view()->editTool()->vertexEditor().selectedVertex(), -1);
        QVERIFY(!f.view()->editTool()->wantsDeleteKey());
    }

    void escapeCancelsCornerDrag()
    {
        Fixture f;
        selectZone(f);
        const core::Project original = f.document.project();
        test::sendMouse(f.viewport(), QEvent::MouseButtonPress, f.at(3, 18), Qt::LeftButton, Qt::LeftButton);
        test::sendMouse(f.viewport(), QEvent::MouseMove, f.at(0, 22), Qt::NoButton, Qt::LeftButton);
        QCOMPARE(f.item(kZone).outlineM.size(), std::size_t(4));
        QTest::keyClick(f.view(), Qt::Key_Escape);
        test::sendMouse(f.viewport(), QEvent::MouseButtonRelease, f.at(0, 22), Qt::LeftButton, Qt::NoButton);
        QVERIFY(f.document.project() == original);
        QCOMPARE(f.document.undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestZoneEditor)
#include "tst_zoneeditor.moc"
