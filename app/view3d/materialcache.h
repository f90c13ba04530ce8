// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/view3d/shadersources.h"

#include <QColor>

#include <map>
#include <utility>

namespace Qt3DCore {
class QNode;
}
namespace Qt3DRender {
class QEffect;
class QMaterial;
}

namespace taktflow::app::view3d {

/**
 * One shared material per colour for the floor, flows and model files, and one material for
 * every instanced item batch: building the scene creates no shader state per item.
 */
class MaterialCache
{
public:
    explicit MaterialCache(Qt3DCore::QNode *owner);

    /** A lit, matte material of this colour (one shader effect per kind of shading). */
    Qt3DRender::QMaterial *material(const QColor &colour, Shading shading = Shading::TwoSided);
    /** The selection highlight: bright and self-lit so it reads in shadow too. */
    Qt3DRender::QMaterial *highlight();
    /**
     * The material of instanced item batches: colours come per instance (see InstancedBatch),
     * faces turned away from the camera are skipped.
     */
    Qt3DRender::QMaterial *instanced();

    /** The highlight's diffuse colour and its self-lit part (emissive). */
    static QColor highlightColour() { return {255, 190, 30}; }
    static QColor highlightGlow() { return {90, 60, 0}; }

    int size() const { return int(mMaterials.size()); }

private:
    Qt3DRender::QMaterial *create(const QColor &diffuse, const QColor &emissive, Shading shading);

    Qt3DCore::QNode *mOwner;
    std::map<std::pair<QRgb, Shading>, Qt3DRender::QMaterial *> mMaterials;
    std::map<Shading, Qt3DRender::QEffect *> mEffects;
    Qt3DRender::QMaterial *mHighlight = nullptr;
    Qt3DRender::QMaterial *mInstanced = nullptr;
};

} // namespace taktflow::app::view3d
