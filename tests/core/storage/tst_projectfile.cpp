// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/sampleproject.h"
#include "core/model/validation.h"
#include "core/storage/projectfile.h"
#include "tests/common/generatedproject.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <limits>

using namespace taktflow::core;
namespace test = taktflow::test;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** Runs raw SQL on a file with the plain SQLite API, the way another program would. */
void execOnFile(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    const QString message = error ? QString::fromUtf8(error) : QString();
    sqlite3_free(error);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message));
}

} // namespace

class TestProjectFile : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(mDir.isValid()); }

    void sampleRoundTripIsExact()
    {
        const Project sample = makeSampleProject();
        QVERIFY(validateProject(sample).empty());
        const QString first = mDir.filePath(QStringLiteral("a.taktflow"));
        const QString second = mDir.filePath(QStringLiteral("b.taktflow"));
        QVERIFY(saveProject(sample, first));
        LoadedProject loaded = openProject(first);
        QVERIFY2(loaded.result, qPrintable(loaded.result.message));
        QVERIFY(loaded.project.has_value());
        QVERIFY(!loaded.migrated);
        QCOMPARE(loaded.fileSchemaVersion, currentSchemaVersion());
        QVERIFY(*loaded.project == sample);
        QVERIFY(saveProject(*loaded.project, second));
        QCOMPARE(fileBytes(second), fileBytes(first));
    }

    void largeGeneratedRoundTripIsExact()
    {
        test::GeneratedSizes sizes;
        sizes.items = 10000;
        sizes.tasks = 2000;
        sizes.flows = 5000;
        const Project big = test::generateProject(sizes);
        QCOMPARE(big.variants.front().items.size(), std::size_t(10000 + sizes.aisles));
        QVERIFY(validateProject(big).empty());
        const QString first = mDir.filePath(QStringLiteral("big1.taktflow"));
        const QString second = mDir.filePath(QStringLiteral("big2.taktflow"));
        QVERIFY(saveProject(big, first));
        LoadedProject loaded = openProject(first);
        QVERIFY2(loaded.result, qPrintable(loaded.result.message));
        QVERIFY(*loaded.project == big);
        QVERIFY(saveProject(*loaded.project, second));
        QCOMPARE(QCryptographicHash::hash(fileBytes(second), QCryptographicHash::Sha256),
                 QCryptographicHash::hash(fileBytes(first), QCryptographicHash::Sha256));
    }

    void savedFileCarriesIdentity()
    {
        const QString path = mDir.filePath(QStringLiteral("id.taktflow"));
        QVERIFY(saveProject(makeSampleProject(), path));
        // A new project is readable by others like any new file (umask 022 in the test run).
        QVERIFY(QFile::permissions(path) & QFileDevice::ReadOther);
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(db, "PRAGMA application_id", -1, &stmt, nullptr);
        QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(stmt, 0), 0x544B5446);
        sqlite3_finalize(stmt);
        sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr);
        QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(stmt, 0), 3);
        sqlite3_finalize(stmt);
        sqlite3_close(db);
    }

    void migratesV0FixtureWithoutTouchingIt()
    {
        const QString fixture = QStringLiteral(TAKTFLOW_TEST_DATA "/storage/v0_project.taktflow");
        const QString copy = mDir.filePath(QStringLiteral("v0.taktflow"));
        QVERIFY(QFile::copy(fixture, copy));
        const QByteArray before = fileBytes(copy);
        LoadedProject loaded = openProject(copy);
        QVERIFY2(loaded.result, qPrintable(loaded.result.message));
        QVERIFY(loaded.migrated);
        QCOMPARE(loaded.fileSchemaVersion, 0);
        QCOMPARE(fileBytes(copy), before);

        const Project &p = *loaded.project;
        QCOMPARE(p.name, QStringLiteral("Gearbox plant"));
        QCOMPARE(p.author, QStringLiteral("A. Planner"));
        QCOMPARE(p.variants.size(), std::size_t(2));
        const Variant &a = p.variants[0];
        QCOMPARE(a.name, QStringLiteral("Option A"));
        QCOMPARE(a.floorWidthM, 40.0);
        QCOMPARE(a.distanceMetric, DistanceMetric::Rectilinear);
        QCOMPARE(a.items.size(), std::size_t(2));
        QCOMPARE(a.items[0].id, QStringLiteral("M1"));
        QCOMPARE(a.items[0].automationLevel, 1.0); // v0 flag 1 -> fully automated
        QCOMPARE(a.items[1].rotationDeg, 90.0);
        QCOMPARE(a.items[1].automationLevel, 0.0);
        QCOMPARE(a.lines.size(), std::size_t(1));
        const ProductionLine &line = a.lines[0];
        QCOMPARE(line.demandPerPeriod, 300.0);
        QCOMPARE(line.availableTimePerPeriodS, 27000.0);
        QVERIFY(!line.useCalendar);
        QCOMPARE(line.tasks.size(), std::size_t(3));
        QCOMPARE(line.tasks[0].timeS, 20.5);
        QVERIFY(line.tasks[1].automated);
        QCOMPARE(line.tasks[2].predecessors, (QStringList{QStringLiteral("T1"), QStringLiteral("T2")}));
        QCOMPARE(a.flows.size(), std::size_t(1));
        QCOMPARE(a.flows[0].unitsPerPeriod, 300.0);
        QCOMPARE(a.flows[0].product, QStringLiteral("Gear"));
        QCOMPARE(p.variants[1].items.size(), std::size_t(1));
        QVERIFY(validateProject(p).empty());

        // Saving writes the current format; reading that back gives the same model.
        const QString upgraded = mDir.filePath(QStringLiteral("v1.taktflow"));
        QVERIFY(saveProject(p, upgraded));
        LoadedProject again = openProject(upgraded);
        QVERIFY(again.result);
        QVERIFY(!again.migrated);
        QVERIFY(*again.project == p);
    }

    void migratesV1FixtureWithoutTouchingIt()
    {
        const QString fixture = QStringLiteral(TAKTFLOW_TEST_DATA "/storage/v1_project.taktflow");
        const QString copy = mDir.filePath(QStringLiteral("v1-fixture.taktflow"));
        QVERIFY(QFile::copy(fixture, copy));
        const QByteArray before = fileBytes(copy);
        LoadedProject loaded = openProject(copy);
        QVERIFY2(loaded.result, qPrintable(loaded.result.message));
        QVERIFY(loaded.migrated);
        QCOMPARE(loaded.fileSchemaVersion, 1);
        QCOMPARE(fileBytes(copy), before);

        // Values as the v1 fixture's SQL holds them (tests/data/storage/v1_project.sql).
        const Project &p = *loaded.project;
        QCOMPARE(p.name, QStringLiteral("Motor plant"));
        QCOMPARE(p.variants.size(), std::size_t(3));
        QCOMPARE(p.variants[1].name, QStringLiteral("Cell layout"));
        QCOMPARE(p.variants[2].items.size(), std::size_t(18));
        const LayoutItem *zone = p.variants[1].findItem(QStringLiteral("ZONE-ASM"));
        QVERIFY(zone);
        QCOMPARE(zone->type, ItemType::Zone);
        const std::vector<PointM> outline{{-12, -6}, {12, -6}, {12, 0}, {0, 6}, {-12, 6}};
        QVERIFY(zone->outlineM == outline);
        QVERIFY(p.variants[0].findItem(QStringLiteral("ZONE-ASM"))->outlineM.empty());
        QCOMPARE(p.variants[0].lines.at(0).tasks.size(), std::size_t(12));
        for (const Variant &v : p.variants)
            QVERIFY(!v.background.has_value()); // v1 had no background plans
        QVERIFY(validateProject(p).empty());

        const QString upgraded = mDir.filePath(QStringLiteral("v1-upgraded.taktflow"));
        QVERIFY(saveProject(p, upgraded));
        LoadedProject again = openProject(upgraded);
        QVERIFY(again.result);
        QVERIFY(!again.migrated);
        QCOMPARE(again.fileSchemaVersion, currentSchemaVersion());
        QVERIFY(*again.project == p);
    }

    void refusesNewerVersion()
    {
        const QString path = mDir.filePath(QStringLiteral("newer.taktflow"));
        QVERIFY(saveProject(makeSampleProject(), path));
        execOnFile(path, "PRAGMA user_version = 7");
        LoadedProject loaded = openProject(path);
        QVERIFY(!loaded.result);
        QVERIFY(!loaded.project);
        QVERIFY2(loaded.result.message.contains(QLatin1String("newer")), qPrintable(loaded.result.message));
        QVERIFY(loaded.result.message.contains(QLatin1String("7")));
        QVERIFY(loaded.result.message.contains(path));
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not a Taktflow project");
        QTest::newRow("text") << QByteArray("id,name\n1,2\n") << QStringLiteral("not a Taktflow project");
        QTest::newRow("header only") << QByteArray("SQLite format 3\0", 16) << QStringLiteral("");
    }

    void refusesBadFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = mDir.filePath(QStringLiteral("bad.taktflow"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        LoadedProject loaded = openProject(path);
        QVERIFY(!loaded.result);
        QVERIFY(!loaded.project);
        QVERIFY2(loaded.result.message.contains(expected), qPrintable(loaded.result.message));
    }

    void refusesMissingFile()
    {
        LoadedProject loaded = openProject(mDir.filePath(QStringLiteral("nothing.taktflow")));
        QVERIFY(!loaded.result);
        QVERIFY(loaded.result.message.contains(QLatin1String("does not exist")));
    }

    void refusesTruncatedAndCorruptFiles()
    {
        test::GeneratedSizes sizes;
        sizes.items = 3000;
        const QString good = mDir.filePath(QStringLiteral("good.taktflow"));
        QVERIFY(saveProject(test::generateProject(sizes), good));
        const QByteArray bytes = fileBytes(good);
        QVERIFY(bytes.size() > 64 * 1024);

        const QString truncated = mDir.filePath(QStringLiteral("truncated.taktflow"));
        QFile t(truncated);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write(bytes.left(bytes.size() / 2));
        t.close();
        QVERIFY(!openProject(truncated).result);

        // Overwrite pages in the middle with garbage: quick_check or the reader must notice.
        QByteArray damaged = bytes;
        for (qsizetype i = bytes.size() / 3; i < bytes.size() / 3 + 8192; ++i)
            damaged[i] = char((i * 7919) & 0xff);
        const QString corrupt = mDir.filePath(QStringLiteral("corrupt.taktflow"));
        QFile c(corrupt);
        QVERIFY(c.open(QIODevice::WriteOnly));
        c.write(damaged);
        c.close();
        const LoadedProject loaded = openProject(corrupt);
        QVERIFY(!loaded.result);
        QVERIFY(!loaded.project);
    }

    void refusesOtherProgramsDatabase()
    {
        const QString path = mDir.filePath(QStringLiteral("other.db"));
        execOnFile(path, "CREATE TABLE contacts (name TEXT, phone TEXT); INSERT INTO contacts VALUES ('a', 'b');");
        const LoadedProject loaded = openProject(path);
        QVERIFY(!loaded.result);
        QVERIFY2(loaded.result.message.contains(QLatin1String("another program")), qPrintable(loaded.result.message));
    }

    void refusesHostileSchema_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::newRow("trigger") << QByteArray("CREATE TRIGGER t AFTER INSERT ON flow BEGIN DELETE FROM item; END;");
        QTest::newRow("view") << QByteArray("CREATE VIEW v AS SELECT * FROM item;");
        QTest::newRow("extra table") << QByteArray("CREATE TABLE payload (data BLOB);");
        QTest::newRow("index") << QByteArray("CREATE INDEX i ON item(name);");
    }

    void refusesHostileSchema()
    {
        QFETCH(QByteArray, sql);
        const QString path = mDir.filePath(QStringLiteral("hostile.taktflow"));
        QVERIFY(saveProject(makeSampleProject(), path));
        execOnFile(path, sql.constData());
        const LoadedProject loaded = openProject(path);
        QVERIFY(!loaded.result);
        QVERIFY2(loaded.result.message.contains(QLatin1String("refused")), qPrintable(loaded.result.message));
    }

    void refusesBrokenReferencesAndValues()
    {
        const QString path = mDir.filePath(QStringLiteral("refs.taktflow"));
        QVERIFY(saveProject(makeSampleProject(), path));
        execOnFile(path, "PRAGMA foreign_keys=OFF; INSERT INTO item SELECT 'NOPE', pos, id, name, type, x_m, y_m, "
                         "width_m, depth_m, rotation_deg, height_m, automation_level, power_kw, clearance_m, pickup_x_m, "
                         "pickup_y_m, dropoff_x_m, dropoff_y_m, model_file, fixed FROM item LIMIT 1;");
        LoadedProject loaded = openProject(path);
        QVERIFY(!loaded.result);
        QVERIFY2(loaded.result.message.contains(QLatin1String("broken reference")), qPrintable(loaded.result.message));

        const QString typed = mDir.filePath(QStringLiteral("types.taktflow"));
        QVERIFY(saveProject(makeSampleProject(), typed));
        execOnFile(typed, "UPDATE item SET type = 'spaceship' WHERE id = 'CNC1';");
        loaded = openProject(typed);
        QVERIFY(!loaded.result);
        QVERIFY2(loaded.result.message.contains(QLatin1String("spaceship")), qPrintable(loaded.result.message));
    }

    /** A value larger than the reader's cap (a 40 MB item name) is refused with a message, not loaded. */
    void refusesHugeValues()
    {
        const QString path = mDir.filePath(QStringLiteral("huge.taktflow"));
        QVERIFY(saveProject(makeSampleProject(), path));
        execOnFile(path, "UPDATE item SET name = printf('%.*c', 40000000, 'x') WHERE id = 'CNC1';");
        QVERIFY(QFileInfo(path).size() > 40'000'000);
        const LoadedProject loaded = openProject(path);
        QVERIFY(!loaded.result);
        QVERIFY2(loaded.result.message.contains(path), qPrintable(loaded.result.message));
    }

    void saveFailureLeavesTargetAndReportsIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keep.taktflow"));
        QVERIFY(saveProject(makeSampleProject(), path));
        const QByteArray before = fileBytes(path);
        Project broken = makeSampleProject();
        broken.variants[0].items[0].xM = std::numeric_limits<double>::quiet_NaN(); // SQLite stores NaN as NULL
        const FileResult result = saveProject(broken, path);
        QVERIFY(!result);
        QVERIFY(result.message.contains(QLatin1String("not changed")));
        QCOMPARE(fileBytes(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);

        const FileResult noFolder = saveProject(makeSampleProject(), dir.filePath(QStringLiteral("no/such/dir/x.taktflow")));
        QVERIFY(!noFolder);
        QVERIFY(noFolder.message.contains(QLatin1String("cannot write")));
    }

private:
    QTemporaryDir mDir;
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
