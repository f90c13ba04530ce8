// SPDX-License-Identifier: GPL-3.0-or-later
// Pre-checks of 3D model files. Qt 3D's loaders parse them on a render thread with no size
// limits; these checks make sure only plausible, bounded files ever reach them.
#include "core/io/modelfilecheck.h"

#include "core/io/modelcheckfailure.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cmath>
#include <cstring>

namespace taktflow::core {

namespace {

using detail::ModelCheck;

bool isFiniteNumber(const QByteArray &token)
{
    bool ok = false;
    const double value = token.toDouble(&ok);
    return ok && std::isfinite(value);
}

QList<QByteArray> tokensOf(const QByteArray &line)
{
    return line.simplified().split(' ');
}

std::uint32_t littleEndian32(const char *at)
{
    const auto *b = reinterpret_cast<const unsigned char *>(at);
    return std::uint32_t(b[0]) | std::uint32_t(b[1]) << 8 | std::uint32_t(b[2]) << 16 | std::uint32_t(b[3]) << 24;
}

ModelFileCheck checkAsciiStl(const QByteArray &bytes, const ModelFileLimits &limits)
{
    ModelFileCheck check;
    qint64 vertices = 0;
    for (const QByteArray &line : bytes.split('\n')) {
        const QList<QByteArray> tokens = tokensOf(line);
        if (tokens.first() == "facet") {
            if (++check.faces > limits.maxFaces)
                return ModelCheck::fail(ModelCheck::tr("more than %1 triangles").arg(limits.maxFaces));
        } else if (tokens.first() == "vertex") {
            if (tokens.size() != 4 || !isFiniteNumber(tokens[1]) || !isFiniteNumber(tokens[2]) || !isFiniteNumber(tokens[3]))
                return ModelCheck::fail(ModelCheck::tr("a vertex of the ASCII STL file is not three numbers"));
            ++vertices;
        }
    }
    if (check.faces == 0 || vertices != 3 * check.faces)
        return ModelCheck::fail(ModelCheck::tr("the ASCII STL file has no complete triangles"));
    check.vertices = vertices;
    return check;
}

ModelFileCheck checkStl(const QByteArray &bytes, const ModelFileLimits &limits)
{
    // Binary STL: an 80-byte header, a triangle count, 50 bytes per triangle. Many binary files
    // also begin with "solid", so the exact size decides first.
    if (bytes.size() >= 84) {
        const qint64 triangles = littleEndian32(bytes.constData() + 80);
        if (84 + 50 * triangles == bytes.size()) {
            if (triangles == 0)
                return ModelCheck::fail(ModelCheck::tr("the STL file has no triangles"));
            if (triangles > limits.maxFaces)
                return ModelCheck::fail(ModelCheck::tr("more than %1 triangles").arg(limits.maxFaces));
            for (qint64 t = 0; t < triangles; ++t) {
                const char *record = bytes.constData() + 84 + 50 * t;
                for (int v = 0; v < 12; ++v) {
                    float value;
                    std::memcpy(&value, record + 4 * v, sizeof value);
                    if (!std::isfinite(value))
                        return ModelCheck::fail(ModelCheck::tr("triangle %1 of the STL file has an invalid number").arg(t + 1));
                }
            }
            ModelFileCheck check;
            check.faces = triangles;
            check.vertices = 3 * triangles;
            return check;
        }
    }
    if (bytes.trimmed().startsWith("solid") && !bytes.contains('\0'))
        return checkAsciiStl(bytes, limits);
    return ModelCheck::fail(ModelCheck::tr("neither a binary STL file (its size does not match its triangle count) "
                                           "nor an ASCII STL file"));
}

/** One OBJ face corner "v", "v/t", "v//n" or "v/t/n"; indices may count back from the end. */
bool objCornerValid(const QByteArray &corner, const qint64 counts[3])
{
    const QList<QByteArray> parts = corner.split('/');
    if (parts.size() > 3 || parts[0].isEmpty())
        return false;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (parts[i].isEmpty() && i > 0)
            continue;
        bool ok = false;
        const qint64 index = parts[i].toLongLong(&ok);
        if (!ok || index == 0 || index > counts[i] || -index > counts[i])
            return false;
    }
    return true;
}

ModelFileCheck checkObj(const QByteArray &bytes, const ModelFileLimits &limits)
{
    if (bytes.contains('\0'))
        return ModelCheck::fail(ModelCheck::tr("an OBJ file is text, this one holds binary data"));
    ModelFileCheck check;
    qint64 counts[3] = {0, 0, 0}; // positions, texture coordinates, normals
    qint64 lineNumber = 0;
    for (const QByteArray &line : bytes.split('\n')) {
        ++lineNumber;
        const QList<QByteArray> tokens = tokensOf(line);
        const QByteArray &keyword = tokens.first();
        const int kind = keyword == "v" ? 0 : keyword == "vt" ? 1 : keyword == "vn" ? 2 : -1;
        if (kind >= 0) {
            const qsizetype needed = kind == 1 ? 2 : 3;
            if (tokens.size() < needed + 1)
                return ModelCheck::fail(ModelCheck::tr("line %1: too few coordinates").arg(lineNumber));
            for (qsizetype i = 1; i < tokens.size() && i <= 4; ++i) {
                if (!isFiniteNumber(tokens[i]))
                    return ModelCheck::fail(ModelCheck::tr("line %1: \"%2\" is not a number")
                                                .arg(lineNumber)
                                                .arg(QString::fromUtf8(tokens[i].left(32))));
            }
            if (++counts[kind] > limits.maxVertices)
                return ModelCheck::fail(ModelCheck::tr("more than %1 vertices").arg(limits.maxVertices));
        } else if (keyword == "f") {
            if (tokens.size() < 4)
                return ModelCheck::fail(ModelCheck::tr("line %1: a face needs at least three corners").arg(lineNumber));
            for (qsizetype i = 1; i < tokens.size(); ++i) {
                if (!objCornerValid(tokens[i], counts))
                    return ModelCheck::fail(ModelCheck::tr("line %1: face corner \"%2\" refers to no vertex")
                                                .arg(lineNumber)
                                                .arg(QString::fromUtf8(tokens[i].left(32))));
            }
            check.faces += tokens.size() - 3;
            if (check.faces > limits.maxFaces)
                return ModelCheck::fail(ModelCheck::tr("more than %1 faces").arg(limits.maxFaces));
        }
    }
    if (check.faces == 0)
        return ModelCheck::fail(ModelCheck::tr("the OBJ file has no faces"));
    check.vertices = counts[0];
    return check;
}

/** Size in bytes of a PLY scalar type, 0 for an unknown one. */
int plyTypeBytes(const QByteArray &type)
{
    static const struct {
        const char *name;
        int bytes;
    } types[] = {{"char", 1},  {"int8", 1},   {"uchar", 1},  {"uint8", 1},  {"short", 2},   {"int16", 2},
                 {"ushort", 2}, {"uint16", 2}, {"int", 4},    {"int32", 4},  {"uint", 4},    {"uint32", 4},
                 {"float", 4}, {"float32", 4}, {"double", 8}, {"float64", 8}};
    for (const auto &t : types) {
        if (type == t.name)
            return t.bytes;
    }
    return 0;
}

ModelFileCheck checkPly(const QByteArray &bytes, const ModelFileLimits &limits)
{
    const qsizetype headerEnd = bytes.indexOf("end_header");
    if (!bytes.startsWith("ply") || headerEnd < 0 || headerEnd > 64 * 1024)
        return ModelCheck::fail(ModelCheck::tr("not a PLY file (no \"ply\" header ending in \"end_header\")"));
    ModelFileCheck check;
    bool binary = false;
    bool haveFormat = false;
    qint64 vertexStride = 0;
    QByteArray element;
    for (const QByteArray &line : bytes.left(headerEnd).split('\n')) {
        const QList<QByteArray> tokens = tokensOf(line);
        if (tokens.first() == "format" && tokens.size() >= 2) {
            haveFormat = tokens[1] == "ascii" || tokens[1] == "binary_little_endian" || tokens[1] == "binary_big_endian";
            binary = tokens[1] != "ascii";
        } else if (tokens.first() == "element" && tokens.size() == 3) {
            element = tokens[1];
            bool ok = false;
            const qint64 count = tokens[2].toLongLong(&ok);
            if (!ok || count < 0)
                return ModelCheck::fail(ModelCheck::tr("the PLY element \"%1\" has no valid count").arg(QString::fromUtf8(element.left(32))));
            if (element == "vertex")
                check.vertices = count;
            else if (element == "face")
                check.faces = count;
        } else if (tokens.first() == "property" && tokens.size() >= 3) {
            const bool list = tokens[1] == "list";
            if ((list && (tokens.size() != 5 || !plyTypeBytes(tokens[2]) || !plyTypeBytes(tokens[3])))
                || (!list && !plyTypeBytes(tokens[1])))
                return ModelCheck::fail(ModelCheck::tr("a PLY property has an unknown type"));
            if (element == "vertex" && !list)
                vertexStride += plyTypeBytes(tokens[1]);
        }
    }
    if (!haveFormat)
        return ModelCheck::fail(ModelCheck::tr("the PLY file names no known format"));
    if (check.vertices == 0 || check.faces == 0)
        return ModelCheck::fail(ModelCheck::tr("the PLY file has no vertices or no faces"));
    if (check.vertices > limits.maxVertices)
        return ModelCheck::fail(ModelCheck::tr("more than %1 vertices").arg(limits.maxVertices));
    if (check.faces > limits.maxFaces)
        return ModelCheck::fail(ModelCheck::tr("more than %1 faces").arg(limits.maxFaces));
    // A binary file must at least hold its vertices and a count byte plus three indices per face.
    const qint64 body = bytes.size() - headerEnd;
    if (binary && body < check.vertices * vertexStride + check.faces * 4)
        return ModelCheck::fail(ModelCheck::tr("the PLY file is shorter than its header says"));
    return check;
}

} // namespace

