// SPDX-License-Identifier: GPL-3.0-or-later
// Background floor plans in project files (schema v2): exact round trips, and the checks that
// keep a crafted file's background table from breaking or exhausting the reader.
#include "core/model/sampleproject.h"
#include "core/storage/projectfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace taktflow::core;

namespace {

/** Runs raw SQL on a file with the plain SQLite API; returns SQLite's message, empty when it worked. */
QString execOnFile(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        return QStringLiteral("cannot open");
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    QString message = rc == SQLITE_OK ? QString() : QString::fromUtf8(error ? error : "failed");
    sqlite3_free(error);
    sqlite3_close(db);
    return message;
}

qint64 queryInt(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    qint64 value = -1;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
            value = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return value;
}

/** Bytes that are not text, with every byte value, like an image file's. */
QByteArray binaryBytes(int size)
{
    QByteArray bytes(size, '\0');
    for (int i = 0; i < size; ++i)
        bytes[i] = char((i * 131 + 7) & 0xff);
    return bytes;
}

Project projectWithBackgrounds()
{
    Project project = makeSampleProject();
    BackgroundPlan image;
    image.kind = BackgroundKind::Image;
    image.fileName = QStringLiteral("hall 3.png");
    image.data = binaryBytes(300000);
    image.metresPerUnit = 0.025;
    image.originXM = -2.5;
    image.originYM = 41.25;
    image.opacity = 0.35;
    image.locked = false;
    project.variants[0].background = image;
    BackgroundPlan drawing;
    drawing.kind = BackgroundKind::Drawing;
    drawing.fileName = QStringLiteral("hall.dxf");
    drawing.data = QByteArray("0\nSECTION\n2\nENTITIES\n0\nLINE\n8\n0\n10\n0\n20\n0\n11\n5000\n21\n0\n0\nENDSEC\n0\nEOF\n");
    drawing.metresPerUnit = 0.001;
    project.variants[2].background = drawing;
    return project;
}

} // namespace

