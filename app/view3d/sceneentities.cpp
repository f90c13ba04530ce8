// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/view3d/sceneentities.h"

#include "app/view3d/itemrecord.h"

#include "app/render/itemstyle.h"
#include "app/view3d/labelentity.h"
#include "app/view3d/meshfactory.h"

#include <Qt3DCore/QEntity>
#include <Qt3DRender/QGeometryRenderer>
#include <Qt3DRender/QMaterial>

#include <cmath>
#include <numbers>

namespace taktflow::app::view3d {

namespace {

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
      mMaterials(mResources)
{
}

SceneEntities::~SceneEntities()
{
    qDeleteAll(mItems);
    qDeleteAll(mBatches);
}

void SceneEntities::sync(const core::SceneData3D &scene)
{
    setFloor(scene.floorWidthM, scene.floorDepthM);
    // Decided first, so a large plant never makes the names it would drop again at once.
    followLabelLimit(qsizetype(scene.items.size()));
    QSet<QString> keep;
    keep.reserve(qsizetype(scene.items.size()));
    for (const core::SceneItem3D &item : scene.items) {
        keep.insert(item.itemId);
        ItemRecord *record = mItems.value(item.itemId);
        if (!record)
            createItem(item);
        else if (!(record->desc == item))
            changeItem(*record, item);
    }
    const QStringList known = mItems.keys();
    for (const QString &id : known) {
        if (!keep.contains(id))
            destroyItem(id);
    }
    setFlows(scene.flows);
    flushBatches();
}

void SceneEntities::upsertItem(const core::SceneItem3D &item)
{
    if (ItemRecord *record = mItems.value(item.itemId))
        changeItem(*record, item);
    else
        createItem(item);
    followLabelLimit(mItems.size());
    flushBatches();
}

void SceneEntities::changeItem(ItemRecord &record, const core::SceneItem3D &item)
{
    const bool shapeChanged = record.desc.shapeKey != item.shapeKey;
    record.desc = item;
    if (shapeChanged) {
        takeFromBatch(record);
        placeInBatch(record);
    } else {
        applyInstance(record);
    }
    applyModel(record);
    placeModel(record);
    applyLabel(record);
    ++mTouched;
}

void SceneEntities::createItem(const core::SceneItem3D &item)
{
    auto *record = new ItemRecord;
    record->desc = item;
    mItems.insert(item.itemId, record);
    placeInBatch(*record);
    applyModel(*record);
    applyLabel(*record);
    ++mTouched;
}

void SceneEntities::removeItem(const QString &itemId)
{
    destroyItem(itemId);
    followLabelLimit(mItems.size());
    flushBatches();
}

void SceneEntities::destroyItem(const QString &itemId)
{
    ItemRecord *record = mItems.take(itemId);
    if (!record)
        return;
    takeFromBatch(*record);
    delete record->label;
    dropModel(*record);
    delete record;
    mSelection.remove(itemId);
    clearFinding(itemId);
    ++mTouched;
}

void SceneEntities::placeInBatch(ItemRecord &record)
{
    InstancedBatch *&batch = mBatches[record.desc.shapeKey];
    if (!batch)
        batch = new InstancedBatch(itemPrismVertices(record.desc), mMaterials.instanced(), mItemsRoot);
    record.batch = batch;
    record.slot = batch->add(record.desc.itemId, instanceOf(record));
}

void SceneEntities::takeFromBatch(ItemRecord &record)
{
    InstancedBatch *batch = record.batch;
    if (!batch)
        return;
    const QString moved = batch->remove(record.slot);
    if (ItemRecord *other = mItems.value(moved))
        other->slot = record.slot;
    record.batch = nullptr;
    record.slot = -1;
    if (batch->count() == 0) {
        // Custom outlines are often one of a kind: an empty batch is not kept.
        for (auto it = mBatches.begin(); it != mBatches.end(); ++it) {
            if (it.value() == batch) {
                mBatches.erase(it);
                break;
            }
        }
        delete batch;
    }
}

QColor SceneEntities::itemColour(const core::SceneItem3D &item) const
{
    if (item.type == core::ItemType::Zone) // a tint on the floor, not a green carpet
        return mix(floorColour, render::fillColor(item.type), 0.35);
    if (mStyle.colourByAutomation && !isStructure(item.type))
        return render::automationColor(std::round(item.automationLevel * 20.0) / 20.0);
    return render::fillColor(item.type);
}

ItemInstance SceneEntities::instanceOf(const ItemRecord &record) const
{
    const core::SceneItem3D &d = record.desc;
    ItemInstance instance;
    instance.positionM = QVector3D(float(d.centreXM), float(d.baseZM), float(-d.centreYM));
    instance.rotationRad = float(d.rotationDeg * std::numbers::pi / 180.0);
    // Rectangles scale the unit box to their footprint; custom outlines are already in metres.
    // An item showing its model file hides its instance.
    if (!record.modelShown) {
        instance.scale = d.rectangular ? QVector3D(float(d.widthM), float(d.heightM), float(d.depthM))
                                       : QVector3D(1.0f, float(d.heightM), 1.0f);
    }
    const bool selected = mSelection.contains(d.itemId);
    instance.colour = selected ? MaterialCache::highlightColour() : itemColour(d);
    instance.glow = selected ? MaterialCache::highlightGlow() : QColor(Qt::black);
    return instance;
}

void SceneEntities::applyInstance(ItemRecord &record)
{
    if (record.batch)
        record.batch->update(record.slot, instanceOf(record));
}

void SceneEntities::flushBatches()
{
    for (InstancedBatch *batch : std::as_const(mBatches))
        batch->flush();
}

bool SceneEntities::labelWanted(const ItemRecord &record) const
{
    return mStyle.showLabels && (!mLabelsLimited || mSelection.contains(record.desc.itemId));
}

void SceneEntities::followLabelLimit(qsizetype itemCount)
{
    const bool limited = itemCount > maxNamedItems;
    if (limited == mLabelsLimited)
        return;
    mLabelsLimited = limited;
    if (mStyle.showLabels) {
        for (ItemRecord *record : std::as_const(mItems))
            applyLabel(*record);
    }
}

void SceneEntities::applyLabel(ItemRecord &record)
{
    if (!labelWanted(record)) {
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
            applyInstance(*record);
            colourModel(*record);
            if (mLabelsLimited)
                applyLabel(*record);
            ++mTouched;
        }
    }
    flushBatches();
}

void SceneEntities::setStyle(const SceneStyle &style)
{
    const bool coloursChanged = style.colourByAutomation != mStyle.colourByAutomation;
    const bool labelsChanged = style.showLabels != mStyle.showLabels;
    const bool flowsChanged = style.showFlows != mStyle.showFlows;
    const bool linePathsChanged = style.showLinePaths != mStyle.showLinePaths;
    mStyle = style;
    if (coloursChanged || labelsChanged) {
        for (ItemRecord *record : std::as_const(mItems)) {
            if (coloursChanged) {
                applyInstance(*record);
                colourModel(*record);
            }
            if (labelsChanged)
                applyLabel(*record);
        }
    }
    if (flowsChanged && mFlowEntity)
        mFlowEntity->setEnabled(mStyle.showFlows);
    if (linePathsChanged && mLinePathEntity)
        mLinePathEntity->setEnabled(mStyle.showLinePaths);
    flushBatches();
}

void SceneEntities::setFlows(const std::vector<core::SceneFlow3D> &flows)
{
    if (mFlowEntity && flows == mFlows)
        return;
    mFlows = flows;
    delete mFlowEntity;
    mFlowEntity = new Qt3DCore::QEntity(mRoot);
    mFlowEntity->setObjectName(QStringLiteral("flows"));
    mFlowEntity->addComponent(ribbonMesh(mFlows, mFlowEntity));
    mFlowEntity->addComponent(mMaterials.material(QColor(200, 40, 90)));
    mFlowEntity->setEnabled(mStyle.showFlows);
}

void SceneEntities::setLinePaths(const std::vector<core::SceneFlow3D> &bands)
{
    if (mLinePathEntity && bands == mLinePaths)
        return;
    mLinePaths = bands;
    delete mLinePathEntity;
    mLinePathEntity = new Qt3DCore::QEntity(mRoot);
    mLinePathEntity->setObjectName(QStringLiteral("linePaths"));
    mLinePathEntity->addComponent(ribbonMesh(mLinePaths, mLinePathEntity));
    // The 2D editor's line colour.
    mLinePathEntity->addComponent(mMaterials.material(QColor(0x6a, 0x1b, 0x9a)));
    mLinePathEntity->setEnabled(mStyle.showLinePaths);
}

void SceneEntities::setFloor(double widthM, double depthM)
{
    if (mFloorEntity && mFloorWidthM == widthM && mFloorDepthM == depthM)
        return;
    delete mFloorEntity;
    mFloorWidthM = widthM;
    mFloorDepthM = depthM;
    mFloorEntity = new Qt3DCore::QEntity(mRoot);
    mFloorEntity->setObjectName(QStringLiteral("floor"));
    mFloorEntity->addComponent(floorSlabMesh(widthM, depthM, mFloorEntity));
    mFloorEntity->addComponent(mMaterials.material(floorColour, Shading::FrontFlat)); // seen from above only
}

ScenePickResult SceneEntities::pick(const core::SceneRay &ray) const
{
    // A linear pass: 5,000 items take well under a millisecond, once per click.
    ScenePickResult result;
    std::optional<double> nearest;
    for (const ItemRecord *record : mItems) {
        const std::optional<double> t = core::rayHitItem(ray, record->desc);
        if (t && (!nearest || *t < *nearest)) {
            nearest = t;
            result.itemId = record->desc.itemId;
        }
    }
    result.floor = !nearest && core::rayHitFloor(ray, mFloorWidthM, mFloorDepthM).has_value();
    return result;
}

const InstancedBatch *SceneEntities::itemBatch(const QString &itemId) const
{
    const ItemRecord *record = mItems.value(itemId);
    return record ? record->batch : nullptr;
}

std::optional<ItemInstance> SceneEntities::itemInstance(const QString &itemId) const
{
    const ItemRecord *record = mItems.value(itemId);
    if (!record || !record->batch)
        return std::nullopt;
    return record->batch->uploadedInstance(record->slot);
}

bool SceneEntities::showsLabel(const QString &itemId) const
{
    const ItemRecord *record = mItems.value(itemId);
    return record && record->label;
}

bool SceneEntities::showsModel(const QString &itemId) const
{
    const ItemRecord *record = mItems.value(itemId);
    return record && record->modelShown;
}

Qt3DRender::QMaterial *SceneEntities::modelMaterial(const QString &itemId) const
{
    const ItemRecord *record = mItems.value(itemId);
    return record && record->modelEntity ? record->modelMaterial : nullptr;
}

} // namespace taktflow::app::view3d
