// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/view3d/shadersources.h"

namespace taktflow::app::view3d {

namespace {

// Our own lighting instead of Qt 3D's light entities, so every driver shows the same: a key
// light from the upper left, a weaker fill from the other side and a sky-to-ground ambient.
// It is evaluated per vertex: the prisms are flat-shaded (each face has its own vertices), so
// the picture is the same as per pixel, and a software rasteriser spends its time per pixel.
const char *shadeFunction = R"(
vec3 shade(vec3 n, vec3 kd, vec3 ke)
{
    float key = max(dot(n, normalize(vec3(-0.45, 1.0, 0.35))), 0.0);
    float fill = max(dot(n, normalize(vec3(0.6, 0.45, -0.3))), 0.0);
    float ambient = mix(0.30, 0.45, 0.5 + 0.5 * n.y);
    return kd * (ambient + 0.55 * key + 0.22 * fill) + ke;
}
)";

const char *litMainTwoSided = R"(
uniform mat3 modelNormalMatrix;
uniform mat4 modelViewProjection;
uniform vec3 kd;
uniform vec3 ke;
void main()
{
    vec3 n = normalize(modelNormalMatrix * vertexNormal);
    frontColour = shade(n, kd, ke);
    backColour = shade(-n, kd, ke);
    gl_Position = modelViewProjection * vec4(vertexPosition, 1.0);
}
)";

const char *litMainFrontFlat = R"(
uniform mat3 modelNormalMatrix;
uniform mat4 modelViewProjection;
uniform vec3 kd;
uniform vec3 ke;
void main()
{
    colour = shade(normalize(modelNormalMatrix * vertexNormal), kd, ke);
    gl_Position = modelViewProjection * vec4(vertexPosition, 1.0);
}
)";

// The batch entity has no transform of its own, so modelViewProjection is the camera's.
// The normal goes through the inverse transpose of scale-then-turn: divide by the scale, turn.
// A hidden instance has zero scale (nothing to rasterise); the max() keeps its maths finite.
const char *instancedMain = R"(
uniform mat4 modelViewProjection;
void main()
{
    float c = instanceTurn.x;
    float s = instanceTurn.y;
    vec3 p = vertexPosition * instanceScale;
    vec3 world = vec3(c * p.x + s * p.z, p.y, -s * p.x + c * p.z) + instancePosition;
    vec3 m = vertexNormal / max(instanceScale, vec3(1e-6));
    colour = shade(normalize(vec3(c * m.x + s * m.z, m.y, -s * m.x + c * m.z)), instanceColour, instanceGlow);
    gl_Position = modelViewProjection * vec4(world, 1.0);
}
)";

QByteArray vertexHeader(Shading shading, bool instanced)
{
    QByteArray header = "#version 150\nin vec3 vertexPosition;\nin vec3 vertexNormal;\n";
    if (instanced) {
        header += "in vec3 instancePosition;\nin vec2 instanceTurn;\nin vec3 instanceScale;\n"
                  "in vec3 instanceColour;\nin vec3 instanceGlow;\n";
    }
    header +=
        shading == Shading::TwoSided ? "out vec3 frontColour;\nout vec3 backColour;\n" : "flat out vec3 colour;\n";
    return header + shadeFunction;
}

} // namespace

QByteArray litVertexShader(Shading shading)
{
    return vertexHeader(shading, false) + (shading == Shading::TwoSided ? litMainTwoSided : litMainFrontFlat);
}

QByteArray instancedVertexShader()
{
    return vertexHeader(Shading::FrontFlat, true) + instancedMain;
}

QByteArray litFragmentShader(Shading shading)
{
    if (shading == Shading::TwoSided) {
        return "#version 150\nin vec3 frontColour;\nin vec3 backColour;\nout vec4 fragColor;\n"
               "void main()\n{\n    fragColor = vec4(gl_FrontFacing ? frontColour : backColour, 1.0);\n}\n";
    }
    return "#version 150\nflat in vec3 colour;\nout vec4 fragColor;\n"
           "void main()\n{\n    fragColor = vec4(colour, 1.0);\n}\n";
}

} // namespace taktflow::app::view3d
