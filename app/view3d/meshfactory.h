// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scene3d/scene3d.h"


#include <vector>

namespace Qt3DCore {
class QGeometry;
class QNode;
}
namespace Qt3DRender {
class QGeometryRenderer;
}

namespace taktflow::app::view3d {

// The meshes of the 3D view. Coordinates map floor metres to Qt 3D's y-up world as
// (x, height, -y). Vertex data is interleaved: x, y, z, nx, ny, nz per vertex.

/** Positions and normals of a unit-height prism over a counter-clockwise outline (no bottom). */
std::vector<float> prismVertices(const std::vector<core::PointM> &outline);

/**
 * The unit-height prism an item's batch draws: the unit square for rectangular items (each
 * instance scales it to its footprint), the outline in metres otherwise (scaled in height only).
 */
std::vector<float> itemPrismVertices(const core::SceneItem3D &item);

/** A geometry with the position and normal attributes over interleaved vertex data. */
Qt3DCore::QGeometry *vertexGeometry(const std::vector<float> &vertices, Qt3DCore::QNode *parent);

/** A new mesh of all flow ribbons at once (one draw call), owned by parent. */
Qt3DRender::QGeometryRenderer *ribbonMesh(const std::vector<core::SceneFlow3D> &flows, Qt3DCore::QNode *parent);
/** A flat rectangle from (0,0) to (widthM, depthM) on the floor, top face at height 0. */
Qt3DRender::QGeometryRenderer *floorSlabMesh(double widthM, double depthM, Qt3DCore::QNode *parent);

} // namespace taktflow::app::view3d
