// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scene3d/scene3d.h"

#include <optional>

namespace taktflow::core {

// Picking in the 3D scene by casting a ray, independent of any renderer: the view draws items
// in batches, so a click is resolved against the scene description instead of against meshes.

/** A ray in floor metres (x east, y north, z up); direction need not be of unit length. */
struct SceneRay {
    PointM3 originM;
    PointM3 direction;
};

/**
 * The ray parameter t >= 0 (the hit is origin + t * direction) where the ray first meets the
 * item's extruded footprint (its sides or its top and bottom faces); nullopt when it misses.
 */
std::optional<double> rayHitItem(const SceneRay &ray, const SceneItem3D &item);

/** Where the ray meets the floor plane z = 0 inside the floor rectangle (0, 0)–(widthM, depthM). */
std::optional<double> rayHitFloor(const SceneRay &ray, double floorWidthM, double floorDepthM);

} // namespace taktflow::core
