// SPDX-License-Identifier: GPL-3.0-or-later
// The 3D view on a real (virtual) X server with Mesa: building, following edits and undo,
// selection both ways, model files and a rendered capture.
#include "app/document/projectdocument.h"
#include "app/view3d/plantview3d.h"
#include "core/model/sampleproject.h"

#include <Qt3DCore/QEntity>
#include <Qt3DCore/QTransform>
#include <Qt3DExtras/Qt3DWindow>
#include <Qt3DRender/QCamera>
#include <Qt3DRender/QGeometryRenderer>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoCommand>

using namespace taktflow;
using app::ProjectDocument;
using app::view3d::PlantView3D;

namespace {

// Minimal commands over the document's edit primitives, as the editor's commands use them.
class ReplaceItem : public QUndoCommand
{
public:
    ReplaceItem(ProjectDocument *doc, core::LayoutItem after)
        : mDoc(doc), mVariant(doc->currentVariantId()), mBefore(*doc->currentVariant()->findItem(after.id)),
          mAfter(std::move(after))
    {
    }
    void redo() override { mDoc->replaceItem(mVariant, mAfter); }
    void undo() override { mDoc->replaceItem(mVariant, mBefore); }

private:
    ProjectDocument *mDoc;
    QString mVariant;
    core::LayoutItem mBefore, mAfter;
};

class AddItem : public QUndoCommand
{
public:
    AddItem(ProjectDocument *doc, core::LayoutItem item) : mDoc(doc), mVariant(doc->currentVariantId()), mItem(std::move(item)) {}
    void redo() override { mDoc->insertItem(mVariant, 1000, mItem); }
    void undo() override { mDoc->takeItem(mVariant, mItem.id); }

private:
    ProjectDocument *mDoc;
    QString mVariant;
    core::LayoutItem mItem;
};

class RemoveItem : public QUndoCommand
{
public:
    RemoveItem(ProjectDocument *doc, QString id) : mDoc(doc), mVariant(doc->currentVariantId()), mId(std::move(id)) {}
    void redo() override { mItem = mDoc->takeItem(mVariant, mId, &mIndex); }
    void undo() override { mDoc->insertItem(mVariant, mIndex, mItem); }

private:
    ProjectDocument *mDoc;
    QString mVariant;
    QString mId;
    core::LayoutItem mItem;
    int mIndex = 0;
};

core::LayoutItem itemOf(const ProjectDocument &doc, const char *id)
{
    return *doc.currentVariant()->findItem(QString::fromLatin1(id));
}

/** Where a floor point at a height shows in the 3D window (logical pixels). */
QPoint project(PlantView3D &view, double xM, double yM, double zM)
{
    Qt3DRender::QCamera *camera = view.window3D()->camera();
    const QVector4D clip = camera->projectionMatrix() * camera->viewMatrix()
                           * QVector4D(float(xM), float(zM), float(-yM), 1.0f);
    const QVector3D ndc = clip.toVector3DAffine();
    const QSize size = view.window3D()->size();
    return {int((ndc.x() + 1.0f) / 2.0f * size.width()), int((1.0f - ndc.y()) / 2.0f * size.height())};
}

} // namespace

class TstPlantView3D : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void buildsOneEntityPerItem();
    void followsAddMoveDeleteAndUndo();
    void selectionFromDocument();
    void selectionFromClick();
    void captureShowsItems();
    void modelFiles();
    void togglesAndPresets();

private:
    std::unique_ptr<ProjectDocument> mDoc;
    std::unique_ptr<PlantView3D> mView;
};

void TstPlantView3D::init()
{
    mDoc = std::make_unique<ProjectDocument>();
    mDoc->reset(core::makeSampleProject(), QString());
    mView = std::make_unique<PlantView3D>(mDoc.get());
    mView->resize(1000, 700);
    mView->show();
    QVERIFY2(mView->is3DAvailable(), qPrintable(mView->unavailableReason()));
    QVERIFY(QTest::qWaitForWindowExposed(mView->window3D()));
}

void TstPlantView3D::cleanup()
{
    mView.reset();
    mDoc.reset();
}

void TstPlantView3D::buildsOneEntityPerItem()
{
    app::view3d::SceneEntities *entities = mView->sceneEntities();
    const core::Variant &variant = *mDoc->currentVariant();
    QCOMPARE(entities->itemCount(), int(variant.items.size()));
    for (const core::LayoutItem &item : variant.items) {
        Qt3DCore::QEntity *entity = entities->itemEntity(item.id);
        QVERIFY2(entity, qPrintable(item.id));
        QCOMPARE(entity->componentsOfType<Qt3DRender::QGeometryRenderer>().size(), 1);
    }
    // All rectangles share one mesh.
    QCOMPARE(entities->itemEntity(QStringLiteral("CNC1"))->componentsOfType<Qt3DRender::QGeometryRenderer>().value(0),
             entities->itemEntity(QStringLiteral("WS1"))->componentsOfType<Qt3DRender::QGeometryRenderer>().value(0));
    Qt3DCore::QTransform *t = entities->itemTransform(QStringLiteral("CNC1"));
    QCOMPARE(t->translation(), QVector3D(23, 0, -30));
    QCOMPARE(t->scale3D(), QVector3D(4, 2.5f, 3.5f));
}

