// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace taktflow::app::view3d {

/** Whether Qt 3D can run here, and if not, a translated sentence saying why. */
struct Gl3DSupport {
    bool available = false;
    QString reason;
    /** The OpenGL renderer string (GL_RENDERER), e.g. "llvmpipe (LLVM 15.0.6, 256 bits)". */
    QString renderer;
    /** Mesa's llvmpipe/softpipe or another CPU rasteriser: skip multisampling there. */
    bool software = false;
};

/**
 * Probes for OpenGL before any Qt 3D object exists: Qt 3D crashes on platforms without it
 * (offscreen, minimal) instead of failing. Refuses those platforms by name, then tries to create
 * and use an OpenGL context on an offscreen surface, and asks for OpenGL 3.3, which the
 * instanced item batches need. TAKTFLOW_DISABLE_3D=1 turns the
 * view off.
 * Needs a QGuiApplication.
 */
Gl3DSupport probe3DSupport();

} // namespace taktflow::app::view3d
