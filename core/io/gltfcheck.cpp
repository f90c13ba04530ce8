// SPDX-License-Identifier: GPL-3.0-or-later
// glTF 2.0 and GLB pre-checks: every accessor must lie inside its buffer view and every view
// inside its buffer, so the loader never reads past the data it was given.
#include "core/io/modelcheckfailure.h"
#include "core/io/modelfilecheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstring>
#include <optional>
#include <vector>

namespace taktflow::core::detail {

namespace {

/** A JSON number that is a whole number in [0, 2^53), else nullopt. */
std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d < 0 || d >= 9007199254740992.0 || std::floor(d) != d)
        return std::nullopt;
    return qint64(d);
}

/** Optional whole-number member: its default when absent, nullopt when present but invalid. */
std::optional<qint64> optionalWhole(const QJsonObject &object, const QString &key, qint64 fallback)
{
    return object.contains(key) ? wholeNumber(object.value(key)) : std::optional<qint64>(fallback);
}

int componentBytes(qint64 componentType)
{
    switch (componentType) {
    case 5120: // BYTE
    case 5121: // UNSIGNED_BYTE
        return 1;
    case 5122: // SHORT
    case 5123: // UNSIGNED_SHORT
        return 2;
    case 5125: // UNSIGNED_INT
    case 5126: // FLOAT
        return 4;
    default:
        return 0;
    }
}

int componentsOf(const QString &type)
{
    static const struct {
        const char *name;
        int count;
    } types[] = {{"SCALAR", 1}, {"VEC2", 2}, {"VEC3", 3}, {"VEC4", 4}, {"MAT2", 4}, {"MAT3", 9}, {"MAT4", 16}};
    for (const auto &t : types) {
        if (type == QLatin1String(t.name))
            return t.count;
    }
    return 0;
}

/** Decoded size of a base64 data URI's payload. */
qint64 dataUriBytes(const QString &uri)
{
    const qsizetype comma = uri.indexOf(QLatin1Char(','));
    if (comma < 0 || !uri.left(comma).endsWith(QLatin1String(";base64")))
        return -1;
    const qsizetype payload = uri.size() - comma - 1;
    return payload / 4 * 3;
}

struct View {
    qint64 length = 0;
};

} // namespace

