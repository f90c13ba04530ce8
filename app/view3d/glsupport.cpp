// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/view3d/glsupport.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QSurfaceFormat>

namespace taktflow::app::view3d {

namespace {

/**
 * Items are drawn instanced (one draw call per shape), which Qt 3D does from OpenGL 3.3 on (its
 * OpenGL 2 path ignores per-instance attributes). The default context may be an old
 * compatibility profile although the driver offers a newer core one (macOS does this), so a
 * core context is tried before giving up.
 */
bool supportsInstancing(const QOpenGLContext &current)
{
    if (current.format().version() >= qMakePair(3, 3))
        return true;
    QSurfaceFormat core = current.format();
    core.setVersion(3, 3);
    core.setProfile(QSurfaceFormat::CoreProfile);
    QOpenGLContext coreContext;
    coreContext.setFormat(core);
    return coreContext.create() && coreContext.format().version() >= qMakePair(3, 3);
}

} // namespace

Gl3DSupport probe3DSupport()
{
    Gl3DSupport support;
    if (qEnvironmentVariableIntValue("TAKTFLOW_DISABLE_3D") != 0) {
        support.reason = QCoreApplication::translate("PlantView3D", "The 3D view is turned off (TAKTFLOW_DISABLE_3D is set).");
        return support;
    }
    const QString platform = QGuiApplication::platformName();
    static const QStringList withoutOpenGl = {QStringLiteral("offscreen"), QStringLiteral("minimal"),
                                              QStringLiteral("vnc"), QStringLiteral("linuxfb")};
    if (withoutOpenGl.contains(platform)) {
        support.reason = QCoreApplication::translate("PlantView3D", "The 3D view needs OpenGL, which the \"%1\" display platform does not provide. "
                            "Everything else works as usual; start Taktflow on a desktop with graphics "
                            "drivers to see the line in 3D.")
                             .arg(platform);
        return support;
    }
    QOffscreenSurface surface;
    surface.create();
    QOpenGLContext context;
    if (!surface.isValid() || !context.create() || !context.makeCurrent(&surface)) {
        support.reason = QCoreApplication::translate("PlantView3D", "The 3D view needs OpenGL, but no OpenGL context could be created (no graphics "
                            "driver, or a remote desktop without 3D). Everything else works as usual.");
        return support;
    }
    if (const GLubyte *name = context.functions()->glGetString(GL_RENDERER))
        support.renderer = QString::fromLatin1(reinterpret_cast<const char *>(name));
    if (!supportsInstancing(context)) {
        support.reason = QCoreApplication::translate("PlantView3D", "The 3D view needs OpenGL 3.3, which the graphics "
                            "driver \"%1\" does not offer. Everything else works as usual.")
                             .arg(support.renderer);
        context.doneCurrent();
        return support;
    }
    static const QStringList softwareNames = {QStringLiteral("llvmpipe"), QStringLiteral("softpipe"),
                                              QStringLiteral("swrast"), QStringLiteral("software")};
    for (const QString &n : softwareNames)
        support.software = support.software || support.renderer.contains(n, Qt::CaseInsensitive);
    context.doneCurrent();
    support.available = true;
    return support;
}

} // namespace taktflow::app::view3d
