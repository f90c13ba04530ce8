// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace taktflow::core {

/** Limits for untrusted 3D model files (the 3D view's glTF, GLB, OBJ, STL and PLY files). */
struct ModelFileLimits {
    qint64 maxFileBytes = 64LL * 1024 * 1024;
    qint64 maxVertices = 4'000'000;
    qint64 maxFaces = 4'000'000;
    /** Bytes of all glTF buffers together (embedded, external or the GLB binary chunk). */
    qint64 maxBufferBytes = 256LL * 1024 * 1024;
};

/** What the pre-check learnt about a model: empty error when it may go to the loader. */
struct ModelFileCheck {
    QString error;
    /** Relative file names of glTF buffers and images the loader would read next to the model. */
    QStringList externalFiles;
    qint64 vertices = 0;
    qint64 faces = 0;
    bool ok() const { return error.isEmpty(); }
};

/**
 * Checks model bytes before a third-party loader sees them: the format matches `suffix`
 * (gltf, glb, obj, stl, ply), the structure is consistent (binary sizes add up, indices and
 * glTF accessors stay inside their buffers, numbers are finite) and counts are within limits.
 * Messages are translated and name no file (the caller adds it).
 */
ModelFileCheck checkModelData(const QByteArray &bytes, const QString &suffix, const ModelFileLimits &limits = {});

/**
 * The same for a file: refuses anything that is not a regular file within maxFileBytes, then
 * checks its bytes and that every external glTF file is a regular file inside the model's
 * folder within the limits. The message starts with the file name.
 */
ModelFileCheck checkModelFile(const QString &path, const ModelFileLimits &limits = {});

namespace detail {
/** glTF JSON (asset, buffers, buffer views, accessors); binChunkBytes < 0 when there is no GLB chunk. */
ModelFileCheck checkGltfJson(const QByteArray &json, qint64 binChunkBytes, const ModelFileLimits &limits);
/** A binary glTF container: header, JSON chunk, optional BIN chunk. */
ModelFileCheck checkGlb(const QByteArray &bytes, const ModelFileLimits &limits);
} // namespace detail

} // namespace taktflow::core
