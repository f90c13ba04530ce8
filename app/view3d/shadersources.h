// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace taktflow::app::view3d {

// GLSL 1.50, for OpenGL 3.3 contexts of the core or the compatibility profile (the 3D view
// needs 3.3 for instanced drawing; see probe3DSupport()).

/**
 * Which faces a shader lights. TwoSided lights the back of a face too (flow ribbons, model
 * files of any winding). FrontFlat lights only the front and gives each triangle one colour
 * (flat-shaded prisms and the floor), which spares a software rasteriser work per pixel.
 */
enum class Shading { TwoSided, FrontFlat };

/** Vertex shader of the shared lit material: colour from the kd/ke uniforms, entity transform. */
QByteArray litVertexShader(Shading shading);
/**
 * Vertex shader of the instanced items (FrontFlat): every instance brings its placement (x,
 * height, z), its turn about the vertical (cosine, sine), its scale and its colours as
 * per-instance attributes.
 */
QByteArray instancedVertexShader();
/** Fragment shader: the colour lit per vertex, for whichever side of the face shows. */
QByteArray litFragmentShader(Shading shading);

} // namespace taktflow::app::view3d