ModelFileCheck checkGltfJson(const QByteArray &json, qint64 binChunkBytes, const ModelFileLimits &limits)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return ModelCheck::fail(ModelCheck::tr("the glTF JSON is invalid at byte %1: %2")
                                   .arg(parseError.offset)
                                   .arg(parseError.errorString()));
    const QJsonObject root = document.object();
    const QString version = root.value(QLatin1String("asset")).toObject().value(QLatin1String("version")).toString();
    if (!version.startsWith(QLatin1String("2.")))
        return ModelCheck::fail(ModelCheck::tr("glTF version \"%1\" is not supported; export the model as glTF 2.0").arg(version));

    ModelFileCheck check;
    std::vector<qint64> buffers;
    qint64 totalBuffers = 0;
    const QJsonArray bufferArray = root.value(QLatin1String("buffers")).toArray();
    for (qsizetype i = 0; i < bufferArray.size(); ++i) {
        const QJsonObject buffer = bufferArray.at(i).toObject();
        const std::optional<qint64> length = wholeNumber(buffer.value(QLatin1String("byteLength")));
        if (!length)
            return ModelCheck::fail(ModelCheck::tr("buffer %1 has no valid byteLength").arg(i));
        totalBuffers += *length;
        if (totalBuffers > limits.maxBufferBytes)
            return ModelCheck::fail(ModelCheck::tr("its buffers are larger than %1 MiB").arg(limits.maxBufferBytes >> 20));
        if (!buffer.contains(QLatin1String("uri"))) {
            // Only the first buffer of a GLB file may live in its binary chunk.
            if (i != 0 || binChunkBytes < *length)
                return ModelCheck::fail(ModelCheck::tr("buffer %1 has no data").arg(i));
        } else {
            const QString uri = buffer.value(QLatin1String("uri")).toString();
            if (uri.startsWith(QLatin1String("data:"))) {
                if (dataUriBytes(uri) < *length)
                    return ModelCheck::fail(ModelCheck::tr("embedded buffer %1 is shorter than its byteLength").arg(i));
            } else if (uri.isEmpty() || uri.contains(QLatin1String("://"))) {
                return ModelCheck::fail(ModelCheck::tr("buffer %1 has an unsupported address").arg(i));
            } else {
                check.externalFiles << uri;
            }
        }
        buffers.push_back(*length);
    }

    std::vector<View> views;
    const QJsonArray viewArray = root.value(QLatin1String("bufferViews")).toArray();
    for (qsizetype i = 0; i < viewArray.size(); ++i) {
        const QJsonObject view = viewArray.at(i).toObject();
        const std::optional<qint64> buffer = wholeNumber(view.value(QLatin1String("buffer")));
        const std::optional<qint64> offset = optionalWhole(view, QStringLiteral("byteOffset"), 0);
        const std::optional<qint64> length = wholeNumber(view.value(QLatin1String("byteLength")));
        if (!buffer || *buffer >= qint64(buffers.size()) || !offset || !length
            || *offset + *length > buffers[std::size_t(*buffer)])
            return ModelCheck::fail(ModelCheck::tr("buffer view %1 lies outside its buffer").arg(i));
        views.push_back({*length});
    }

    const QJsonArray accessorArray = root.value(QLatin1String("accessors")).toArray();
    for (qsizetype i = 0; i < accessorArray.size(); ++i) {
        const QJsonObject accessor = accessorArray.at(i).toObject();
        const std::optional<qint64> count = wholeNumber(accessor.value(QLatin1String("count")));
        const std::optional<qint64> type = wholeNumber(accessor.value(QLatin1String("componentType")));
        const int components = componentsOf(accessor.value(QLatin1String("type")).toString());
        const int bytes = type ? componentBytes(*type) : 0;
        if (!count || *count < 1 || !bytes || !components)
            return ModelCheck::fail(ModelCheck::tr("accessor %1 has no valid count, component type or type").arg(i));
        if (*count > limits.maxVertices * 3)
            return ModelCheck::fail(ModelCheck::tr("accessor %1 has more than %2 elements").arg(i).arg(limits.maxVertices * 3));
        if (!accessor.contains(QLatin1String("bufferView")))
            continue; // all zeros, no data read
        const std::optional<qint64> viewIndex = wholeNumber(accessor.value(QLatin1String("bufferView")));
        const std::optional<qint64> offset = optionalWhole(accessor, QStringLiteral("byteOffset"), 0);
        if (!viewIndex || *viewIndex >= qint64(views.size()) || !offset)
            return ModelCheck::fail(ModelCheck::tr("accessor %1 refers to no buffer view").arg(i));
        const QJsonObject viewObject = viewArray.at(*viewIndex).toObject();
        const qint64 element = qint64(bytes) * components;
        const std::optional<qint64> stride = optionalWhole(viewObject, QStringLiteral("byteStride"), element);
        if (!stride || *stride < element)
            return ModelCheck::fail(ModelCheck::tr("buffer view %1 has an invalid byteStride").arg(*viewIndex));
        if (*offset + (*count - 1) * *stride + element > views[std::size_t(*viewIndex)].length)
            return ModelCheck::fail(ModelCheck::tr("accessor %1 reads past the end of its buffer view").arg(i));
        check.vertices = std::max(check.vertices, *count);
    }

    const QJsonArray meshes = root.value(QLatin1String("meshes")).toArray();
    for (qsizetype m = 0; m < meshes.size(); ++m) {
        const QJsonArray primitives = meshes.at(m).toObject().value(QLatin1String("primitives")).toArray();
        for (const QJsonValue &primitiveValue : primitives) {
            const QJsonObject primitive = primitiveValue.toObject();
            std::vector<QJsonValue> references;
            const QJsonObject attributes = primitive.value(QLatin1String("attributes")).toObject();
            for (auto it = attributes.begin(); it != attributes.end(); ++it)
                references.push_back(it.value());
            if (primitive.contains(QLatin1String("indices")))
                references.push_back(primitive.value(QLatin1String("indices")));
            for (const QJsonValue &reference : references) {
                const std::optional<qint64> index = wholeNumber(reference);
                if (!index || *index >= accessorArray.size())
                    return ModelCheck::fail(ModelCheck::tr("mesh %1 refers to a missing accessor").arg(m));
            }
            ++check.faces;
        }
    }
    if (check.faces == 0)
        return ModelCheck::fail(ModelCheck::tr("the glTF file has no meshes"));
    return check;
}

ModelFileCheck checkGlb(const QByteArray &bytes, const ModelFileLimits &limits)
{
    auto word = [&bytes](qsizetype at) {
        const auto *b = reinterpret_cast<const unsigned char *>(bytes.constData() + at);
        return qint64(std::uint32_t(b[0]) | std::uint32_t(b[1]) << 8 | std::uint32_t(b[2]) << 16 | std::uint32_t(b[3]) << 24);
    };
    if (bytes.size() < 20 || !bytes.startsWith("glTF"))
        return ModelCheck::fail(ModelCheck::tr("not a binary glTF file"));
    if (word(4) != 2)
        return ModelCheck::fail(ModelCheck::tr("binary glTF version %1 is not supported").arg(word(4)));
    if (word(8) != bytes.size())
        return ModelCheck::fail(ModelCheck::tr("the binary glTF file is %1 bytes, its header says %2").arg(bytes.size()).arg(word(8)));
    const qint64 jsonLength = word(12);
    constexpr qint64 kJsonChunk = 0x4E4F534A;
    constexpr qint64 kBinChunk = 0x004E4942;
    if (word(16) != kJsonChunk || 20 + jsonLength > bytes.size())
        return ModelCheck::fail(ModelCheck::tr("the binary glTF file has no complete JSON chunk"));
    qint64 binBytes = -1;
    const qint64 next = 20 + jsonLength;
    if (next + 8 <= bytes.size()) {
        const qint64 binLength = word(qsizetype(next));
        if (word(qsizetype(next + 4)) != kBinChunk || next + 8 + binLength > bytes.size())
            return ModelCheck::fail(ModelCheck::tr("the binary chunk of the glTF file is damaged"));
        binBytes = binLength;
    }
    return checkGltfJson(bytes.mid(20, qsizetype(jsonLength)), binBytes, limits);
}

} // namespace taktflow::core::detail
