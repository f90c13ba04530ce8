// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/view3d/materialcache.h"
#include "app/view3d/meshfactory.h"
#include "core/layout/scene3d.h"

#include <QHash>
#include <QObject>
#include <QQuaternion>
#include <QSet>
#include <QString>

#include <vector>

namespace Qt3DCore {
class QEntity;
class QTransform;
}
namespace Qt3DRender {
class QGeometryRenderer;
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
};

/**
 * Turns a core::SceneData3D into Qt 3D entities under a root entity and keeps them in step
 * one item at a time: updating an item touches only its own entity (transform, shared mesh,
 * shared material). Knows nothing about documents; PlantView3D feeds it.
 */
class SceneEntities : public QObject
{
    Q_OBJECT

public:
    SceneEntities(Qt3DCore::QEntity *root, QObject *parent = nullptr);
    ~SceneEntities() override;

    /** Makes the scene match: adds, updates or removes only the items that differ. */
    void sync(const core::SceneData3D &scene);
    /** Adds the item or, when its id is known, updates its entity in place. */
    void upsertItem(const core::SceneItem3D &item);
    void removeItem(const QString &itemId);
    void setFlows(const std::vector<core::SceneFlow3D> &flows);
    void setFloor(double widthM, double depthM);
    void setSelection(const QSet<QString> &itemIds);
    void setStyle(const SceneStyle &style);
    const SceneStyle &style() const { return mStyle; }
    /** Directory relative model file paths are resolved against (the project's folder). */
    void setModelBaseDir(const QString &dir) { mModelBaseDir = dir; }
    /** Turns labels to face a camera at this yaw and pitch (degrees). */
    void faceLabels(float yawDeg, float pitchDeg);

    int itemCount() const { return int(mItems.size()); }
    Qt3DCore::QEntity *itemEntity(const QString &itemId) const;
    /** The material an item is drawn with now (tests check highlight and colour modes). */
    Qt3DRender::QMaterial *itemMaterial(const QString &itemId) const;
    Qt3DRender::QMaterial *highlightMaterial() { return mMaterials.highlight(); }
    /** The transform of an item's entity (its position and size in the world). */
    Qt3DCore::QTransform *itemTransform(const QString &itemId) const;
    Qt3DCore::QEntity *flowEntity() const { return mFlowEntity; }
    /** True while an item shows its model file instead of the extruded footprint. */
    bool showsModel(const QString &itemId) const;
    const std::vector<ModelFinding> &modelFindings() const { return mFindings; }
    /** Entities created, changed or removed since the last reset (the benchmark's proof). */
    int touchedEntities() const { return mTouched; }
    void resetTouchedEntities() { mTouched = 0; }

signals:
    /** The user clicked an item (left button); modifiers as Qt::KeyboardModifiers. */
    void itemClicked(const QString &itemId, Qt::KeyboardModifiers modifiers);
    /** The user clicked the bare floor. */
    void floorClicked(Qt::KeyboardModifiers modifiers);
    void modelFindingsChanged();

private:
    struct ItemRecord;

    void createItem(const core::SceneItem3D &item);
    void applyGeometry(ItemRecord &record);
    void applyMaterial(ItemRecord &record);
    void applyLabel(ItemRecord &record);
    void applyModel(ItemRecord &record);
    void fitModel(ItemRecord &record);
    void modelFailed(ItemRecord &record, const QString &message);
    void clearFinding(const QString &itemId);
    QColor itemColour(const core::SceneItem3D &item) const;

    Qt3DCore::QEntity *mRoot;
    Qt3DCore::QEntity *mResources;
    Qt3DCore::QEntity *mItemsRoot;
    MeshFactory mMeshes;
    MaterialCache mMaterials;
    QHash<QString, ItemRecord *> mItems;
    QSet<QString> mSelection;
    SceneStyle mStyle;
    QString mModelBaseDir;
    std::vector<core::SceneFlow3D> mFlows;
    Qt3DCore::QEntity *mFloorEntity = nullptr;
    Qt3DCore::QEntity *mFlowEntity = nullptr;
    QQuaternion mLabelFacing;
    std::vector<ModelFinding> mFindings;
    int mTouched = 0;
};

} // namespace taktflow::app::view3d