ModelFileCheck checkModelData(const QByteArray &bytes, const QString &suffix, const ModelFileLimits &limits)
{
    if (bytes.size() > limits.maxFileBytes)
        return ModelCheck::fail(ModelCheck::tr("larger than %1 MiB").arg(limits.maxFileBytes >> 20));
    if (bytes.isEmpty())
        return ModelCheck::fail(ModelCheck::tr("the file is empty"));
    const QString format = suffix.toLower();
    if (format == QLatin1String("stl"))
        return checkStl(bytes, limits);
    if (format == QLatin1String("obj"))
        return checkObj(bytes, limits);
    if (format == QLatin1String("ply"))
        return checkPly(bytes, limits);
    if (format == QLatin1String("glb"))
        return detail::checkGlb(bytes, limits);
    if (format == QLatin1String("gltf"))
        return detail::checkGltfJson(bytes, -1, limits);
    return ModelCheck::fail(ModelCheck::tr("unsupported model format \"%1\" (use glTF, OBJ or STL)").arg(suffix));
}

ModelFileCheck checkModelFile(const QString &path, const ModelFileLimits &limits)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    auto failed = [&](const QString &problem) { return ModelCheck::fail(ModelCheck::tr("%1: %2").arg(name, problem)); };
    // A device or pipe (/dev/zero) would let a loader read without end.
    if (!info.isFile())
        return failed(ModelCheck::tr("not a regular file"));
    if (info.size() > limits.maxFileBytes)
        return failed(ModelCheck::tr("larger than %1 MiB").arg(limits.maxFileBytes >> 20));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(file.errorString());
    ModelFileCheck check = checkModelData(file.read(limits.maxFileBytes + 1), info.suffix(), limits);
    if (!check.ok())
        return failed(check.error);
    const QDir folder = info.absoluteDir();
    qint64 external = 0;
    for (const QString &relative : check.externalFiles) {
        const QString target = QDir::cleanPath(folder.absoluteFilePath(relative));
        const QFileInfo targetInfo(target);
        if (QDir::isAbsolutePath(relative) || !target.startsWith(folder.absolutePath() + QLatin1Char('/')))
            return failed(ModelCheck::tr("refers to \"%1\" outside the model's folder").arg(relative));
        if (!targetInfo.isFile())
            return failed(ModelCheck::tr("the file \"%1\" it refers to is missing").arg(relative));
        external += targetInfo.size();
        if (external > limits.maxBufferBytes)
            return failed(ModelCheck::tr("its buffers are larger than %1 MiB").arg(limits.maxBufferBytes >> 20));
    }
    return check;
}

} // namespace taktflow::core
