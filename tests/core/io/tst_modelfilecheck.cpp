// SPDX-License-Identifier: GPL-3.0-or-later
// The 3D model pre-check: good files of every format pass, and each way a file can lie about
// its contents (sizes, counts, indices, buffer ranges, outside files) is refused by name.
#include "core/io/modelfilecheck.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace taktflow::core;

namespace {

QByteArray binaryStl(quint32 triangles, qsizetype extraBytes = 0)
{
    QByteArray bytes(80, ' ');
    bytes.append(reinterpret_cast<const char *>(&triangles), 4);
    for (quint32 t = 0; t < triangles; ++t) {
        const float values[12] = {0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0};
        bytes.append(reinterpret_cast<const char *>(values), sizeof values);
        bytes.append(2, '\0');
    }
    bytes.append(extraBytes, '\0');
    return bytes;
}

QByteArray gltf(const QByteArray &buffers, const QByteArray &views, const QByteArray &accessors)
{
    return "{\"asset\":{\"version\":\"2.0\"},\"buffers\":" + buffers + ",\"bufferViews\":" + views
           + ",\"accessors\":" + accessors + ",\"meshes\":[{\"primitives\":[{\"attributes\":{\"POSITION\":0}}]}]}";
}

// 36 bytes: three float positions, base64.
const QByteArray kTriangleBuffer = "[{\"byteLength\":36,\"uri\":\"data:application/octet-stream;base64,"
                                   "AAAAAAAAAAAAAAAAAACAPwAAAAAAAAAAAAAAAAAAgD8AAAAA\"}]";

} // namespace

class TestModelFileCheck : public QObject
{
    Q_OBJECT

private slots:
    void goodFilesPass()
    {
        QVERIFY(checkModelData(binaryStl(2), QStringLiteral("stl")).ok());
        QCOMPARE(checkModelData(binaryStl(2), QStringLiteral("STL")).faces, 2);
        const QByteArray ascii = "solid a\nfacet normal 0 0 1\nouter loop\nvertex 0 0 0\nvertex 1 0 0\nvertex 0 1 0\n"
                                 "endloop\nendfacet\nendsolid a\n";
        QVERIFY(checkModelData(ascii, QStringLiteral("stl")).ok());
        const QByteArray obj = "v 0 0 0\nv 1 0 0\nv 0 1 0\nvn 0 0 1\nf 1//1 2//1 3//1\nf -1 -2 -3\n";
        const ModelFileCheck objCheck = checkModelData(obj, QStringLiteral("obj"));
        QVERIFY2(objCheck.ok(), qPrintable(objCheck.error));
        QCOMPARE(objCheck.vertices, 3);
        QCOMPARE(objCheck.faces, 2);
        const QByteArray views = "[{\"buffer\":0,\"byteLength\":36}]";
        const QByteArray accessors = "[{\"bufferView\":0,\"componentType\":5126,\"count\":3,\"type\":\"VEC3\"}]";
        const ModelFileCheck gltfCheck = checkModelData(gltf(kTriangleBuffer, views, accessors), QStringLiteral("gltf"));
        QVERIFY2(gltfCheck.ok(), qPrintable(gltfCheck.error));
        const QByteArray ply = "ply\nformat ascii 1.0\nelement vertex 3\nproperty float x\nproperty float y\n"
                               "property float z\nelement face 1\nproperty list uchar int vertex_indices\nend_header\n"
                               "0 0 0\n1 0 0\n0 1 0\n3 0 1 2\n";
        QVERIFY(checkModelData(ply, QStringLiteral("ply")).ok());
    }

