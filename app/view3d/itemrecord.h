// SPDX-License-Identifier: GPL-3.0-or-later
// Private to SceneEntities' two source files: what the scene keeps per item.
#pragma once

#include "app/view3d/sceneentities.h"

namespace taktflow::app::view3d {

struct SceneEntities::ItemRecord {
    core::SceneItem3D desc;
    /** Where the item is drawn: its batch (by shape) and its slot there. */
    InstancedBatch *batch = nullptr;
    int slot = -1;
    Qt3DCore::QEntity *label = nullptr;
    // The model file in use: an entity placed like the item, with a child that shows the model
    // once it has loaded and been measured. Meanwhile (and on failure) the instance shows.
    QString modelPath;
    Qt3DCore::QEntity *modelPlacement = nullptr;
    Qt3DCore::QTransform *modelPlacementTransform = nullptr;
    Qt3DCore::QEntity *modelEntity = nullptr;
    Qt3DRender::QMesh *modelMesh = nullptr;
    Qt3DCore::QTransform *modelTransform = nullptr;
    Qt3DRender::QMaterial *modelMaterial = nullptr;
    bool modelShown = false;
};

} // namespace taktflow::app::view3d
