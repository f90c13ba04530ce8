// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QQuaternion>
#include <QString>
#include <QVector3D>

namespace Qt3DCore {
class QEntity;
class QNode;
}

namespace taktflow::app::view3d {

/**
 * A name floating above an item, anchored at a world point and turned by facing (the camera's
 * orientation) so it stays readable.
 */
Qt3DCore::QEntity *createLabelEntity(const QString &text, const QVector3D &anchor, const QQuaternion &facing,
                                     Qt3DCore::QNode *parent);
void updateLabelEntity(Qt3DCore::QEntity *label, const QString &text, const QVector3D &anchor);
void setLabelFacing(Qt3DCore::QEntity *label, const QQuaternion &facing);

} // namespace taktflow::app::view3d
