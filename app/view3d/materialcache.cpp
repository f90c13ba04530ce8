// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/view3d/materialcache.h"

#include "app/view3d/shadersources.h"

#include <Qt3DRender/QCullFace>
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

enum class Faces { Both, FrontOnly };

/** Which contexts a technique serves: any OpenGL 3.3 context (core or compatibility profile). */
enum class Profile { Core, Any };

Qt3DRender::QTechnique *technique(Profile profile, bool instanced, Shading shading, Faces faces,
                                  Qt3DCore::QNode *parent)
{
    auto *t = new Qt3DRender::QTechnique(parent);
    auto *api = t->graphicsApiFilter();
    api->setApi(Qt3DRender::QGraphicsApiFilter::OpenGL);
    api->setMajorVersion(3);
    api->setMinorVersion(profile == Profile::Core ? 2 : 3);
    api->setProfile(profile == Profile::Core ? Qt3DRender::QGraphicsApiFilter::CoreProfile
                                             : Qt3DRender::QGraphicsApiFilter::NoProfile);
    auto *key = new Qt3DRender::QFilterKey(t);
    key->setName(QStringLiteral("renderingStyle"));
    key->setValue(QStringLiteral("forward"));
    t->addFilterKey(key);
    auto *program = new Qt3DRender::QShaderProgram(t);
    program->setVertexShaderCode(instanced ? instancedVertexShader() : litVertexShader(shading));
    program->setFragmentShaderCode(litFragmentShader(instanced ? Shading::FrontFlat : shading));
    auto *pass = new Qt3DRender::QRenderPass(t);
    pass->setShaderProgram(program);
    if (faces == Faces::FrontOnly) {
        // Closed prisms: the faces turned away are hidden anyway, and skipping them halves
        // what a software rasteriser sets up.
        auto *cull = new Qt3DRender::QCullFace(pass);
        cull->setMode(Qt3DRender::QCullFace::Back);
        pass->addRenderState(cull);
    }
    t->addRenderPass(pass);
    return t;
}

Qt3DRender::QEffect *effect(bool instanced, Shading shading, Faces faces, Qt3DCore::QNode *owner)
{
    auto *e = new Qt3DRender::QEffect(owner);
    // Qt3DWindow asks for a core profile; a driver may still hand out a compatibility one.
    e->addTechnique(technique(Profile::Core, instanced, shading, faces, e));
    e->addTechnique(technique(Profile::Any, instanced, shading, faces, e));
    return e;
}

QVector3D rgb(const QColor &c)
{
    return {float(c.redF()), float(c.greenF()), float(c.blueF())};
}

} // namespace

MaterialCache::MaterialCache(Qt3DCore::QNode *owner) : mOwner(owner) {}

Qt3DRender::QMaterial *MaterialCache::material(const QColor &colour, Shading shading)
{
    const auto key = std::make_pair(colour.rgba(), shading);
    if (auto it = mMaterials.find(key); it != mMaterials.end())
        return it->second;
    Qt3DRender::QMaterial *m = create(colour, Qt::black, shading);
    mMaterials.emplace(key, m);
    return m;
}

Qt3DRender::QMaterial *MaterialCache::highlight()
{
    if (!mHighlight)
        mHighlight = create(highlightColour(), highlightGlow(), Shading::TwoSided);
    return mHighlight;
}

Qt3DRender::QMaterial *MaterialCache::instanced()
{
    if (!mInstanced) {
        mInstanced = new Qt3DRender::QMaterial(mOwner);
        mInstanced->setEffect(effect(true, Shading::FrontFlat, Faces::FrontOnly, mInstanced));
    }
    return mInstanced;
}

Qt3DRender::QMaterial *MaterialCache::create(const QColor &diffuse, const QColor &emissive, Shading shading)
{
    Qt3DRender::QEffect *&shared = mEffects[shading];
    if (!shared)
        shared = effect(false, shading, Faces::Both, mOwner);
    auto *m = new Qt3DRender::QMaterial(mOwner);
    m->setEffect(shared);
    m->addParameter(new Qt3DRender::QParameter(QStringLiteral("kd"), rgb(diffuse), m));
    m->addParameter(new Qt3DRender::QParameter(QStringLiteral("ke"), rgb(emissive), m));
    return m;
}

} // namespace taktflow::app::view3d
