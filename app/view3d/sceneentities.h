// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/view3d/instancedbatch.h"
#include "app/view3d/materialcache.h"
#include "core/scene3d/scene3d.h"
#include "core/scene3d/scene3dpick.h"

#include <QHash>
#include <QObject>
#include <QQuaternion>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace Qt3DCore {
class QEntity;
class QTransform;
}
namespace Qt3DRender {
class QMaterial;
class QMesh;
}

namespace taktflow::app::view3d {

/** A 3D model file that could not be used; the item is drawn as its extruded footprint instead. */
struct ModelFinding {
    QString itemId;
    QString file;
    QString message;
};

/** What the 3D scene shows. */
struct SceneStyle {
    bool colourByAutomation = false;
    bool showLabels = false;
    bool showFlows = false;
    /** Production lines as bands from station to station (as in the 2D editor). */
    bool showLinePaths = true;
};

/** What a click in the view lands on. */
struct ScenePickResult {
    /** The item hit first; empty when none. */
    QString itemId;
    /** True when no item but the floor was hit. */
    bool floor = false;
};

/**
 * Turns a core::SceneData3D into Qt 3D entities under a root entity and keeps them in step one
 * item at a time. Items are drawn in instanced batches, one per shape (every rectangular item
 * shares the unit box), so thousands of items are a handful of draw calls; each item keeps a
 * record (its scene description and its slot in its batch) and updating an item rewrites only
 * its own slot. Items showing a 3D model file get an entity of their own for the model.
 * Clicks are resolved by casting a ray against the items' descriptions (pick()).
 * Knows nothing about documents; PlantView3D feeds it.
 */
class SceneEntities : public QObject
{
    Q_OBJECT

public:
    /**
     * Above this many items names show for the selected items only: every name is a texture of
     * its own, and thousands take many seconds to make and about a gigabyte of memory.
     */
    static constexpr int maxNamedItems = 300;

    SceneEntities(Qt3DCore::QEntity *root, QObject *parent = nullptr);
    ~SceneEntities() override;

    /** Makes the scene match: adds, updates or removes only the items that differ. */
    void sync(const core::SceneData3D &scene);
    /** Adds the item or, when its id is known, updates its record in place. */
    void upsertItem(const core::SceneItem3D &item);
    void removeItem(const QString &itemId);
    void setFlows(const std::vector<core::SceneFlow3D> &flows);
    void setLinePaths(const std::vector<core::SceneFlow3D> &bands);
    void setFloor(double widthM, double depthM);
    void setSelection(const QSet<QString> &itemIds);
    void setStyle(const SceneStyle &style);
    const SceneStyle &style() const { return mStyle; }
    /** Directory relative model file paths are resolved against (the project's folder). */
    void setModelBaseDir(const QString &dir) { mModelBaseDir = dir; }
    /** Turns labels to face a camera at this yaw and pitch (degrees). */
    void faceLabels(float yawDeg, float pitchDeg);
    /** The item (or else the floor) a ray in floor metres hits first. */
    ScenePickResult pick(const core::SceneRay &ray) const;

    /** Items in the scene: one record, one instance each. */
    int itemCount() const { return int(mItems.size()); }
    bool hasItem(const QString &itemId) const { return mItems.contains(itemId); }
    /** The batch an item is drawn in (items of one shape share one), or null. */
    const InstancedBatch *itemBatch(const QString &itemId) const;
    /** An item's instance as sent to the renderer (position, turn, scale, colours). */
    std::optional<ItemInstance> itemInstance(const QString &itemId) const;
    /** Instanced batches, i.e. draw calls for all items not showing a model file. */
    int batchCount() const { return int(mBatches.size()); }
    Qt3DCore::QEntity *flowEntity() const { return mFlowEntity; }
    Qt3DCore::QEntity *linePathEntity() const { return mLinePathEntity; }
    const std::vector<core::SceneFlow3D> &linePaths() const { return mLinePaths; }
    /** True while an item's name shows above it. */
    bool showsLabel(const QString &itemId) const;
    /** True while an item shows its model file instead of the extruded footprint. */
    bool showsModel(const QString &itemId) const;
    /** The material of an item's model entity, or null when it shows none. */
    Qt3DRender::QMaterial *modelMaterial(const QString &itemId) const;
    /** What selected model entities are drawn with. */
    Qt3DRender::QMaterial *highlightMaterial() { return mMaterials.highlight(); }
    const std::vector<ModelFinding> &modelFindings() const { return mFindings; }
    /** Items whose drawing was created, changed or removed since the last reset. */
    int touchedItems() const { return mTouched; }
    void resetTouchedItems() { mTouched = 0; }

signals:
    void modelFindingsChanged();

private:
    struct ItemRecord;

    void createItem(const core::SceneItem3D &item);
    void changeItem(ItemRecord &record, const core::SceneItem3D &item);
    void destroyItem(const QString &itemId);
    void placeInBatch(ItemRecord &record);
    void takeFromBatch(ItemRecord &record);
    void applyInstance(ItemRecord &record);
    ItemInstance instanceOf(const ItemRecord &record) const;
    void applyLabel(ItemRecord &record);
    bool labelWanted(const ItemRecord &record) const;
    void followLabelLimit(qsizetype itemCount);
    void applyModel(ItemRecord &record);
    void placeModel(ItemRecord &record);
    void colourModel(ItemRecord &record);
    void fitModel(ItemRecord &record);
    void modelFailed(ItemRecord &record, const QString &message);
    void dropModel(ItemRecord &record);
    void clearFinding(const QString &itemId);
    void flushBatches();
    QColor itemColour(const core::SceneItem3D &item) const;

    Qt3DCore::QEntity *mRoot;
    Qt3DCore::QEntity *mResources;
    Qt3DCore::QEntity *mItemsRoot;
    MaterialCache mMaterials;
    QHash<QString, ItemRecord *> mItems;
    /** By shape key (SceneItem3D::shapeKey). */
    QHash<QString, InstancedBatch *> mBatches;
    QSet<QString> mSelection;
    SceneStyle mStyle;
    QString mModelBaseDir;
    std::vector<core::SceneFlow3D> mFlows;
    double mFloorWidthM = 0.0;
    double mFloorDepthM = 0.0;
    Qt3DCore::QEntity *mFloorEntity = nullptr;
    Qt3DCore::QEntity *mFlowEntity = nullptr;
    std::vector<core::SceneFlow3D> mLinePaths;
    Qt3DCore::QEntity *mLinePathEntity = nullptr;
    QQuaternion mLabelFacing;
    bool mLabelsLimited = false;
    std::vector<ModelFinding> mFindings;
    int mTouched = 0;
};

} // namespace taktflow::app::view3d
