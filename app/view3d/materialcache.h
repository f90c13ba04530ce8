// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QHash>

namespace Qt3DCore {
class QNode;
}
namespace Qt3DRender {
class QEffect;
class QMaterial;
}

namespace taktflow::app::view3d {

/**
 * One shared material per colour: thousands of items use a dozen materials, so building the
 * scene creates no shader state per item and recolouring an item only swaps a pointer.
 */
class MaterialCache
{
public:
    explicit MaterialCache(Qt3DCore::QNode *owner);

    /** A lit, matte material of this colour (all share one shader effect). */
    Qt3DRender::QMaterial *material(const QColor &colour);
    /** The selection highlight: bright and self-lit so it reads in shadow too. */
    Qt3DRender::QMaterial *highlight();

    int size() const { return int(mMaterials.size()); }

private:
    Qt3DRender::QMaterial *create(const QColor &diffuse, const QColor &emissive);

    Qt3DCore::QNode *mOwner;
    QHash<QRgb, Qt3DRender::QMaterial *> mMaterials;
    Qt3DRender::QEffect *mEffect = nullptr;
    Qt3DRender::QMaterial *mHighlight = nullptr;
};

} // namespace taktflow::app::view3d