class TestBackgroundStore : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(mDir.isValid()); }

    void roundTripIsExact()
    {
        const Project project = projectWithBackgrounds();
        const QString path = mDir.filePath(QStringLiteral("bg.taktflow"));
        QVERIFY(saveProject(project, path));
        LoadedProject loaded = openProject(path);
        QVERIFY2(loaded.result, qPrintable(loaded.result.message));
        QVERIFY(*loaded.project == project);
        const Variant &first = loaded.project->variants[0];
        QVERIFY(first.background.has_value());
        QCOMPARE(first.background->kind, BackgroundKind::Image);
        QCOMPARE(first.background->data.size(), 300000);
        QCOMPARE(first.background->data, binaryBytes(300000));
        QCOMPARE(first.background->opacity, 0.35);
        QVERIFY(!first.background->locked);
        QVERIFY(!loaded.project->variants[1].background.has_value());
        QCOMPARE(loaded.project->variants[2].background->fileName, QStringLiteral("hall.dxf"));

        // What another program sees: one row per plan, the bytes as a BLOB of the file's size.
        QCOMPARE(queryInt(path, "SELECT count(*) FROM background WHERE typeof(data) = 'blob'"), 2);
        QCOMPARE(queryInt(path, "SELECT length(data) FROM background WHERE variant_id = 'V1'"), 300000);
    }

    void emptySourceStaysABlob()
    {
        Project project = makeSampleProject();
        project.variants[0].background = BackgroundPlan{};
        const QString path = mDir.filePath(QStringLiteral("empty.taktflow"));
        QVERIFY(saveProject(project, path));
        LoadedProject loaded = openProject(path);
        QVERIFY2(loaded.result, qPrintable(loaded.result.message));
        QVERIFY(*loaded.project == project);
    }

    void writerRefusesOversizedSource()
    {
        Project project = makeSampleProject();
        BackgroundPlan plan;
        plan.data = QByteArray(int(kMaxBackgroundBytes + 1), 'x');
        project.variants[0].background = plan;
        const QString path = mDir.filePath(QStringLiteral("huge.taktflow"));
        const FileResult result = saveProject(project, path);
        QVERIFY(!result);
        QVERIFY2(result.message.contains(QLatin1String("limit of 64 MiB")), qPrintable(result.message));
        QVERIFY(!QFile::exists(path));
    }

    void tableIsStrict_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::newRow("text scale") << QByteArray("INSERT INTO background VALUES ('V1','image','a',x'00','big',0,0,0.5,1)");
        QTest::newRow("text data") << QByteArray("INSERT INTO background VALUES ('V1','image','a',12,1,0,0,0.5,1)");
        QTest::newRow("real flag") << QByteArray("INSERT INTO background VALUES ('V1','image','a',x'00',1,0,0,0.5,0.5)");
        QTest::newRow("null data") << QByteArray("INSERT INTO background VALUES ('V1','image','a',NULL,1,0,0,0.5,1)");
        QTest::newRow("huge data") << QByteArray("INSERT INTO background VALUES ('V1','image','a',zeroblob(67108865),1,0,0,0.5,1)");
    }

    void tableIsStrict()
    {
        // SQLite itself refuses wrong types and oversized plans in a Taktflow file.
        QFETCH(QByteArray, sql);
        const QString path = mDir.filePath(QStringLiteral("strict.taktflow"));
        QFile::remove(path);
        QVERIFY(saveProject(makeSampleProject(), path));
        QVERIFY(!execOnFile(path, sql.constData()).isEmpty());
    }

    void refusesHostileRows_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown kind") << QByteArray("UPDATE background SET kind = 'hologram'") << QStringLiteral("hologram");
        QTest::newRow("negative scale") << QByteArray("UPDATE background SET metres_per_unit = -1")
                                        << QStringLiteral("not a positive number");
        QTest::newRow("zero scale") << QByteArray("UPDATE background SET metres_per_unit = 0")
                                    << QStringLiteral("not a positive number");
        QTest::newRow("infinite origin") << QByteArray("UPDATE background SET origin_x_m = 1e999")
                                         << QStringLiteral("not finite");
        QTest::newRow("opacity") << QByteArray("UPDATE background SET opacity = 7") << QStringLiteral("outside 0 to 1");
        QTest::newRow("missing variant") << QByteArray("PRAGMA foreign_keys=OFF; UPDATE background SET variant_id = 'NOPE' WHERE variant_id = 'V1'")
                                         << QStringLiteral("broken reference");
        // A row past the CHECK (a crafted file can switch checks off) fails the integrity check
        // before anything is read; the reader would refuse it by its size as well.
        QTest::newRow("huge blob") << QByteArray("PRAGMA ignore_check_constraints=ON; "
                                                 "UPDATE background SET data = zeroblob(70000000) WHERE variant_id = 'V1'")
                                   << QStringLiteral("CHECK constraint failed in background");
        QTest::newRow("altered table")
            << QByteArray("DROP TABLE background; CREATE TABLE background (variant_id, kind, file_name, data, "
                          "metres_per_unit, origin_x_m, origin_y_m, opacity, locked)")
            << QStringLiteral("refused");
    }

    void refusesHostileRows()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QString, expected);
        const QString path = mDir.filePath(QStringLiteral("hostile.taktflow"));
        QFile::remove(path);
        QVERIFY(saveProject(projectWithBackgrounds(), path));
        QCOMPARE(execOnFile(path, sql.constData()), QString());
        const LoadedProject loaded = openProject(path);
        QVERIFY(!loaded.result);
        QVERIFY(!loaded.project);
        QVERIFY2(loaded.result.message.contains(expected), qPrintable(loaded.result.message));
        QVERIFY(loaded.result.message.contains(path));
    }

private:
    QTemporaryDir mDir;
};

QTEST_GUILESS_MAIN(TestBackgroundStore)
#include "tst_backgroundstore.moc"