void TstPlantView3D::followsAddMoveDeleteAndUndo()
{
    app::view3d::SceneEntities *entities = mView->sceneEntities();
    QUndoStack *stack = mDoc->undoStack();
    const int count = entities->itemCount();

    core::LayoutItem added;
    added.id = QStringLiteral("NEW");
    added.name = QStringLiteral("New machine");
    added.xM = 50;
    added.yM = 30;
    entities->resetTouchedEntities();
    stack->push(new AddItem(mDoc.get(), added));
    QCOMPARE(entities->itemCount(), count + 1);
    QVERIFY(entities->itemEntity(QStringLiteral("NEW")));
    QCOMPARE(entities->touchedEntities(), 1);
    stack->undo();
    QCOMPARE(entities->itemCount(), count);
    QVERIFY(!entities->itemEntity(QStringLiteral("NEW")));
    stack->redo();
    QVERIFY(entities->itemEntity(QStringLiteral("NEW")));

    core::LayoutItem moved = itemOf(*mDoc, "CNC1");
    Qt3DCore::QEntity *before = entities->itemEntity(QStringLiteral("CNC1"));
    moved.xM = 40;
    moved.rotationDeg = 90;
    entities->resetTouchedEntities();
    stack->push(new ReplaceItem(mDoc.get(), moved));
    QCOMPARE(entities->touchedEntities(), 1); // only that entity, in place
    QCOMPARE(entities->itemEntity(QStringLiteral("CNC1")), before);
    QCOMPARE(entities->itemTransform(QStringLiteral("CNC1"))->translation(), QVector3D(40, 0, -30));
    stack->undo();
    QCOMPARE(entities->itemTransform(QStringLiteral("CNC1"))->translation(), QVector3D(23, 0, -30));
    QCOMPARE(entities->itemEntity(QStringLiteral("CNC1")), before);

    stack->push(new RemoveItem(mDoc.get(), QStringLiteral("WASH")));
    QVERIFY(!entities->itemEntity(QStringLiteral("WASH")));
    stack->undo();
    QVERIFY(entities->itemEntity(QStringLiteral("WASH")));
    QCOMPARE(entities->itemCount(), count + 1);

    // A whole-variant change rebuilds nothing that did not change.
    entities->resetTouchedEntities();
    mDoc->notifyVariantContentChanged(mDoc->currentVariantId());
    QCOMPARE(entities->touchedEntities(), 0);
}

void TstPlantView3D::selectionFromDocument()
{
    app::view3d::SceneEntities *entities = mView->sceneEntities();
    Qt3DRender::QMaterial *normal = entities->itemMaterial(QStringLiteral("CNC1"));
    mDoc->setSelection({QStringLiteral("CNC1")});
    QCOMPARE(entities->itemMaterial(QStringLiteral("CNC1")), entities->highlightMaterial());
    QVERIFY(entities->itemMaterial(QStringLiteral("CNC2")) != entities->highlightMaterial());
    mDoc->setSelection({});
    QCOMPARE(entities->itemMaterial(QStringLiteral("CNC1")), normal);
}

void TstPlantView3D::selectionFromClick()
{
    mView->setViewPreset(app::view3d::ViewPreset::Top);
    QVERIFY(!mView->captureImage().isNull()); // one frame drawn with the new camera
    const core::LayoutItem wash = itemOf(*mDoc, "WASH");
    const QPoint onWash = project(*mView, wash.xM, wash.yM, wash.heightM);
    QTest::mouseClick(mView->window3D(), Qt::LeftButton, Qt::NoModifier, onWash);
    QTRY_COMPARE_WITH_TIMEOUT(mDoc->selection(), QSet<QString>{QStringLiteral("WASH")}, 15000);

    const core::LayoutItem test = itemOf(*mDoc, "TEST");
    QTest::mouseClick(mView->window3D(), Qt::LeftButton, Qt::ControlModifier,
                      project(*mView, test.xM, test.yM, test.heightM));
    QTRY_COMPARE_WITH_TIMEOUT(mDoc->selection(), (QSet<QString>{QStringLiteral("WASH"), QStringLiteral("TEST")}), 15000);

    // The bare floor clears the selection (a point in no item: the floor's far corner).
    QTest::mouseClick(mView->window3D(), Qt::LeftButton, Qt::NoModifier, project(*mView, 58.5, 38.5, 0));
    QTRY_VERIFY_WITH_TIMEOUT(mDoc->selection().isEmpty(), 15000);
}