    void lyingFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        QTest::newRow("stl count larger than the file") << binaryStl(2, 0).left(84 + 50) << "stl" << "neither a binary STL";
        QByteArray nan = binaryStl(1);
        const float notANumber = std::numeric_limits<float>::quiet_NaN();
        std::memcpy(nan.data() + 84 + 12, &notANumber, 4);
        QTest::newRow("stl NaN coordinate") << nan << "stl" << "invalid number";
        QTest::newRow("stl empty") << QByteArray() << "stl" << "empty";
        QTest::newRow("obj index past the vertices") << QByteArray("v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 4\n") << "obj"
                                                     << "refers to no vertex";
        QTest::newRow("obj relative index past the start") << QByteArray("v 0 0 0\nv 1 0 0\nv 0 1 0\nf -1 -2 -4\n") << "obj"
                                                           << "refers to no vertex";
        QTest::newRow("obj normal index without normals") << QByteArray("v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1//1 2//1 3//1\n")
                                                          << "obj" << "refers to no vertex";
        QTest::newRow("obj inf coordinate") << QByteArray("v 0 inf 0\n") << "obj" << "is not a number";
        QTest::newRow("obj binary") << QByteArray("v 0 0 0\0", 8) << "obj" << "binary data";
        QTest::newRow("obj without faces") << QByteArray("v 0 0 0\n") << "obj" << "no faces";
        QTest::newRow("gltf accessor past its view")
            << gltf(kTriangleBuffer, "[{\"buffer\":0,\"byteLength\":36}]",
                    "[{\"bufferView\":0,\"componentType\":5126,\"count\":4,\"type\":\"VEC3\"}]")
            << "gltf" << "reads past the end";
        QTest::newRow("gltf view past its buffer")
            << gltf(kTriangleBuffer, "[{\"buffer\":0,\"byteOffset\":8,\"byteLength\":36}]", "[]") << "gltf"
            << "lies outside its buffer";
        QTest::newRow("gltf embedded buffer shorter than stated")
            << gltf("[{\"byteLength\":3600,\"uri\":\"data:application/octet-stream;base64,AAAA\"}]", "[]", "[]") << "gltf"
            << "shorter than its byteLength";
        QTest::newRow("gltf huge buffer") << gltf("[{\"byteLength\":1e12,\"uri\":\"big.bin\"}]", "[]", "[]") << "gltf"
                                          << "larger than";
        QTest::newRow("gltf remote buffer") << gltf("[{\"byteLength\":4,\"uri\":\"http://example.org/a.bin\"}]", "[]", "[]")
                                            << "gltf" << "unsupported address";
        QTest::newRow("gltf version 1") << QByteArray("{\"asset\":{\"version\":\"1.0\"}}") << "gltf" << "not supported";
        QTest::newRow("gltf not json") << QByteArray("{\"asset\":") << "gltf" << "invalid";
        QTest::newRow("glb wrong length") << QByteArray("glTF\x02\0\0\0\xff\0\0\0\0\0\0\0JSON", 20) << "glb" << "header says";
        QTest::newRow("ply short binary") << QByteArray("ply\nformat binary_little_endian 1.0\nelement vertex 1000\n"
                                                        "property float x\nelement face 10\nproperty list uchar int v\n"
                                                        "end_header\n")
                                          << "ply" << "shorter than its header";
        QTest::newRow("unknown format") << QByteArray("x") << "fbx" << "unsupported model format";
    }

    void lyingFilesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, format);
        QFETCH(QString, expected);
        const ModelFileCheck check = checkModelData(bytes, format);
        QVERIFY(!check.ok());
        QVERIFY2(check.error.contains(expected), qPrintable(check.error));
    }

    void countLimitsAreEnforced()
    {
        ModelFileLimits limits;
        limits.maxFaces = 10;
        const ModelFileCheck check = checkModelData(binaryStl(11), QStringLiteral("stl"), limits);
        QVERIFY(!check.ok());
        QVERIFY2(check.error.contains(QLatin1String("more than 10 triangles")), qPrintable(check.error));
        limits.maxFileBytes = 100;
        QVERIFY(checkModelData(binaryStl(2), QStringLiteral("stl"), limits).error.contains(QLatin1String("larger than")));
    }

    void filesOutsideTheFolderAreRefused()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(QStringLiteral("models"));
        auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        };
        write(QStringLiteral("secret.bin"), QByteArray(36, 'x'));
        write(QStringLiteral("models/inside.bin"), QByteArray(36, 'x'));
        const QByteArray views = "[{\"buffer\":0,\"byteLength\":36}]";
        const QByteArray accessors = "[{\"bufferView\":0,\"componentType\":5126,\"count\":3,\"type\":\"VEC3\"}]";
        write(QStringLiteral("models/escape.gltf"), gltf("[{\"byteLength\":36,\"uri\":\"../secret.bin\"}]", views, accessors));
        write(QStringLiteral("models/ok.gltf"), gltf("[{\"byteLength\":36,\"uri\":\"inside.bin\"}]", views, accessors));
        write(QStringLiteral("models/missing.gltf"), gltf("[{\"byteLength\":36,\"uri\":\"gone.bin\"}]", views, accessors));
        const ModelFileCheck escape = checkModelFile(dir.filePath(QStringLiteral("models/escape.gltf")));
        QVERIFY2(escape.error.contains(QLatin1String("outside the model's folder")), qPrintable(escape.error));
        QVERIFY(escape.error.startsWith(QLatin1String("escape.gltf")));
        const ModelFileCheck ok = checkModelFile(dir.filePath(QStringLiteral("models/ok.gltf")));
        QVERIFY2(ok.ok(), qPrintable(ok.error));
        QVERIFY(checkModelFile(dir.filePath(QStringLiteral("models/missing.gltf"))).error.contains(QLatin1String("missing")));
        // A device never reaches a loader, however it is named.
        QFile::link(QStringLiteral("/dev/zero"), dir.filePath(QStringLiteral("zero.stl")));
        QVERIFY(checkModelFile(dir.filePath(QStringLiteral("zero.stl"))).error.contains(QLatin1String("not a regular file")));
    }
};

QTEST_GUILESS_MAIN(TestModelFileCheck)
#include "tst_modelfilecheck.moc"
