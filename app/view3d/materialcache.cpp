// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/view3d/materialcache.h"

#include <Qt3DRender/QEffect>
#include <Qt3DRender/QFilterKey>
#include <Qt3DRender/QGraphicsApiFilter>
#include <Qt3DRender/QMaterial>
#include <Qt3DRender/QParameter>
#include <Qt3DRender/QRenderPass>
#include <Qt3DRender/QShaderProgram>
#include <Qt3DRender/QTechnique>

#include <QVector3D>

namespace taktflow::app::view3d {

namespace {

// Our own lighting instead of Qt 3D's light entities, so every driver shows the same: a key
// light from the upper left, a weaker fill from the other side and a sky-to-ground ambient.
// Both sides of a face are lit (flow ribbons are seen from above and below).
const char *vertexCore = R"(#version 150 core
in vec3 vertexPosition;
in vec3 vertexNormal;
out vec3 worldNormal;
uniform mat4 modelMatrix;
uniform mat3 modelNormalMatrix;
uniform mat4 modelViewProjection;
void main()
{
    worldNormal = normalize(modelNormalMatrix * vertexNormal);
    gl_Position = modelViewProjection * vec4(vertexPosition, 1.0);
}
)";

const char *fragmentCore = R"(#version 150 core
in vec3 worldNormal;
out vec4 fragColor;
uniform vec3 kd;
uniform vec3 ke;
void main()
{
    vec3 n = normalize(gl_FrontFacing ? worldNormal : -worldNormal);
    float key = max(dot(n, normalize(vec3(-0.45, 1.0, 0.35))), 0.0);
    float fill = max(dot(n, normalize(vec3(0.6, 0.45, -0.3))), 0.0);
    float ambient = mix(0.30, 0.45, 0.5 + 0.5 * n.y);
    fragColor = vec4(kd * (ambient + 0.55 * key + 0.22 * fill) + ke, 1.0);
}
)";

const char *vertexLegacy = R"(#version 110
attribute vec3 vertexPosition;
attribute vec3 vertexNormal;
varying vec3 worldNormal;
uniform mat3 modelNormalMatrix;
uniform mat4 modelViewProjection;
void main()
{
    worldNormal = normalize(modelNormalMatrix * vertexNormal);
    gl_Position = modelViewProjection * vec4(vertexPosition, 1.0);
}
)";

const char *fragmentLegacy = R"(#version 110
varying vec3 worldNormal;
uniform vec3 kd;
uniform vec3 ke;
void main()
{
    vec3 n = normalize(gl_FrontFacing ? worldNormal : -worldNormal);
    float key = max(dot(n, normalize(vec3(-0.45, 1.0, 0.35))), 0.0);
    float fill = max(dot(n, normalize(vec3(0.6, 0.45, -0.3))), 0.0);
    float ambient = mix(0.30, 0.45, 0.5 + 0.5 * n.y);
    gl_FragColor = vec4(kd * (ambient + 0.55 * key + 0.22 * fill) + ke, 1.0);
}
)";

Qt3DRender::QTechnique *technique(int major, int minor, Qt3DRender::QGraphicsApiFilter::OpenGLProfile profile,
                                  const char *vertex, const char *fragment, Qt3DCore::QNode *parent)
{
    auto *t = new Qt3DRender::QTechnique(parent);
    t->graphicsApiFilter()->setApi(Qt3DRender::QGraphicsApiFilter::OpenGL);
    t->graphicsApiFilter()->setMajorVersion(major);
    t->graphicsApiFilter()->setMinorVersion(minor);
    t->graphicsApiFilter()->setProfile(profile);
    auto *key = new Qt3DRender::QFilterKey(t);
    key->setName(QStringLiteral("renderingStyle"));
    key->setValue(QStringLiteral("forward"));
    t->addFilterKey(key);
    auto *program = new Qt3DRender::QShaderProgram(t);
    program->setVertexShaderCode(QByteArray(vertex));
    program->setFragmentShaderCode(QByteArray(fragment));
    auto *pass = new Qt3DRender::QRenderPass(t);
    pass->setShaderProgram(program);
    t->addRenderPass(pass);
    return t;
}

QVector3D rgb(const QColor &c)
{
    return {float(c.redF()), float(c.greenF()), float(c.blueF())};
}

} // namespace

MaterialCache::MaterialCache(Qt3DCore::QNode *owner) : mOwner(owner) {}

Qt3DRender::QMaterial *MaterialCache::material(const QColor &colour)
{
    const QRgb key = colour.rgba();
    auto it = mMaterials.constFind(key);
    if (it != mMaterials.constEnd())
        return it.value();
    Qt3DRender::QMaterial *m = create(colour, Qt::black);
    mMaterials.insert(key, m);
    return m;
}

Qt3DRender::QMaterial *MaterialCache::highlight()
{
    // Self-lit so a selected item stands out on its shaded faces too.
    if (!mHighlight)
        mHighlight = create(QColor(255, 190, 30), QColor(90, 60, 0));
    return mHighlight;
}

Qt3DRender::QMaterial *MaterialCache::create(const QColor &diffuse, const QColor &emissive)
{
    if (!mEffect) {
        mEffect = new Qt3DRender::QEffect(mOwner);
        mEffect->addTechnique(technique(3, 2, Qt3DRender::QGraphicsApiFilter::CoreProfile, vertexCore, fragmentCore,
                                        mEffect));
        mEffect->addTechnique(technique(2, 0, Qt3DRender::QGraphicsApiFilter::NoProfile, vertexLegacy,
                                        fragmentLegacy, mEffect));
    }
    auto *m = new Qt3DRender::QMaterial(mOwner);
    m->setEffect(mEffect);
    m->addParameter(new Qt3DRender::QParameter(QStringLiteral("kd"), rgb(diffuse), m));
    m->addParameter(new Qt3DRender::QParameter(QStringLiteral("ke"), rgb(emissive), m));
    return m;
}

} // namespace taktflow::app::view3d
