// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/view3d/glsupport.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFunctions>

namespace taktflow::app::view3d {

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
    static const QStringList softwareNames = {QStringLiteral("llvmpipe"), QStringLiteral("softpipe"),
                                              QStringLiteral("swrast"), QStringLiteral("software")};
    for (const QString &n : softwareNames)
        support.software = support.software || support.renderer.contains(n, Qt::CaseInsensitive);
    context.doneCurrent();
    support.available = true;
    return support;
}

} // namespace taktflow::app::view3d
