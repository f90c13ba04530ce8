// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QColor>
#include <QString>
#include <QVector3D>

#include <set>
#include <vector>

namespace Qt3DCore {
class QAttribute;
class QBuffer;
class QEntity;
} // namespace Qt3DCore
namespace Qt3DRender {
class QGeometryRenderer;
class QMaterial;
} // namespace Qt3DRender

namespace taktflow::app::view3d {

/** How one item appears in its batch (Qt 3D world: y up). */
struct ItemInstance {
    /** Centre of the footprint at the item's base height. */
    QVector3D positionM;
    /** Turn about the vertical axis, counter-clockwise seen from above. */
    float rotationRad = 0.0f;
    /** Scale of the batch's unit-height prism; zero hides the instance. */
    QVector3D scale;
    QColor colour;
    /** Self-lit part added to the lit colour (the selection highlight); black for none. */
    QColor glow = Qt::black;

    friend bool operator==(const ItemInstance &, const ItemInstance &) = default;
};

/**
 * Many items of one shape drawn with one instanced draw call: a single entity whose geometry
 * holds the shape's vertices and a second buffer with one record per item (placement, scale,
 * colours; attribute divisor 1). Thousands of items then cost Qt 3D and the driver about as
 * much as one entity. Records stay dense: removing one moves the last into its place.
 *
 * Changes collect in a CPU copy; flush() sends them to the buffer, only the changed records
 * when few changed, the whole buffer after bulk changes.
 */
class InstancedBatch
{
public:
    InstancedBatch(const std::vector<float> &prismVertices, Qt3DRender::QMaterial *material, Qt3DCore::QEntity *parent);
    ~InstancedBatch();
    InstancedBatch(const InstancedBatch &) = delete;
    InstancedBatch &operator=(const InstancedBatch &) = delete;

    /** Appends a record for itemId; returns its slot. */
    int add(const QString &itemId, const ItemInstance &instance);
    void update(int slot, const ItemInstance &instance);
    /**
     * Drops the record in slot; the last record moves there. Returns the id of the item that
     * moved (its slot is now slot), or an empty string when slot was the last.
     */
    QString remove(int slot);
    /** Sends the collected changes to Qt 3D. */
    void flush();

    int count() const { return int(mItemIds.size()); }
    const QString &itemIdAt(int slot) const { return mItemIds[size_t(slot)]; }
    /** The record as sent to Qt 3D (decoded from the buffer's data, after flush()). */
    ItemInstance uploadedInstance(int slot) const;
    Qt3DCore::QEntity *entity() const { return mEntity; }
    /** Bytes of instance data sent to Qt 3D since construction (whole buffers and single records). */
    qint64 uploadedBytes() const { return mUploadedBytes; }

private:
    void write(int slot, const ItemInstance &instance);
    void reserve(int capacity);

    Qt3DCore::QEntity *mEntity;
    Qt3DRender::QGeometryRenderer *mRenderer;
    Qt3DCore::QBuffer *mInstanceBuffer;
    std::vector<Qt3DCore::QAttribute *> mInstanceAttributes;
    std::vector<QString> mItemIds;
    QByteArray mData;
    int mCapacity = 0;
    std::set<int> mDirtySlots;
    bool mWholeBufferDirty = false;
    qint64 mUploadedBytes = 0;
};

} // namespace taktflow::app::view3d
