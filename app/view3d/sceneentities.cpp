// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/view3d/sceneentities.h"

#include "app/view3d/itemrecord.h"

#include "app/render/itemstyle.h"
#include "app/view3d/labelentity.h"

#include <Qt3DCore/QEntity>
#include <Qt3DCore/QTransform>
#include <Qt3DRender/QGeometryRenderer>
#include <Qt3DRender/QMaterial>
#include <Qt3DRender/QObjectPicker>
#include <Qt3DRender/QPickEvent>

#include <cmath>

namespace taktflow::app::view3d {

namespace {

Qt::KeyboardModifiers toQt(int pickModifiers)
{
    Qt::KeyboardModifiers m;
    if (pickModifiers & Qt3DRender::QPickEvent::ControlModifier)
        m |= Qt::ControlModifier;
    if (pickModifiers & Qt3DRender::QPickEvent::ShiftModifier)
        m |= Qt::ShiftModifier;
    return m;
}

bool isStructure(core::ItemType type)
{
    using core::ItemType;
    return type == ItemType::Wall || type == ItemType::Column || type == ItemType::Aisle || type == ItemType::Zone;
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + t * (b.redF() - a.redF())),
                            float(a.greenF() + t * (b.greenF() - a.greenF())),
                            float(a.blueF() + t * (b.blueF() - a.blueF())));
}

const QColor floorColour(222, 222, 216);

} // namespace

SceneEntities::SceneEntities(Qt3DCore::QEntity *root, QObject *parent)
    : QObject(parent), mRoot(root), mResources(new Qt3DCore::QEntity(root)), mItemsRoot(new Qt3DCore::QEntity(root)),
      mMeshes(mResources), mMaterials(mResources)
{
    // One picker for all items: Qt 3D hands a hit on an item (or its model) to the nearest
    // ancestor with a picker, and thousands of pickers would cost every frame.
    auto *picker = new Qt3DRender::QObjectPicker(mItemsRoot);
    connect(picker, &Qt3DRender::QObjectPicker::clicked, this, [this](Qt3DRender::QPickEvent *event) {
        if (event->button() != Qt3DRender::QPickEvent::LeftButton)
            return;
        for (Qt3DCore::QEntity *e = event->entity(); e && e != mItemsRoot; e = e->parentEntity()) {
            if (mItems.contains(e->objectName())) {
                emit itemClicked(e->objectName(), toQt(event->modifiers()));
                return;
            }
        }
    });
    mItemsRoot->addComponent(picker);
}

SceneEntities::~SceneEntities()
{
    qDeleteAll(mItems);
}

void SceneEntities::sync(const core::SceneData3D &scene)
{
    setFloor(scene.floorWidthM, scene.floorDepthM);
    QSet<QString> keep;
    keep.reserve(qsizetype(scene.items.size()));
    for (const core::SceneItem3D &item : scene.items) {
        keep.insert(item.itemId);
        const ItemRecord *record = mItems.value(item.itemId);
        if (!record || !(record->desc == item))
            upsertItem(item);
    }
    const QStringList known = mItems.keys();
    for (const QString &id : known) {
        if (!keep.contains(id))
            removeItem(id);
    }
    setFlows(scene.flows);
}

void SceneEntities::upsertItem(const core::SceneItem3D &item)
{
    ItemRecord *record = mItems.value(item.itemId);
    if (!record) {
        createItem(item);
        return;
    }
    record->desc = item;
    applyGeometry(*record);
    applyMaterial(*record);
    applyModel(*record);
    applyLabel(*record);
    ++mTouched;
}

void SceneEntities::createItem(const core::SceneItem3D &item)
{
    auto *record = new ItemRecord;
    record->desc = item;
    record->entity = new Qt3DCore::QEntity(mItemsRoot);
    record->entity->setObjectName(item.itemId);
    record->transform = new Qt3DCore::QTransform(record->entity);
    record->entity->addComponent(record->transform);
    mItems.insert(item.itemId, record);
    applyGeometry(*record);
    applyMaterial(*record);
    applyModel(*record);
    applyLabel(*record);
    ++mTouched;
}

void SceneEntities::removeItem(const QString &itemId)
{
    ItemRecord *record = mItems.take(itemId);
    if (!record)
        return;
    delete record->label;
    if (record->modelEntity) {
        // A model may still be loading; Qt 3D must not report to a node deleted under it.
        record->entity->setEnabled(false);
        record->entity->deleteLater();
    } else {
        delete record->entity;
    }
    delete record;
    mSelection.remove(itemId);
    clearFinding(itemId);
    ++mTouched;
}

void SceneEntities::applyGeometry(ItemRecord &record)
{
    const core::SceneItem3D &d = record.desc;
    Qt3DRender::QGeometryRenderer *mesh = mMeshes.prism(d);
    if (mesh != record.mesh) {
        if (record.mesh && !record.modelShown)
            record.entity->removeComponent(record.mesh);
        record.mesh = mesh;
        if (!record.modelShown)
            record.entity->addComponent(mesh);
    }
    record.transform->setTranslation(QVector3D(float(d.centreXM), float(d.baseZM), float(-d.centreYM)));
    record.transform->setRotation(QQuaternion::fromAxisAndAngle(0, 1, 0, float(d.rotationDeg)));
    // Rectangles share a unit mesh; custom outlines are already in metres.
    record.transform->setScale3D(d.rectangular ? QVector3D(float(d.widthM), float(d.heightM), float(d.depthM))
                                               : QVector3D(1.0f, float(d.heightM), 1.0f));
}

