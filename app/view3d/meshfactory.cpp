// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/view3d/meshfactory.h"

#include "core/layout/triangulate.h"

#include <Qt3DCore/QAttribute>
#include <Qt3DCore/QBuffer>
#include <Qt3DCore/QGeometry>
#include <Qt3DRender/QGeometryRenderer>

#include <QVector3D>

#include <cmath>

namespace taktflow::app::view3d {

namespace {

constexpr int floatsPerVertex = 6;

void addVertex(std::vector<float> &out, const QVector3D &p, const QVector3D &n)
{
    out.insert(out.end(), {p.x(), p.y(), p.z(), n.x(), n.y(), n.z()});
}

QVector3D world(const core::PointM &p, double heightM)
{
    return {float(p.xM), float(heightM), float(-p.yM)};
}

Qt3DRender::QGeometryRenderer *makeRenderer(const std::vector<float> &vertices, Qt3DCore::QNode *parent)
{
    auto *renderer = new Qt3DRender::QGeometryRenderer(parent);
    renderer->setGeometry(vertexGeometry(vertices, renderer));
    renderer->setPrimitiveType(Qt3DRender::QGeometryRenderer::Triangles);
    renderer->setVertexCount(int(vertices.size() / floatsPerVertex));
    return renderer;
}

} // namespace

Qt3DCore::QGeometry *vertexGeometry(const std::vector<float> &vertices, Qt3DCore::QNode *parent)
{
    auto *geometry = new Qt3DCore::QGeometry(parent);
    auto *buffer = new Qt3DCore::QBuffer(geometry);
    buffer->setData(QByteArray(reinterpret_cast<const char *>(vertices.data()),
                               qsizetype(vertices.size() * sizeof(float))));
    const auto count = uint(vertices.size() / floatsPerVertex);
    const uint stride = floatsPerVertex * sizeof(float);
    auto *position = new Qt3DCore::QAttribute(buffer, Qt3DCore::QAttribute::defaultPositionAttributeName(),
                                              Qt3DCore::QAttribute::Float, 3, count, 0, stride, geometry);
    auto *normal = new Qt3DCore::QAttribute(buffer, Qt3DCore::QAttribute::defaultNormalAttributeName(),
                                            Qt3DCore::QAttribute::Float, 3, count, 3 * sizeof(float), stride,
                                            geometry);
    geometry->addAttribute(position);
    geometry->addAttribute(normal);
    geometry->setBoundingVolumePositionAttribute(position);
    return geometry;
}

std::vector<float> prismVertices(const std::vector<core::PointM> &outline)
{
    std::vector<float> out;
    const size_t n = outline.size();
    if (n < 3)
        return out;
    const auto triangles = core::triangulatePolygon(outline);
    out.reserve((triangles.size() * 3 + n * 6) * floatsPerVertex);
    const QVector3D up(0, 1, 0);
    for (const auto &t : triangles) {
        for (int index : t)
            addVertex(out, world(outline[size_t(index)], 1.0), up);
    }
    // Sides: flat-shaded so edges read crisply; the outline runs counter-clockwise.
    for (size_t i = 0; i < n; ++i) {
        const core::PointM &a = outline[i];
        const core::PointM &b = outline[(i + 1) % n];
        const double dx = b.xM - a.xM, dy = b.yM - a.yM;
        const double length = std::hypot(dx, dy);
        if (length < 1e-9)
            continue;
        const QVector3D outward(float(dy / length), 0.0f, float(dx / length));
        const QVector3D a0 = world(a, 0.0), b0 = world(b, 0.0), a1 = world(a, 1.0), b1 = world(b, 1.0);
        for (const QVector3D &p : {a0, b0, b1, a0, b1, a1})
            addVertex(out, p, outward);
    }
    return out;
}

std::vector<float> itemPrismVertices(const core::SceneItem3D &item)
{
    if (item.rectangular)
        return prismVertices({{-0.5, -0.5}, {0.5, -0.5}, {0.5, 0.5}, {-0.5, 0.5}});
    return prismVertices(item.localOutlineM);
}

Qt3DRender::QGeometryRenderer *ribbonMesh(const std::vector<core::SceneFlow3D> &flows, Qt3DCore::QNode *parent)
{
    constexpr int segments = 24;
    std::vector<float> out;
    out.reserve(flows.size() * segments * 6 * floatsPerVertex);
    for (const core::SceneFlow3D &flow : flows) {
        const double dx = flow.toM.xM - flow.fromM.xM, dy = flow.toM.yM - flow.fromM.yM;
        const double length = std::hypot(dx, dy);
        if (length < 1e-6)
            continue;
        // The ribbon lies flat across the direction of travel, so it reads from above and aside.
        const QVector3D side = world({-dy / length * flow.widthM / 2.0, dx / length * flow.widthM / 2.0}, 0.0);
        QVector3D previous;
        for (int s = 0; s <= segments; ++s) {
            const core::PointM3 p = core::flowArcPoint(flow, double(s) / segments);
            const QVector3D centre(float(p.xM), float(p.zM), float(-p.yM));
            if (s > 0) {
                const QVector3D tangent = centre - previous;
                const QVector3D normal = QVector3D::crossProduct(tangent, side).normalized();
                const QVector3D a0 = previous - side, a1 = previous + side, b0 = centre - side, b1 = centre + side;
                for (const QVector3D &v : {a0, b0, b1, a0, b1, a1})
                    addVertex(out, v, normal);
            }
            previous = centre;
        }
    }
    return makeRenderer(out, parent);
}

Qt3DRender::QGeometryRenderer *floorSlabMesh(double widthM, double depthM, Qt3DCore::QNode *parent)
{
    std::vector<float> out;
    const QVector3D up(0, 1, 0);
    const QVector3D a = world({0, 0}, 0), b = world({widthM, 0}, 0), c = world({widthM, depthM}, 0),
                    d = world({0, depthM}, 0);
    for (const QVector3D &p : {a, b, c, a, c, d})
        addVertex(out, p, up);
    return makeRenderer(out, parent);
}

} // namespace taktflow::app::view3d