void TstPlantView3D::captureShowsItems()
{
    mView->setViewPreset(app::view3d::ViewPreset::Top);
    mView->captureImage(); // the frame under way may predate the new camera
    const QImage image = mView->captureImage();
    QVERIFY(!image.isNull());
    image.save(QDir::temp().filePath(QStringLiteral("tst_plantview3d_capture.png")));
    QVERIFY(image.width() >= 500);
    // Not blank: the machine blue shows where CNC1 stands, the floor around it.
    const core::LayoutItem cnc = itemOf(*mDoc, "CNC1");
    const QPoint p = project(*mView, cnc.xM, cnc.yM, cnc.heightM) * image.devicePixelRatio();
    const QColor c = image.pixelColor(p);
    QVERIFY2(c.blue() > c.red() + 40, qPrintable(c.name()));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y) & 0xf0f0f0);
    QVERIFY2(colours.size() > 8, qPrintable(QString::number(colours.size())));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("view.png"));
    QString error;
    QVERIFY2(mView->saveScreenshot(path, &error), qPrintable(error));
    QVERIFY(!QImage(path).isNull());
    if (const QString out = qEnvironmentVariable("TAKTFLOW_VIEW3D_SCREENSHOT"); !out.isEmpty()) {
        mView->setViewPreset(app::view3d::ViewPreset::Isometric);
        QVERIFY(mView->saveScreenshot(out));
    }
}

void TstPlantView3D::modelFiles()
{
    QTemporaryDir dir;
    QFile cube(dir.filePath(QStringLiteral("cube.obj")));
    QVERIFY(cube.open(QIODevice::WriteOnly));
    cube.write("v 0 0 0\nv 2 0 0\nv 2 4 0\nv 0 4 0\nv 0 0 6\nv 2 0 6\nv 2 4 6\nv 0 4 6\n"
               "f 1 2 3 4\nf 5 6 7 8\nf 1 2 6 5\nf 2 3 7 6\nf 3 4 8 7\nf 4 1 5 8\n");
    cube.close();
    QFile broken(dir.filePath(QStringLiteral("broken.glb")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("this is not a glTF file");
    broken.close();

    auto withModel = [this](const char *id, const QString &file) {
        core::LayoutItem item = itemOf(*mDoc, id);
        item.modelFile = file;
        mDoc->replaceItem(mDoc->currentVariantId(), item);
    };
    withModel("CNC1", dir.filePath(QStringLiteral("cube.obj")));
    withModel("CNC2", dir.filePath(QStringLiteral("missing.stl")));
    withModel("WASH", dir.filePath(QStringLiteral("broken.glb")));
    app::view3d::SceneEntities *entities = mView->sceneEntities();
    QTRY_VERIFY_WITH_TIMEOUT(entities->showsModel(QStringLiteral("CNC1")), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(mView->modelFindings().size(), size_t(2), 15000);
    QVERIFY(!entities->showsModel(QStringLiteral("CNC2")));
    QVERIFY(!entities->showsModel(QStringLiteral("WASH")));
    // The fallback is the extruded footprint.
    QCOMPARE(entities->itemEntity(QStringLiteral("CNC2"))->componentsOfType<Qt3DRender::QGeometryRenderer>().size(), 1);
    // Removing the model file brings the box back and clears its finding.
    withModel("CNC2", QString());
    QCOMPARE(mView->modelFindings().size(), size_t(1));
    QCOMPARE(mView->modelFindings().front().itemId, QStringLiteral("WASH"));
}

void TstPlantView3D::togglesAndPresets()
{
    app::view3d::SceneEntities *entities = mView->sceneEntities();
    Qt3DRender::QMaterial *byType = entities->itemMaterial(QStringLiteral("CNC1"));
    mView->setColourByAutomation(true);
    QVERIFY(entities->itemMaterial(QStringLiteral("CNC1")) != byType);
    mView->setColourByAutomation(false);
    QCOMPARE(entities->itemMaterial(QStringLiteral("CNC1")), byType);
    mView->setFlowsVisible(true);
    QVERIFY(entities->flowEntity() && entities->flowEntity()->isEnabled());
    mView->setLabelsVisible(true);
    QVERIFY(!mView->captureImage().isNull());
    mView->setLabelsVisible(false);
    mView->setFlowsVisible(false);

    app::view3d::CameraController *camera = mView->cameraController();
    mView->setWalkMode(true);
    QVERIFY(camera->walkMode());
    QCOMPARE(mView->window3D()->camera()->position().y(), app::view3d::CameraController::eyeHeightM);
    QTest::keyClick(mView->window3D(), Qt::Key_W);
    QCOMPARE(mView->window3D()->camera()->position().y(), app::view3d::CameraController::eyeHeightM);
    mView->setViewPreset(app::view3d::ViewPreset::Front);
    QVERIFY(!camera->walkMode());
    QVERIFY(!mView->captureImage().isNull());
}

QTEST_MAIN(TstPlantView3D)
#include "tst_plantview3d.moc"
