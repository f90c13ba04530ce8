// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the 3D model pre-check (glTF, GLB, OBJ, STL, PLY) that guards Qt 3D's
// loaders. The first byte picks the format.
#include "core/io/modelfilecheck.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    static const char *const formats[] = {"gltf", "glb", "obj", "stl", "ply"};
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    taktflow::core::ModelFileLimits limits;
    limits.maxVertices = 100000;
    limits.maxFaces = 100000;
    const auto check = taktflow::core::checkModelData(bytes, QLatin1String(formats[data[0] % 5]), limits);
    if (check.ok() && (check.vertices > limits.maxVertices * 3 || check.faces > limits.maxFaces))
        __builtin_trap(); // a count limit was not honoured
    return 0;
}
