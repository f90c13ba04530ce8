// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/view3d/instancedbatch.h"

#include "app/view3d/meshfactory.h"

#include <Qt3DCore/QAttribute>
#include <Qt3DCore/QBuffer>
#include <Qt3DCore/QEntity>
#include <Qt3DCore/QGeometry>
#include <Qt3DRender/QGeometryRenderer>
#include <Qt3DRender/QMaterial>

#include <cmath>
#include <cstring>

namespace taktflow::app::view3d {

namespace {

// One record: position (x, y, z), turn (cosine, sine), scale (x, y, z), colour and glow (r, g, b).
// The turn travels as cosine and sine so the vertex shader needs no trigonometry per vertex.
constexpr int positionFloats = 3, turnFloats = 2, scaleFloats = 3, colourFloats = 3;
constexpr int floatsPerRecord = positionFloats + turnFloats + scaleFloats + 2 * colourFloats;
constexpr int recordBytes = floatsPerRecord * int(sizeof(float));
// Beyond this many changed records one upload of the whole buffer is cheaper than many small.
constexpr size_t maxPartialUploads = 32;

struct RecordAttribute {
    const char *name;
    int floats;
    int offsetFloats;
};
constexpr RecordAttribute recordAttributes[] = {
    {"instancePosition", positionFloats, 0},
    {"instanceTurn", turnFloats, positionFloats},
    {"instanceScale", scaleFloats, positionFloats + turnFloats},
    {"instanceColour", colourFloats, positionFloats + turnFloats + scaleFloats},
    {"instanceGlow", colourFloats, positionFloats + turnFloats + scaleFloats + colourFloats},
};

} // namespace

InstancedBatch::InstancedBatch(const std::vector<float> &prismVertices, Qt3DRender::QMaterial *material,
                               Qt3DCore::QEntity *parent)
    : mEntity(new Qt3DCore::QEntity(parent))
    , mRenderer(new Qt3DRender::QGeometryRenderer(mEntity))
{
    Qt3DCore::QGeometry *geometry = vertexGeometry(prismVertices, mRenderer);
    mInstanceBuffer = new Qt3DCore::QBuffer(geometry);
    for (const RecordAttribute &a : recordAttributes) {
        auto *attribute = new Qt3DCore::QAttribute(
            mInstanceBuffer, QString::fromLatin1(a.name), Qt3DCore::QAttribute::Float, uint(a.floats), 0,
            uint(a.offsetFloats * int(sizeof(float))), uint(recordBytes), geometry);
        attribute->setDivisor(1); // one record per instance, not per vertex
        geometry->addAttribute(attribute);
        mInstanceAttributes.push_back(attribute);
    }
    mRenderer->setGeometry(geometry);
    mRenderer->setPrimitiveType(Qt3DRender::QGeometryRenderer::Triangles);
    mRenderer->setVertexCount(int(prismVertices.size() / 6));
    mRenderer->setInstanceCount(0);
    mEntity->addComponent(mRenderer);
    mEntity->addComponent(material);
    mEntity->setEnabled(false);
}

InstancedBatch::~InstancedBatch()
{
    delete mEntity;
}

int InstancedBatch::add(const QString &itemId, const ItemInstance &instance)
{
    const int slot = count();
    if (slot >= mCapacity)
        reserve(std::max(64, mCapacity * 2));
    mItemIds.push_back(itemId);
    write(slot, instance);
    return slot;
}

void InstancedBatch::update(int slot, const ItemInstance &instance)
{
    Q_ASSERT(slot >= 0 && slot < count());
    write(slot, instance);
}

QString InstancedBatch::remove(int slot)
{
    Q_ASSERT(slot >= 0 && slot < count());
    const int last = count() - 1;
    QString moved;
    if (slot != last) {
        std::memcpy(mData.data() + qsizetype(slot) * recordBytes, mData.constData() + qsizetype(last) * recordBytes,
                    recordBytes);
        mItemIds[size_t(slot)] = mItemIds[size_t(last)];
        moved = mItemIds[size_t(slot)];
        mDirtySlots.insert(slot);
    }
    mItemIds.pop_back();
    mDirtySlots.erase(last);
    return moved;
}

void InstancedBatch::write(int slot, const ItemInstance &instance)
{
    const float record[floatsPerRecord] = {
        instance.positionM.x(),
        instance.positionM.y(),
        instance.positionM.z(),
        std::cos(instance.rotationRad),
        std::sin(instance.rotationRad),
        instance.scale.x(),
        instance.scale.y(),
        instance.scale.z(),
        float(instance.colour.redF()),
        float(instance.colour.greenF()),
        float(instance.colour.blueF()),
        float(instance.glow.redF()),
        float(instance.glow.greenF()),
        float(instance.glow.blueF()),
    };
    char *at = mData.data() + qsizetype(slot) * recordBytes;
    if (std::memcmp(at, record, recordBytes) == 0)
        return;
    std::memcpy(at, record, recordBytes);
    mDirtySlots.insert(slot);
}

void InstancedBatch::reserve(int capacity)
{
    mCapacity = capacity;
    mData.resize(qsizetype(capacity) * recordBytes, '\0');
    for (Qt3DCore::QAttribute *attribute : mInstanceAttributes)
        attribute->setCount(uint(capacity));
    mWholeBufferDirty = true;
}

void InstancedBatch::flush()
{
    if (mWholeBufferDirty || mDirtySlots.size() > maxPartialUploads) {
        mInstanceBuffer->setData(mData);
        mUploadedBytes += mData.size();
    } else {
        // Only the changed records travel to the renderer: moving one item sends 56 bytes.
        for (const int slot : mDirtySlots) {
            const qsizetype offset = qsizetype(slot) * recordBytes;
            mInstanceBuffer->updateData(int(offset), mData.mid(offset, recordBytes));
            mUploadedBytes += recordBytes;
        }
    }
    mWholeBufferDirty = false;
    mDirtySlots.clear();
    if (mRenderer->instanceCount() != count())
        mRenderer->setInstanceCount(count());
    mEntity->setEnabled(count() > 0);
}

ItemInstance InstancedBatch::uploadedInstance(int slot) const
{
    Q_ASSERT(slot >= 0 && slot < count());
    const QByteArray data = mInstanceBuffer->data();
    float r[floatsPerRecord] = {};
    const qsizetype offset = qsizetype(slot) * recordBytes;
    if (offset + recordBytes <= data.size())
        std::memcpy(r, data.constData() + offset, recordBytes);
    ItemInstance instance;
    instance.positionM = QVector3D(r[0], r[1], r[2]);
    instance.rotationRad = std::atan2(r[4], r[3]);
    instance.scale = QVector3D(r[5], r[6], r[7]);
    instance.colour = QColor::fromRgbF(r[8], r[9], r[10]);
    instance.glow = QColor::fromRgbF(r[11], r[12], r[13]);
    return instance;
}

} // namespace taktflow::app::view3d
