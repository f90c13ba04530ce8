// SPDX-License-Identifier: GPL-3.0-or-later
// The background floor plan as part of the project: import, scale, opacity, lock, move and
// remove are undoable, and the plan comes back from the saved file.
#include "app/gui/layout/backgroundplangraphic.h"
#include "app/gui/layout/layoutscene.h"
#include "app/gui/layout/layouttasks.h"
#include "tests/app/gui/layoutfixture.h"
#include "tests/app/gui/layouttesthelpers.h"
#include "tests/app/gui/mainwindowaccess.h"

#include <QFile>
#include <QImage>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace taktflow;
using test::Fixture;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestBackgroundPlanGraphic : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void importScaleAndSaveRoundTrip()
    {
        QTemporaryDir dir;
        const QString imagePath = dir.filePath(QStringLiteral("hall.png"));
        QImage image(200, 100, QImage::Format_RGB32);
        image.fill(QColor(40, 120, 160));
        QVERIFY(image.save(imagePath));

        Fixture f;
        app::LayoutTasks *tasks = parts(f.window).layoutTasks();
        app::BackgroundPlanGraphic *shown = parts(f.window).layoutWorkspace()->scene()->backgroundPlan();
        const core::Project original = f.document.project();
        QCOMPARE(tasks->importBackgroundFrom(imagePath), QString());
        QCOMPARE(f.document.undoStack()->count(), 1);
        const core::Variant &variant = *f.document.currentVariant();
        QVERIFY(variant.background.has_value());
        QCOMPARE(variant.background->kind, core::BackgroundKind::Image);
        QCOMPARE(variant.background->data, fileBytes(imagePath)); // the file's bytes, not pixels
        QCOMPARE(variant.background->fileName, QStringLiteral("hall.png"));
        // First guess: the 200 px image spans the 60 m floor, top edge on the back wall.
        QCOMPARE(variant.background->metresPerUnit, 0.3);
        QCOMPARE(variant.background->originYM, variant.floorDepthM);
        QVERIFY(!shown->isEmpty());
        QCOMPARE(shown->pos(), app::floorToScene(0, variant.floorDepthM));

        // Two points 30 m apart on screen that are really 15 m apart: half the scale, the
        // first point stays.
        tasks->applyCalibration(app::floorToScene(0, 40), app::floorToScene(30, 40), 15.0);
        QCOMPARE(f.document.currentVariant()->background->metresPerUnit, 0.15);
        QCOMPARE(f.document.currentVariant()->background->originXM, 0.0);
        QCOMPARE(f.document.currentVariant()->background->originYM, 40.0);
        QCOMPARE(shown->metresPerUnit(), 0.15);
        tasks->setBackgroundOpacity(0.25);
        QCOMPARE(shown->opacity(), 0.25);
        QCOMPARE(f.document.undoStack()->count(), 3);
        const core::Project edited = f.document.project();

        // Undo restores each step exactly, down to no plan at all.
        f.document.undoStack()->undo();
        QCOMPARE(shown->opacity(), 0.6);
        f.document.undoStack()->undo();
        QCOMPARE(shown->metresPerUnit(), 0.3);
        f.document.undoStack()->undo();
        QVERIFY(f.document.project() == original);
        QVERIFY(shown->isEmpty());
        for (int i = 0; i < 3; ++i)
            f.document.undoStack()->redo();
        QVERIFY(f.document.project() == edited);

        // Saved with the project, per variant, and drawn again on open.
        const QString projectPath = dir.filePath(QStringLiteral("plant.taktflow"));
        QVERIFY(f.document.saveAs(projectPath));
        app::ProjectDocument reopened;
        app::MainWindow window(&reopened);
        QVERIFY(reopened.open(projectPath));
        QVERIFY(reopened.project() == edited);
        app::BackgroundPlanGraphic *again = parts(window).layoutWorkspace()->scene()->backgroundPlan();
        QVERIFY(!again->isEmpty());
        QCOMPARE(again->metresPerUnit(), 0.15);
        QCOMPARE(again->opacity(), 0.25);
        QCOMPARE(again->sceneBoundingRect().width(), 200 * 0.15 + 2.0); // the item's bounds keep 1 m of margin
        // Another variant has its own (no) plan.
        reopened.setCurrentVariant(reopened.project().variants[1].id);
        QVERIFY(again->isEmpty());

        // Removing is one undoable step too.
        tasks->clearBackground();
        QVERIFY(!f.document.currentVariant()->background);
        QVERIFY(shown->isEmpty());
        f.document.undoStack()->undo();
        QVERIFY(f.document.project() == edited);
        QVERIFY(!shown->isEmpty());
    }

    void unlockedPlanMovesWithTheMouse()
    {
        QTemporaryDir dir;
        const QString imagePath = dir.filePath(QStringLiteral("hall.png"));
        QImage image(120, 80, QImage::Format_RGB32);
        image.fill(Qt::gray);
        QVERIFY(image.save(imagePath));
        Fixture f;
        app::LayoutTasks *tasks = parts(f.window).layoutTasks();
        QCOMPARE(tasks->importBackgroundFrom(imagePath), QString());
        const core::BackgroundPlan before = *f.document.currentVariant()->background;
        QVERIFY(before.locked);
        // Empty floor inside the plan (it covers the whole floor): while locked, a drag there
        // draws a selection band and leaves the plan where it is.
        const QPoint from = f.at(50, 36);
        const QPoint to = f.at(54, 33);
        test::drag(f.viewport(), from, to);
        QVERIFY(*f.document.currentVariant()->background == before);

        tasks->setBackgroundLocked(false);
        const int steps = f.document.undoStack()->count();
        test::drag(f.viewport(), from, to);
        QCOMPARE(f.document.undoStack()->count(), steps + 1); // the whole drag is one step
        const core::BackgroundPlan &moved = *f.document.currentVariant()->background;
        const QPointF delta = f.view()->mapToScene(to) - f.view()->mapToScene(from);
        QVERIFY(std::abs(moved.originXM - (before.originXM + delta.x())) < 1e-9);
        QVERIFY(std::abs(moved.originYM - (before.originYM - delta.y())) < 1e-9);
        QCOMPARE(moved.metresPerUnit, before.metresPerUnit);
        // Hidden (View > Show Background Plan off), the plan cannot be dragged unseen.
        const core::BackgroundPlan afterMove = moved;
        parts(f.window).layoutWorkspace()->scene()->setBackgroundVisible(false);
        test::drag(f.viewport(), from, to);
        QVERIFY(*f.document.currentVariant()->background == afterMove);
        parts(f.window).layoutWorkspace()->scene()->setBackgroundVisible(true);
        f.document.undoStack()->undo();
        f.document.undoStack()->undo();
        QVERIFY(*f.document.currentVariant()->background == before);
    }
};

QTEST_MAIN(TestBackgroundPlanGraphic)
#include "tst_backgroundplangraphic.moc"
