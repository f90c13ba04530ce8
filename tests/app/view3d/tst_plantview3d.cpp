// SPDX-License-Identifier: GPL-3.0-or-later
// The 3D view on a real (virtual) X server with Mesa: building, following edits and undo,
// selection both ways, model files and a rendered capture.
#include "app/document/commands/cmdline.h"
#include "app/document/projectdocument.h"
#include "app/view3d/plantview3d.h"
#include "core/model/sampleproject.h"

#include <Qt3DCore/QEntity>
#include <Qt3DExtras/Qt3DWindow>
#include <Qt3DRender/QCamera>
#include <Qt3DRender/QGeometryRenderer>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoCommand>

#include <cmath>
#include <numbers>

using namespace taktflow;
using app::ProjectDocument;
using app::view3d::InstancedBatch;
using app::view3d::ItemInstance;
using app::view3d::PlantView3D;
using app::view3d::SceneEntities;

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

ItemInstance instanceOf(const SceneEntities *entities, const char *id)
{
    return entities->itemInstance(QString::fromLatin1(id)).value_or(ItemInstance{});
}

/** Every item's instance stands where the model puts it (x east, y north -> Qt 3D's x, -z). */
bool instancesMatchModel(const SceneEntities *entities, const core::Variant &variant)
{
    for (const core::LayoutItem &item : variant.items) {
        const std::optional<ItemInstance> instance = entities->itemInstance(item.id);
        if (!instance || std::abs(instance->positionM.x() - float(item.xM)) > 1e-4f
            || std::abs(instance->positionM.z() + float(item.yM)) > 1e-4f) {
            qWarning("instance of %s is not where the item is", qPrintable(item.id));
            return false;
        }
    }
    return true;
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
    void buildsOneInstancePerItem();
    void followsAddMoveDeleteAndUndo();
    void selectionFromDocument();
    void selectionFromClick();
    void captureShowsItems();
    void modelFiles();
    void togglesAndPresets();
    void namesOfSelectedItemsOnlyOnLargePlants();
    void lineFollowsStationLinks();

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

void TstPlantView3D::buildsOneInstancePerItem()
{
    const SceneEntities *entities = mView->sceneEntities();
    const core::Variant &variant = *mDoc->currentVariant();
    QCOMPARE(entities->itemCount(), int(variant.items.size()));
    // One instance per item, and every instance belongs to an item of the variant.
    QSet<const InstancedBatch *> batches;
    for (const core::LayoutItem &item : variant.items) {
        const InstancedBatch *batch = entities->itemBatch(item.id);
        QVERIFY2(batch, qPrintable(item.id));
        batches.insert(batch);
    }
    int instances = 0;
    for (const InstancedBatch *batch : batches) {
        instances += batch->count();
        for (int slot = 0; slot < batch->count(); ++slot)
            QVERIFY(variant.findItem(batch->itemIdAt(slot)));
        // One instanced draw of all its items.
        const auto renderers = batch->entity()->componentsOfType<Qt3DRender::QGeometryRenderer>();
        QCOMPARE(renderers.size(), 1);
        QCOMPARE(renderers.front()->instanceCount(), batch->count());
    }
    QCOMPARE(instances, int(variant.items.size()));
    // The sample's items are all rectangles: they share one batch, so one draw call.
    QCOMPARE(entities->itemBatch(QStringLiteral("CNC1")), entities->itemBatch(QStringLiteral("WS1")));
    QCOMPARE(entities->batchCount(), 1);
    // CNC1: 4 m x 3.5 m, 2.5 m tall, centred on (23, 30), not turned.
    const ItemInstance cnc = instanceOf(entities, "CNC1");
    QCOMPARE(cnc.positionM, QVector3D(23, 0, -30));
    QCOMPARE(cnc.scale, QVector3D(4, 2.5f, 3.5f));
    QCOMPARE(cnc.rotationRad, 0.0f);
}

void TstPlantView3D::followsAddMoveDeleteAndUndo()
{
    SceneEntities *entities = mView->sceneEntities();
    QUndoStack *stack = mDoc->undoStack();
    const int count = entities->itemCount();

    core::LayoutItem added;
    added.id = QStringLiteral("NEW");
    added.name = QStringLiteral("New machine");
    added.xM = 50;
    added.yM = 30;
    entities->resetTouchedItems();
    stack->push(new AddItem(mDoc.get(), added));
    QCOMPARE(entities->itemCount(), count + 1);
    QVERIFY(entities->hasItem(QStringLiteral("NEW")));
    QCOMPARE(instanceOf(entities, "NEW").positionM, QVector3D(50, 0, -30));
    QCOMPARE(entities->touchedItems(), 1);
    stack->undo();
    QCOMPARE(entities->itemCount(), count);
    QVERIFY(!entities->hasItem(QStringLiteral("NEW")));
    stack->redo();
    QVERIFY(entities->hasItem(QStringLiteral("NEW")));

    core::LayoutItem moved = itemOf(*mDoc, "CNC1");
    const InstancedBatch *batch = entities->itemBatch(QStringLiteral("CNC1"));
    const ItemInstance before = instanceOf(entities, "CNC1");
    const qint64 bytesBefore = batch->uploadedBytes();
    moved.xM = 40;
    moved.rotationDeg = 90;
    entities->resetTouchedItems();
    stack->push(new ReplaceItem(mDoc.get(), moved));
    QCOMPARE(entities->touchedItems(), 1); // only that item, in place
    // Only its record travelled to the renderer: 14 floats, not the batch's whole buffer.
    QCOMPARE(batch->uploadedBytes() - bytesBefore, qint64(14 * sizeof(float)));
    QCOMPARE(entities->itemBatch(QStringLiteral("CNC1")), batch);
    const ItemInstance after = instanceOf(entities, "CNC1");
    QCOMPARE(after.positionM, QVector3D(40, 0, -30));
    QVERIFY2(std::abs(after.rotationRad - std::numbers::pi_v<float> / 2) < 1e-5f, qPrintable(QString::number(after.rotationRad)));
    QCOMPARE(after.scale, before.scale);
    stack->undo();
    QCOMPARE(instanceOf(entities, "CNC1"), before);

    // Removing an item moves another into its slot; every item must still be drawn in place.
    stack->push(new RemoveItem(mDoc.get(), QStringLiteral("WASH")));
    QVERIFY(!entities->hasItem(QStringLiteral("WASH")));
    QCOMPARE(batch->count(), count);
    QVERIFY(instancesMatchModel(entities, *mDoc->currentVariant()));
    stack->undo();
    QVERIFY(entities->hasItem(QStringLiteral("WASH")));
    QCOMPARE(entities->itemCount(), count + 1);
    QVERIFY(instancesMatchModel(entities, *mDoc->currentVariant()));

    // A whole-variant change rebuilds nothing that did not change.
    entities->resetTouchedItems();
    mDoc->notifyVariantContentChanged(mDoc->currentVariantId());
    QCOMPARE(entities->touchedItems(), 0);
}

void TstPlantView3D::selectionFromDocument()
{
    const SceneEntities *entities = mView->sceneEntities();
    const QColor normal = instanceOf(entities, "CNC1").colour;
    const QColor highlight = app::view3d::MaterialCache::highlightColour();
    QVERIFY(normal != highlight);
    mDoc->setSelection({QStringLiteral("CNC1")});
    QCOMPARE(instanceOf(entities, "CNC1").colour.rgb(), highlight.rgb());
    QVERIFY(instanceOf(entities, "CNC1").glow != QColor(Qt::black)); // self-lit, reads in shadow
    QCOMPARE(instanceOf(entities, "CNC2").colour.rgb(), normal.rgb()); // the same type, not selected
    mDoc->setSelection({});
    QCOMPARE(instanceOf(entities, "CNC1").colour.rgb(), normal.rgb());
    QCOMPARE(instanceOf(entities, "CNC1").glow.rgb(), QColor(Qt::black).rgb());
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
    SceneEntities *entities = mView->sceneEntities();
    QTRY_VERIFY_WITH_TIMEOUT(entities->showsModel(QStringLiteral("CNC1")), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(mView->modelFindings().size(), size_t(2), 15000);
    QVERIFY(!entities->showsModel(QStringLiteral("CNC2")));
    QVERIFY(!entities->showsModel(QStringLiteral("WASH")));
    // The model replaces the box: the instance is hidden (zero scale) while the model shows.
    QCOMPARE(instanceOf(entities, "CNC1").scale, QVector3D());
    // The fallback is the extruded footprint.
    QCOMPARE(instanceOf(entities, "CNC2").scale, QVector3D(4, 2.5f, 3.5f));
    QVERIFY(!entities->modelMaterial(QStringLiteral("CNC2")));
    // A selected model is highlighted like a box.
    Qt3DRender::QMaterial *modelMaterial = entities->modelMaterial(QStringLiteral("CNC1"));
    QVERIFY(modelMaterial && modelMaterial != entities->highlightMaterial());
    mDoc->setSelection({QStringLiteral("CNC1")});
    QCOMPARE(entities->modelMaterial(QStringLiteral("CNC1")), entities->highlightMaterial());
    mDoc->setSelection({});
    QCOMPARE(entities->modelMaterial(QStringLiteral("CNC1")), modelMaterial);
    // Removing the model file brings the box back and clears its finding.
    withModel("CNC2", QString());
    QCOMPARE(mView->modelFindings().size(), size_t(1));
    QCOMPARE(mView->modelFindings().front().itemId, QStringLiteral("WASH"));
    withModel("CNC1", QString());
    QVERIFY(!entities->showsModel(QStringLiteral("CNC1")));
    QCOMPARE(instanceOf(entities, "CNC1").scale, QVector3D(4, 2.5f, 3.5f));
}

void TstPlantView3D::togglesAndPresets()
{
    const SceneEntities *entities = mView->sceneEntities();
    const QColor byType = instanceOf(entities, "CNC1").colour;
    mView->setColourByAutomation(true);
    QVERIFY(instanceOf(entities, "CNC1").colour.rgb() != byType.rgb());
    mView->setColourByAutomation(false);
    QCOMPARE(instanceOf(entities, "CNC1").colour.rgb(), byType.rgb());
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

void TstPlantView3D::lineFollowsStationLinks()
{
    const SceneEntities *entities = mView->sceneEntities();
    // The sample's assembly line stands at WS1, WS2, WS3 and TEST: three bands, shown by default.
    QVERIFY(entities->linePathEntity() && entities->linePathEntity()->isEnabled());
    QCOMPARE(entities->linePaths().size(), std::size_t(3));
    const core::LayoutItem test = itemOf(*mDoc, "TEST");
    QCOMPARE(entities->linePaths().back().toM, (core::PointM{test.xM, test.yM}));

    // Station 4 moves to the packing table; undo puts it back.
    const core::LayoutItem pack = itemOf(*mDoc, "PACK");
    mDoc->undoStack()->push(new app::CmdStationEdit(mDoc.get(), mDoc->currentVariantId(), QStringLiteral("L1"), 3,
                                               QString(), QStringLiteral("PACK")));
    QCOMPARE(entities->linePaths().back().toM, (core::PointM{pack.xM, pack.yM}));
    mDoc->undoStack()->undo();
    QCOMPARE(entities->linePaths().back().toM, (core::PointM{test.xM, test.yM}));

    // Moving a linked item drags the band's end along.
    core::LayoutItem moved = test;
    moved.xM += 5;
    mDoc->undoStack()->push(new ReplaceItem(mDoc.get(), moved));
    QCOMPARE(entities->linePaths().back().toM, (core::PointM{moved.xM, moved.yM}));

    mView->setLinePathsVisible(false);
    QVERIFY(!entities->linePathEntity()->isEnabled());
}

void TstPlantView3D::namesOfSelectedItemsOnlyOnLargePlants()
{
    const SceneEntities *entities = mView->sceneEntities();
    const core::Variant &variant = *mDoc->currentVariant();
    mView->setLabelsVisible(true);
    for (const core::LayoutItem &item : variant.items)
        QVERIFY2(entities->showsLabel(item.id), qPrintable(item.id)); // a small plant: every name
    mDoc->setSelection({QStringLiteral("CNC1")});

    // Grow the plant past the limit: only the selection keeps its name.
    const int toAdd = SceneEntities::maxNamedItems + 1 - int(variant.items.size());
    for (int i = 0; i < toAdd; ++i) {
        core::LayoutItem extra;
        extra.id = QStringLiteral("X%1").arg(i);
        extra.xM = 1 + (i % 50);
        extra.yM = 1 + (i / 50);
        mDoc->insertItem(mDoc->currentVariantId(), int(mDoc->currentVariant()->items.size()), extra);
    }
    QCOMPARE(entities->itemCount(), SceneEntities::maxNamedItems + 1);
    QVERIFY(entities->showsLabel(QStringLiteral("CNC1")));
    QVERIFY(!entities->showsLabel(QStringLiteral("CNC2")));
    QVERIFY(!entities->showsLabel(QStringLiteral("X0")));
    mDoc->setSelection({QStringLiteral("X0")});
    QVERIFY(entities->showsLabel(QStringLiteral("X0")));
    QVERIFY(!entities->showsLabel(QStringLiteral("CNC1")));

    // Back under the limit: every name again.
    mDoc->takeItem(mDoc->currentVariantId(), QStringLiteral("X1"));
    QVERIFY(entities->showsLabel(QStringLiteral("CNC2")));
    QVERIFY(entities->showsLabel(QStringLiteral("X2")));
    mView->setLabelsVisible(false);
    QVERIFY(!entities->showsLabel(QStringLiteral("X0")));
}

QTEST_MAIN(TstPlantView3D)
#include "tst_plantview3d.moc"
