// SPDX-License-Identifier: GPL-3.0-or-later
// The 2D layout editor driven through its real widgets with mouse and key events.
#include "app/document/projectdocument.h"
#include "app/gui/docks/findingsdock.h"
#include "app/gui/docks/kpidock.h"
#include "app/gui/docks/librarydock.h"
#include "app/gui/docks/propertiesdock.h"
#include "app/gui/docks/variantsdock.h"
#include "app/gui/layout/edittool.h"
#include "app/gui/layout/layoutitemgraphic.h"
#include "app/gui/layout/layoutscene.h"
#include "app/gui/layout/layoutview.h"
#include "app/gui/layout/layoutworkspace.h"
#include "app/gui/liveanalysis.h"
#include "app/gui/mainactions.h"
#include "app/gui/mainwindow.h"
#include "core/model/sampleproject.h"
#include "core/storage/projectfile.h"
#include "tests/app/gui/layoutfixture.h"
#include "tests/app/gui/layouttesthelpers.h"
#include "tests/app/gui/mainwindowaccess.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QListWidget>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>

#include <memory>

using namespace taktflow;

namespace {

using test::Fixture;

bool hasOverlap(const app::LiveAnalysis &analysis, const QString &a, const QString &b)
{
    for (const auto &finding : analysis.findings()) {
        if (finding.kind == core::FindingKind::Overlap && finding.itemIds.contains(a) && finding.itemIds.contains(b))
            return true;
    }
    return false;
}

} // namespace

class TestLayoutEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void placeItemFromLibrary()
    {
        Fixture f;
        const std::size_t before = f.document.currentVariant()->items.size();
        // The library's own drag payload, dropped onto the canvas.
        QListWidget *library = parts(f.window).libraryDock()->list();
        const QModelIndex machine = library->model()->index(0, 0);
        std::unique_ptr<QMimeData> data(library->model()->mimeData({machine}));
        QVERIFY(data);
        const QPoint target = f.at(50, 30);
        QDragEnterEvent enter(target, Qt::CopyAction, data.get(), Qt::LeftButton, {});
        QApplication::sendEvent(f.viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(target), Qt::CopyAction, data.get(), Qt::LeftButton, {});
        QApplication::sendEvent(f.viewport(), &drop);

        const core::Variant &variant = *f.document.currentVariant();
        QCOMPARE(variant.items.size(), before + 1);
        const core::LayoutItem &placed = variant.items.back();
        QCOMPARE(placed.type, core::ItemType::Machine);
        QVERIFY(std::abs(placed.xM - 50) <= 0.5);
        QVERIFY(std::abs(placed.yM - 30) <= 0.5);
        QCOMPARE(f.document.selection(), QSet<QString>{placed.id});
        QVERIFY(parts(f.window).layoutWorkspace()->scene()->graphicFor(placed.id));
        QCOMPARE(f.document.undoStack()->count(), 1);
        f.document.undoStack()->undo();
        QCOMPARE(f.document.currentVariant()->items.size(), before);
        QVERIFY(!parts(f.window).layoutWorkspace()->scene()->graphicFor(placed.id));
    }

    void dragIsOneUndoStepAndRestoresExactly()
    {
        Fixture f;
        const core::Project original = f.document.project();
        const QPoint from = f.centreOf(QStringLiteral("PACK"));
        const QPoint to = f.at(44 + 6, 12 - 3);
        test::drag(f.viewport(), from, to);
        QCOMPARE(f.document.undoStack()->count(), 1);
        const core::LayoutItem &moved = f.item(QStringLiteral("PACK"));
        QCOMPARE(moved.xM, 50.0);
        QCOMPARE(moved.yM, 9.0);
        const core::Project after = f.document.project();
        QVERIFY(f.document.isModified());

        parts(f.window).actions()->action(QStringLiteral("edit.undo"))->trigger();
        QVERIFY(f.document.project() == original);
        QVERIFY(!f.document.isModified());
        parts(f.window).actions()->action(QStringLiteral("edit.redo"))->trigger();
        QVERIFY(f.document.project() == after);
        f.document.undoStack()->undo();
        QVERIFY(f.document.project() == original);
        // The canvas follows the model through undo.
        const QPointF shown = parts(f.window).layoutWorkspace()->scene()->graphicFor(QStringLiteral("PACK"))->pos();
        QCOMPARE(shown, app::floorToScene(44, 12));
    }

    void escapeCancelsDrag()
    {
        Fixture f;
        const core::Project original = f.document.project();
        const QPoint from = f.centreOf(QStringLiteral("TEST"));
        test::sendMouse(f.viewport(), QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
        test::sendMouse(f.viewport(), QEvent::MouseMove, from + QPoint(60, 30), Qt::NoButton, Qt::LeftButton);
        QVERIFY(!(f.document.project() == original));
        QTest::keyClick(f.view(), Qt::Key_Escape);
        test::sendMouse(f.viewport(), QEvent::MouseButtonRelease, from + QPoint(60, 30), Qt::LeftButton, Qt::NoButton);
        QVERIFY(f.document.project() == original);
        QCOMPARE(f.document.undoStack()->count(), 0);
    }

    void rotateByHandleAndKeys()
    {
        Fixture f;
        const core::Project original = f.document.project();
        QTest::mouseClick(f.viewport(), Qt::LeftButton, {}, f.centreOf(QStringLiteral("WASH")));
        QCOMPARE(f.document.selection(), QSet<QString>{QStringLiteral("WASH")});
        const core::LayoutItem wash = f.item(QStringLiteral("WASH"));
        // The rotation handle sits 26 px beyond the item's back edge (floor +y).
        const QPoint back = f.at(wash.xM, wash.yM + wash.depthM / 2);
        const QPoint handle = back - QPoint(0, 26);
        // Dragging it to the item's right turns the back side to face +x: -90 degrees.
        const QPoint right = f.at(wash.xM + 6, wash.yM + 0.3);
        test::drag(f.viewport(), handle, right);
        QCOMPARE(f.item(QStringLiteral("WASH")).rotationDeg, 270.0);
        QCOMPARE(f.document.undoStack()->count(), 1);

        // R rotates the selection by 15 degrees.
        f.view()->setFocus();
        QTest::keyClick(f.window.get(), Qt::Key_R);
        QCOMPARE(f.item(QStringLiteral("WASH")).rotationDeg, 285.0);
        QTest::keyClick(f.window.get(), Qt::Key_R, Qt::ShiftModifier);
        QCOMPARE(f.item(QStringLiteral("WASH")).rotationDeg, 270.0);
        while (f.document.undoStack()->canUndo())
            f.document.undoStack()->undo();
        QVERIFY(f.document.project() == original);
    }

    void resizeByHandle()
    {
        Fixture f;
        QTest::mouseClick(f.viewport(), Qt::LeftButton, {}, f.centreOf(QStringLiteral("PACK")));
        const core::LayoutItem pack = f.item(QStringLiteral("PACK"));
        // Right edge handle, dragged 2 m further right: width +2, left edge stays.
        const QPoint handle = f.at(pack.xM + pack.widthM / 2, pack.yM);
        test::drag(f.viewport(), handle, f.at(pack.xM + pack.widthM / 2 + 2, pack.yM));
        const core::LayoutItem &resized = f.item(QStringLiteral("PACK"));
        QCOMPARE(resized.widthM, pack.widthM + 2);
        QCOMPARE(resized.depthM, pack.depthM);
        QCOMPARE(resized.xM - resized.widthM / 2, pack.xM - pack.widthM / 2);
        QCOMPARE(f.document.undoStack()->count(), 1);
    }

    void rubberBandAndModifierClicks()
    {
        Fixture f;
        // A band around the three assembly stations, started inside the assembly zone: a zone
        // is picked by its outline only, so the drag selects instead of moving the zone. The band
        // selects what lies wholly inside it.
        test::drag(f.viewport(), f.at(5.5, 16.5), f.at(20.2, 11.6));
        const QSet<QString> stations{QStringLiteral("WS1"), QStringLiteral("WS2"), QStringLiteral("WS3")};
        QVERIFY(f.document.selection().contains(stations));
        QTest::mouseClick(f.viewport(), Qt::LeftButton, {}, f.centreOf(QStringLiteral("TEST")));
        QCOMPARE(f.document.selection(), QSet<QString>{QStringLiteral("TEST")});
        QTest::mouseClick(f.viewport(), Qt::LeftButton, Qt::ControlModifier, f.centreOf(QStringLiteral("PACK")));
        QCOMPARE(f.document.selection(), (QSet<QString>{QStringLiteral("TEST"), QStringLiteral("PACK")}));
        QTest::mouseClick(f.viewport(), Qt::LeftButton, Qt::ShiftModifier, f.centreOf(QStringLiteral("TEST")));
        QCOMPARE(f.document.selection(), QSet<QString>{QStringLiteral("PACK")});
        // Dragging a multi-selection moves all of it in one step.
        QTest::mouseClick(f.viewport(), Qt::LeftButton, Qt::ControlModifier, f.centreOf(QStringLiteral("OUT")));
        test::drag(f.viewport(), f.centreOf(QStringLiteral("OUT")), f.at(55, 10 + 3));
        QCOMPARE(f.item(QStringLiteral("OUT")).yM, 13.0);
        QCOMPARE(f.item(QStringLiteral("PACK")).yM, 15.0);
        QCOMPARE(f.document.undoStack()->count(), 1);
    }

    void numericEntryInPropertiesDock()
    {
        Fixture f;
        QTest::mouseClick(f.viewport(), Qt::LeftButton, {}, f.centreOf(QStringLiteral("TEST")));
        app::PropertiesDock *dock = parts(f.window).propertiesDock();
        QCOMPARE(dock->xField()->value(), 23.0);
        dock->xField()->setValue(30.25);
        QCOMPARE(f.item(QStringLiteral("TEST")).xM, 30.25);
        dock->rotationField()->setValue(90);
        QCOMPARE(f.item(QStringLiteral("TEST")).rotationDeg, 90.0);
        QCOMPARE(f.document.undoStack()->count(), 2);
        f.document.undoStack()->undo();
        QCOMPARE(dock->rotationField()->value(), 0.0);
    }

    void copyPasteIntoAnotherVariant()
    {
        Fixture f;
        QTest::mouseClick(f.viewport(), Qt::LeftButton, {}, f.centreOf(QStringLiteral("TEST")));
        QTest::mouseClick(f.viewport(), Qt::LeftButton, Qt::ControlModifier, f.centreOf(QStringLiteral("PACK")));
        parts(f.window).actions()->action(QStringLiteral("edit.copy"))->trigger();
        const core::LayoutItem test = f.item(QStringLiteral("TEST"));
        const core::Variant v2Before = *f.document.project().findVariant(QStringLiteral("V2"));

        QVERIFY(f.window->selectVariant(QStringLiteral("Cell layout")));
        QCOMPARE(parts(f.window).variantList()->currentRow(), 1);
        parts(f.window).actions()->action(QStringLiteral("edit.paste"))->trigger();
        const core::Variant &v2 = *f.document.currentVariant();
        QCOMPARE(v2.items.size(), v2Before.items.size() + 2);
        // V2 has its own TEST and PACK, so the copies get fresh ids; they keep their floor position.
        const core::LayoutItem &copy = v2.items[v2.items.size() - 2];
        QVERIFY(copy.id != QLatin1String("TEST"));
        QCOMPARE(copy.name, test.name);
        QCOMPARE(copy.widthM, test.widthM);
        QCOMPARE(copy.xM, test.xM);
        QCOMPARE(copy.yM, test.yM);
        QCOMPARE(f.document.selection().size(), 2);
        QVERIFY(parts(f.window).layoutWorkspace()->scene()->graphicFor(copy.id));
        f.document.undoStack()->undo();
        QVERIFY(*f.document.currentVariant() == v2Before);
        // Pasting into the variant copied from lands one metre off, so the copy is visible.
        QVERIFY(f.window->selectVariant(QStringLiteral("V1")));
        parts(f.window).actions()->action(QStringLiteral("edit.paste"))->trigger();
        const core::Variant &v1 = *f.document.currentVariant();
        QCOMPARE(v1.items[v1.items.size() - 2].xM, test.xM + 1);
    }

    void variantOperationsFromDock()
    {
        Fixture f;
        const core::Project original = f.document.project();
        app::VariantsDock *dock = parts(f.window).variantsDock();
        QVERIFY(dock->duplicateVariant());
        QCOMPARE(dock->list()->count(), 4);
        QCOMPARE(dock->list()->currentItem()->text(), QStringLiteral("Current layout (copy)"));
        QVERIFY(dock->renameVariant(f.document.currentVariantId(), QStringLiteral("Option B")));
        QCOMPARE(dock->list()->item(1)->text(), QStringLiteral("Option B"));
        QVERIFY(dock->addVariant());
        QCOMPARE(dock->list()->count(), 5);
        QVERIFY(dock->deleteVariant());
        QCOMPARE(dock->list()->count(), 4);
        while (f.document.undoStack()->canUndo())
            f.document.undoStack()->undo();
        QVERIFY(f.document.project() == original);
        QCOMPARE(dock->list()->count(), 3);
    }

    void findingsFollowAnOverlapLive()
    {
        Fixture f;
        app::LiveAnalysis *analysis = parts(f.window).liveAnalysis();
        QVERIFY(!hasOverlap(*analysis, QStringLiteral("WS1"), QStringLiteral("WS2")));
        QCOMPARE(parts(f.window).kpiDock()->valueText(QStringLiteral("overlaps")), QStringLiteral("0"));
        const QPoint from = f.centreOf(QStringLiteral("WS1"));
        // Halfway through the drag the overlap already shows (live, before the release).
        test::sendMouse(f.viewport(), QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
        test::sendMouse(f.viewport(), QEvent::MouseMove, f.at(10, 14), Qt::NoButton, Qt::LeftButton);
        test::sendMouse(f.viewport(), QEvent::MouseMove, f.at(12, 14), Qt::NoButton, Qt::LeftButton);
        QCoreApplication::processEvents();
        QVERIFY(hasOverlap(*analysis, QStringLiteral("WS1"), QStringLiteral("WS2")));
        QVERIFY(analysis->conflictingItems().contains(QStringLiteral("WS2")));
        test::sendMouse(f.viewport(), QEvent::MouseButtonRelease, f.at(12, 14), Qt::LeftButton, Qt::NoButton);
        QCoreApplication::processEvents();
        QVERIFY(parts(f.window).kpiDock()->valueText(QStringLiteral("overlaps")).toInt() >= 1);

        // The findings dock lists it; clicking selects both items.
        QListWidget *list = parts(f.window).findingsDock()->list();
        QListWidgetItem *overlap = nullptr;
        for (int row = 0; row < list->count(); ++row) {
            const QStringList ids = list->item(row)->data(Qt::UserRole).toStringList();
            if (ids.contains(QStringLiteral("WS1")) && ids.contains(QStringLiteral("WS2")))
                overlap = list->item(row);
        }
        QVERIFY(overlap);
        f.document.setSelection({});
        list->scrollToItem(overlap);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(overlap).center());
        QVERIFY(f.document.selection().contains(QStringLiteral("WS1")));
        QVERIFY(f.document.selection().contains(QStringLiteral("WS2")));

        f.document.undoStack()->undo();
        QCoreApplication::processEvents();
        QVERIFY(!hasOverlap(*analysis, QStringLiteral("WS1"), QStringLiteral("WS2")));
    }

    void saveAndReopenKeepsContent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("edited.taktflow"));
        core::Project saved;
        {
            Fixture f;
            test::drag(f.viewport(), f.centreOf(QStringLiteral("PACK")), f.at(40, 8));
            parts(f.window).actions()->action(QStringLiteral("arrange.rotateLeft"))->trigger();
            QVERIFY(f.document.saveAs(path));
            QVERIFY(!f.document.isModified());
            QVERIFY(f.window->windowTitle().startsWith(QLatin1String("edited.taktflow")));
            saved = f.document.project();
        }
        app::ProjectDocument reopened;
        app::MainWindow window(&reopened);
        QVERIFY(window.openFile(path));
        QVERIFY(reopened.project() == saved);
        QCOMPARE(reopened.currentVariant()->findItem(QStringLiteral("PACK"))->rotationDeg, 15.0);
    }

    /** With TAKTFLOW_SHOT_DIR set, saves pictures of editing states for a human to look at. */
    void picturesOfEditingStates()
    {
        const QString dir = qEnvironmentVariable("TAKTFLOW_SHOT_DIR");
        if (dir.isEmpty())
            QSKIP("TAKTFLOW_SHOT_DIR not set");
        Fixture f;
        QTest::mouseClick(f.viewport(), Qt::LeftButton, {}, f.centreOf(QStringLiteral("WASH")));
        QTest::mouseClick(f.viewport(), Qt::LeftButton, Qt::ControlModifier, f.centreOf(QStringLiteral("WS3")));
        test::sendMouse(f.viewport(), QEvent::MouseButtonPress, f.centreOf(QStringLiteral("WS1")), Qt::LeftButton, Qt::LeftButton);
        test::sendMouse(f.viewport(), QEvent::MouseMove, f.at(12, 14.5), Qt::NoButton, Qt::LeftButton);
        QVERIFY(f.window->grab().save(dir + QStringLiteral("/dragging.png")));
        test::sendMouse(f.viewport(), QEvent::MouseButtonRelease, f.at(12, 14.5), Qt::LeftButton, Qt::NoButton);
        for (int i = 0; i < 4; ++i)
            f.view()->zoomBy(1.25, f.at(22, 20));
        QTest::mouseClick(f.viewport(), Qt::LeftButton, {}, f.centreOf(QStringLiteral("CNC1")));
        QVERIFY(f.window->grab().save(dir + QStringLiteral("/selected.png")));
    }

    void zoomAndPan()
    {
        Fixture f;
        const double before = f.view()->pixelsPerMetre();
        const QPoint centre = f.viewport()->rect().center();
        const QPointF under = f.view()->mapToScene(centre);
        QWheelEvent wheel(QPointF(centre), f.viewport()->mapToGlobal(QPointF(centre)), {}, QPoint(0, 240), Qt::NoButton,
                          {}, Qt::NoScrollPhase, false);
        QApplication::sendEvent(f.viewport(), &wheel);
        QVERIFY(f.view()->pixelsPerMetre() > before * 1.3);
        // Zoom keeps the point under the cursor in place.
        QVERIFY(QLineF(f.view()->mapToScene(centre), under).length() < 2.0 / f.view()->pixelsPerMetre() + 0.05);
        const QPointF topLeft = f.view()->mapToScene(QPoint(0, 0));
        test::drag(f.viewport(), centre, centre + QPoint(80, 0), {}, 4, Qt::MiddleButton);
        QVERIFY(f.view()->mapToScene(QPoint(0, 0)).x() < topLeft.x());
        QCOMPARE(f.document.undoStack()->count(), 0);
        parts(f.window).actions()->action(QStringLiteral("view.fit"))->trigger();
        QVERIFY(f.view()->mapToScene(f.viewport()->rect()).boundingRect().contains(
            parts(f.window).layoutWorkspace()->scene()->floorRect()));
    }
};

QTEST_MAIN(TestLayoutEditor)
#include "tst_layouteditor.moc"
