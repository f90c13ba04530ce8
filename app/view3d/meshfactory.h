// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/layout/scene3d.h"

#include <QHash>
#include <QString>

#include <vector>

namespace Qt3DCore {
class QNode;
}
namespace Qt3DRender {
class QGeometryRenderer;
}

namespace taktflow::app::view3d {

/**
 * Builds and caches the meshes of the 3D view. Items share meshes of unit height: one unit
 * rectangle for every rectangular item (scaled by its transform), one mesh per distinct custom
 * outline. Coordinates map floor metres to Qt 3D's y-up world as (x, height, -y).
 */
class MeshFactory
{
public:
    /** Meshes are created as children of owner (a node the factory's user keeps alive). */
    explicit MeshFactory(Qt3DCore::QNode *owner);

    /** The shared prism mesh for an item's shape key (see SceneItem3D::shapeKey). */
    Qt3DRender::QGeometryRenderer *prism(const core::SceneItem3D &item);
    /** A new mesh of all flow ribbons at once (one draw call), owned by parent. */
    static Qt3DRender::QGeometryRenderer *ribbons(const std::vector<core::SceneFlow3D> &flows,
                                                  Qt3DCore::QNode *parent);
    /** A flat rectangle from (0,0) to (widthM, depthM) on the floor, top face at height 0. */
    static Qt3DRender::QGeometryRenderer *floorSlab(double widthM, double depthM, Qt3DCore::QNode *parent);

    int cachedMeshCount() const { return int(mPrisms.size()); }

private:
    Qt3DCore::QNode *mOwner;
    QHash<QString, Qt3DRender::QGeometryRenderer *> mPrisms;
};

/** Positions and normals (x, y, z, nx, ny, nz per vertex) of a unit-height prism, for tests. */
std::vector<float> prismVertices(const std::vector<core::PointM> &outline);

} // namespace taktflow::app::view3d
