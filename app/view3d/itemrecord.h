// SPDX-License-Identifier: GPL-3.0-or-later
// Private to SceneEntities' two source files: what the scene keeps per item.
#pragma once

#include "app/view3d/sceneentities.h"

namespace taktflow::app::view3d {

struct SceneEntities::ItemRecord {
    core::SceneItem3D desc;
    Qt3DCore::QEntity *entity = nullptr;
    Qt3DCore::QTransform *transform = nullptr;
    Qt3DRender::QGeometryRenderer *mesh = nullptr;
    Qt3DRender::QMaterial *material = nullptr;
    Qt3DCore::QEntity *label = nullptr;
    // The model file in use: a child entity that shows once loaded and measured.
    QString modelPath;
    Qt3DCore::QEntity *modelEntity = nullptr;
    Qt3DRender::QMesh *modelMesh = nullptr;
    Qt3DCore::QTransform *modelTransform = nullptr;
    bool modelShown = false;
};

} // namespace taktflow::app::view3d
