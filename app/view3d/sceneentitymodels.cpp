// SPDX-License-Identifier: GPL-3.0-or-later
// SceneEntities, continued: items that show a 3D model file instead of their extruded footprint.
#include "app/view3d/sceneentities.h"

#include "app/view3d/itemrecord.h"

#include <Qt3DCore/QAttribute>
#include <Qt3DCore/QBuffer>
#include <Qt3DCore/QEntity>
#include <Qt3DCore/QGeometry>
#include <Qt3DCore/QTransform>
#include <Qt3DRender/QGeometryRenderer>
#include <Qt3DRender/QMaterial>
#include <Qt3DRender/QMesh>

#include <QDir>
#include <QFileInfo>
#include <QMatrix4x4>
#include <QUrl>

#include <algorithm>
#include <cstring>

namespace taktflow::app::view3d {

namespace {

/** The extent of a loaded mesh's float positions, read from its buffer. */
bool positionBounds(const Qt3DCore::QGeometry *geometry, QVector3D *lo, QVector3D *hi)
{
    if (!geometry)
        return false;
    for (const Qt3DCore::QAttribute *a : geometry->attributes()) {
        if (a->name() != Qt3DCore::QAttribute::defaultPositionAttributeName() || !a->buffer()
            || a->vertexBaseType() != Qt3DCore::QAttribute::Float || a->vertexSize() < 3)
            continue;
        const QByteArray data = a->buffer()->data();
        const uint stride = a->byteStride() ? a->byteStride() : a->vertexSize() * uint(sizeof(float));
        bool any = false;
        for (uint i = 0; i < a->count(); ++i) {
            const qsizetype at = qsizetype(a->byteOffset() + i * stride);
            if (at + qsizetype(3 * sizeof(float)) > data.size())
                break;
            float p[3];
            std::memcpy(p, data.constData() + at, sizeof(p));
            const QVector3D v(p[0], p[1], p[2]);
            if (!any) {
                *lo = *hi = v;
                any = true;
            }
            *lo = QVector3D(std::min(lo->x(), v.x()), std::min(lo->y(), v.y()), std::min(lo->z(), v.z()));
            *hi = QVector3D(std::max(hi->x(), v.x()), std::max(hi->y(), v.y()), std::max(hi->z(), v.z()));
        }
        return any;
    }
    return false;
}

void discard(Qt3DCore::QEntity *entity)
{
    // Qt 3D reports load results from inside its frame processing and still touches the mesh
    // afterwards: delete only once back in the event loop.
    if (entity) {
        entity->setEnabled(false);
        entity->deleteLater();
    }
}

} // namespace

void SceneEntities::applyModel(ItemRecord &record)
{
    QString path;
    if (!record.desc.modelFile.isEmpty()) {
        path = QFileInfo(record.desc.modelFile).isAbsolute() ? record.desc.modelFile
                                                             : QDir(mModelBaseDir).filePath(record.desc.modelFile);
        path = QDir::cleanPath(path);
    }
    if (path == record.modelPath)
        return;

    // A different file (or none): drop the old model, back to the box until the new one loads.
    dropModel(record);
    record.modelPath = path;
    clearFinding(record.desc.itemId);
    if (path.isEmpty())
        return;

    const QFileInfo info(path);
    static const QStringList supported = {QStringLiteral("gltf"), QStringLiteral("glb"), QStringLiteral("obj"),
                                          QStringLiteral("stl"), QStringLiteral("ply")};
    if (!info.isFile()) {
        modelFailed(record, tr("The model file does not exist."));
        return;
    }
    if (!supported.contains(info.suffix().toLower())) {
        modelFailed(record, tr("Unsupported model format \"%1\" (use glTF, OBJ or STL).").arg(info.suffix()));
        return;
    }

    // The placement carries the item's position, turn and size like its instance does.
    record.modelPlacement = new Qt3DCore::QEntity(mItemsRoot);
    record.modelPlacementTransform = new Qt3DCore::QTransform(record.modelPlacement);
    record.modelPlacement->addComponent(record.modelPlacementTransform);
    placeModel(record);
    record.modelEntity = new Qt3DCore::QEntity(record.modelPlacement);
    record.modelTransform = new Qt3DCore::QTransform(record.modelEntity);
    // Invisibly small until measured; a disabled entity would not load its mesh at all.
    record.modelTransform->setScale(1e-6f);
    record.modelMesh = new Qt3DRender::QMesh(record.modelEntity);
    record.modelEntity->addComponent(record.modelTransform);
    record.modelEntity->addComponent(record.modelMesh);
    colourModel(record);
    const QString id = record.desc.itemId;
    Qt3DRender::QMesh *mesh = record.modelMesh;
    connect(mesh, &Qt3DRender::QMesh::statusChanged, this, [this, id, mesh](Qt3DRender::QMesh::Status status) {
        ItemRecord *r = mItems.value(id);
        if (!r || r->modelMesh != mesh)
            return;
        if (status == Qt3DRender::QMesh::Error)
            modelFailed(*r, tr("The model file could not be read."));
        else if (status == Qt3DRender::QMesh::Ready)
            fitModel(*r);
        flushBatches();
    });
    connect(mesh, &Qt3DRender::QGeometryRenderer::implicitPointsValidChanged, this, [this, id, mesh] {
        ItemRecord *r = mItems.value(id);
        if (r && r->modelMesh == mesh) {
            fitModel(*r);
            flushBatches();
        }
    });
    mesh->setSource(QUrl::fromLocalFile(path));
}

void SceneEntities::placeModel(ItemRecord &record)
{
    if (!record.modelPlacementTransform)
        return;
    const core::SceneItem3D &d = record.desc;
    Qt3DCore::QTransform *t = record.modelPlacementTransform;
    t->setTranslation(QVector3D(float(d.centreXM), float(d.baseZM), float(-d.centreYM)));
    t->setRotation(QQuaternion::fromAxisAndAngle(0, 1, 0, float(d.rotationDeg)));
    // As the instances: rectangles scale a unit box, custom outlines only in height.
    t->setScale3D(d.rectangular ? QVector3D(float(d.widthM), float(d.heightM), float(d.depthM))
                                : QVector3D(1.0f, float(d.heightM), 1.0f));
    if (record.modelShown)
        fitModel(record); // a custom outline's new extent changes the fit
}

void SceneEntities::colourModel(ItemRecord &record)
{
    if (!record.modelEntity)
        return;
    Qt3DRender::QMaterial *material = mSelection.contains(record.desc.itemId) ? mMaterials.highlight()
                                                                              : mMaterials.material(itemColour(record.desc));
    if (material == record.modelMaterial)
        return;
    if (record.modelMaterial)
        record.modelEntity->removeComponent(record.modelMaterial);
    record.modelMaterial = material;
    record.modelEntity->addComponent(material);
}

void SceneEntities::fitModel(ItemRecord &record)
{
    Qt3DRender::QMesh *mesh = record.modelMesh;
    if (!mesh || mesh->status() != Qt3DRender::QMesh::Ready)
        return;
    QVector3D lo, hi;
    if (mesh->areImplicitPointsValid()) {
        lo = mesh->implicitMinPoint();
        hi = mesh->implicitMaxPoint();
    } else if (!positionBounds(mesh->geometry(), &lo, &hi)) {
        return; // measured when the bounds arrive
    }
    const bool zUp = QFileInfo(record.modelPath).suffix().compare(QStringLiteral("stl"), Qt::CaseInsensitive) == 0;
    // STL files are z-up by convention; glTF and OBJ are y-up like the view.
    QMatrix4x4 orient;
    if (zUp)
        orient.rotate(-90.0f, 1, 0, 0);
    const QVector3D a = orient.map(lo), b = orient.map(hi);
    const QVector3D min(std::min(a.x(), b.x()), std::min(a.y(), b.y()), std::min(a.z(), b.z()));
    const QVector3D max(std::max(a.x(), b.x()), std::max(a.y(), b.y()), std::max(a.z(), b.z()));
    const QVector3D size = max - min;
    if (size.x() <= 0.0f || size.y() <= 0.0f || size.z() <= 0.0f) {
        modelFailed(record, tr("The model file has no volume."));
        return;
    }
    // Into the unit box the placement scales to the footprint and height: centred on x and z,
    // standing on the floor. Custom outlines scale by their bounding rectangle.
    const core::SceneItem3D &d = record.desc;
    const QVector3D unit = d.rectangular ? QVector3D(1, 1, 1) : QVector3D(float(d.widthM), 1, float(d.depthM));
    QMatrix4x4 fit;
    fit.scale(unit.x() / size.x(), unit.y() / size.y(), unit.z() / size.z());
    fit.translate(-(min.x() + max.x()) / 2, -min.y(), -(min.z() + max.z()) / 2);
    record.modelTransform->setMatrix(fit * orient);
    if (!record.modelShown) {
        record.modelShown = true;
        applyInstance(record); // the box gives way to the model
        ++mTouched;
    }
}

void SceneEntities::modelFailed(ItemRecord &record, const QString &message)
{
    dropModel(record);
    clearFinding(record.desc.itemId);
    mFindings.push_back({record.desc.itemId, record.desc.modelFile, message});
    emit modelFindingsChanged();
}

void SceneEntities::dropModel(ItemRecord &record)
{
    discard(record.modelPlacement);
    record.modelPlacement = nullptr;
    record.modelPlacementTransform = nullptr;
    record.modelEntity = nullptr;
    record.modelMesh = nullptr;
    record.modelTransform = nullptr;
    record.modelMaterial = nullptr;
    if (record.modelShown) {
        record.modelShown = false;
        applyInstance(record); // the box comes back
    }
}

void SceneEntities::clearFinding(const QString &itemId)
{
    const auto removed = std::erase_if(mFindings, [&](const ModelFinding &f) { return f.itemId == itemId; });
    if (removed > 0)
        emit modelFindingsChanged();
}

} // namespace taktflow::app::view3d