QColor SceneEntities::itemColour(const core::SceneItem3D &item) const
{
    if (item.type == core::ItemType::Zone) // a tint on the floor, not a green carpet
        return mix(floorColour, render::fillColor(item.type), 0.35);
    if (mStyle.colourByAutomation && !isStructure(item.type)) {
        // Twenty-one steps keep the number of shared materials small.
        return render::automationColor(std::round(item.automationLevel * 20.0) / 20.0);
    }
    return render::fillColor(item.type);
}

void SceneEntities::applyMaterial(ItemRecord &record)
{
    Qt3DRender::QMaterial *material = mSelection.contains(record.desc.itemId) ? mMaterials.highlight()
                                                                              : mMaterials.material(itemColour(record.desc));
    if (material == record.material)
        return;
    if (record.material) {
        record.entity->removeComponent(record.material);
        if (record.modelEntity)
            record.modelEntity->removeComponent(record.material);
    }
    record.material = material;
    record.entity->addComponent(material);
    if (record.modelEntity)
        record.modelEntity->addComponent(material);
}

void SceneEntities::applyLabel(ItemRecord &record)
{
    if (!mStyle.showLabels) {
        delete record.label;
        record.label = nullptr;
        return;
    }
    const core::SceneItem3D &d = record.desc;
    const QVector3D anchor(float(d.centreXM), float(d.baseZM + d.heightM + 0.8), float(-d.centreYM));
    if (!record.label)
        record.label = createLabelEntity(d.label, anchor, mLabelFacing, mRoot);
    else
        updateLabelEntity(record.label, d.label, anchor);
}

void SceneEntities::faceLabels(float yawDeg, float pitchDeg)
{
    mLabelFacing = QQuaternion::fromAxisAndAngle(0, 1, 0, yawDeg) * QQuaternion::fromAxisAndAngle(1, 0, 0, -pitchDeg);
    if (!mStyle.showLabels)
        return;
    for (ItemRecord *record : std::as_const(mItems)) {
        if (record->label)
            setLabelFacing(record->label, mLabelFacing);
    }
}

void SceneEntities::setSelection(const QSet<QString> &itemIds)
{
    const QSet<QString> changed = (itemIds - mSelection) + (mSelection - itemIds);
    mSelection = itemIds;
    for (const QString &id : changed) {
        if (ItemRecord *record = mItems.value(id)) {
            applyMaterial(*record);
            ++mTouched;
        }
    }
}

void SceneEntities::setStyle(const SceneStyle &style)
{
    const bool coloursChanged = style.colourByAutomation != mStyle.colourByAutomation;
    const bool labelsChanged = style.showLabels != mStyle.showLabels;
    const bool flowsChanged = style.showFlows != mStyle.showFlows;
    mStyle = style;
    if (coloursChanged || labelsChanged) {
        for (ItemRecord *record : std::as_const(mItems)) {
            if (coloursChanged)
                applyMaterial(*record);
            if (labelsChanged)
                applyLabel(*record);
        }
    }
    if (flowsChanged && mFlowEntity)
        mFlowEntity->setEnabled(mStyle.showFlows);
}

void SceneEntities::setFlows(const std::vector<core::SceneFlow3D> &flows)
{
    if (mFlowEntity && flows == mFlows)
        return;
    mFlows = flows;
    delete mFlowEntity;
    mFlowEntity = new Qt3DCore::QEntity(mRoot);
    mFlowEntity->setObjectName(QStringLiteral("flows"));
    mFlowEntity->addComponent(MeshFactory::ribbons(mFlows, mFlowEntity));
    mFlowEntity->addComponent(mMaterials.material(QColor(200, 40, 90)));
    mFlowEntity->setEnabled(mStyle.showFlows);
}

void SceneEntities::setFloor(double widthM, double depthM)
{
    if (mFloorEntity) {
        const QVariant size = mFloorEntity->property("sizeM");
        if (size.toSizeF() == QSizeF(widthM, depthM))
            return;
        delete mFloorEntity;
    }
    mFloorEntity = new Qt3DCore::QEntity(mRoot);
    mFloorEntity->setObjectName(QStringLiteral("floor"));
    mFloorEntity->setProperty("sizeM", QSizeF(widthM, depthM));
    mFloorEntity->addComponent(MeshFactory::floorSlab(widthM, depthM, mFloorEntity));
    mFloorEntity->addComponent(mMaterials.material(floorColour));
    auto *picker = new Qt3DRender::QObjectPicker(mFloorEntity);
    connect(picker, &Qt3DRender::QObjectPicker::clicked, this, [this](Qt3DRender::QPickEvent *event) {
        if (event->button() == Qt3DRender::QPickEvent::LeftButton)
            emit floorClicked(toQt(event->modifiers()));
    });
    mFloorEntity->addComponent(picker);
}

Qt3DCore::QEntity *SceneEntities::itemEntity(const QString &itemId) const
{
    const ItemRecord *record = mItems.value(itemId);
    return record ? record->entity : nullptr;
}

Qt3DRender::QMaterial *SceneEntities::itemMaterial(const QString &itemId) const
{
    const ItemRecord *record = mItems.value(itemId);
    return record ? record->material : nullptr;
}

Qt3DCore::QTransform *SceneEntities::itemTransform(const QString &itemId) const
{
    const ItemRecord *record = mItems.value(itemId);
    return record ? record->transform : nullptr;
}

bool SceneEntities::showsModel(const QString &itemId) const
{
    const ItemRecord *record = mItems.value(itemId);
    return record && record->modelShown;
}

} // namespace taktflow::app::view3d
