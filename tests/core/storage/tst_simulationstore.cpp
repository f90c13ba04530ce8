// SPDX-License-Identifier: GPL-3.0-or-later
// The simulation parameters and last results in the project file (schema v3): the v2 fixture
// migrates to defaults, every field survives save and reopen, broken records are refused with
// a message that names the variant, the line and the JSON path.
#include "core/model/sampleproject.h"
#include "core/storage/projectfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <limits>

using namespace taktflow::core;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void execOnFile(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &error);
    const QString message = error ? QString::fromUtf8(error) : QString();
    sqlite3_free(error);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message));
}

/** Every kind of distribution, failure mode, buffer and setup at least once. */
SimulationParameters richParameters(SourceSpec::Kind sourceKind)
{
    SimulationParameters p;
    p.taskTimes[QStringLiteral("T1")] = TimeDistribution::deterministic(12.5);
    p.taskTimes[QStringLiteral("T2")] = TimeDistribution::exponential(30.0);
    p.taskTimes[QStringLiteral("T3")] = TimeDistribution::normal(40.0, 4.25);
    p.taskTimes[QStringLiteral("T4")] = TimeDistribution::lognormal(22.0, 7.0);
    p.taskTimes[QStringLiteral("T5")] = TimeDistribution::triangular(10.0, 12.0, 19.5);
    p.taskTimes[QStringLiteral("T6")] = TimeDistribution::uniform(8.0, 9.75);
    p.taskTimes[QStringLiteral("T7")] = TimeDistribution::empirical({31.0, 29.5, 0.0, 1e-7, 33.125});
    // Fields a kind does not use (left over after the user switched the kind) survive too.
    TimeDistribution leftover = TimeDistribution::normal(5.0, 1.5);
    leftover.kind = TimeDistribution::Kind::Deterministic;
    leftover.maxS = 9.0;
    p.taskTimes[QStringLiteral("T8")] = leftover;

    StationSimSettings manual; // all defaults
    StationSimSettings cnc;
    cnc.servers = 2;
    cnc.processTime = TimeDistribution::triangular(50.0, 55.0, 70.0);
    cnc.failure.mode = FailureSpec::Mode::OperatingTime;
    cnc.failure.timeBetweenFailures = TimeDistribution::lognormal(3600.0, 900.0);
    cnc.failure.repair = TimeDistribution::exponential(240.0);
    cnc.setup = TimeDistribution::uniform(60.0, 90.0);
    StationSimSettings press;
    press.failure.mode = FailureSpec::Mode::Operations;
    press.failure.operationsBetweenFailures = 500;
    press.failure.repair = TimeDistribution::deterministic(600.0);
    press.setup = TimeDistribution::deterministic(0.0);
    p.stations = {manual, cnc, press};

    p.buffers = {std::nullopt, 0, 3, 1};
    p.source.kind = sourceKind;
    p.source.interarrival = TimeDistribution::normal(61.0, 5.0);
    p.source.randomMix = sourceKind == SourceSpec::Kind::Interarrival;
    p.source.modelSequence = {QStringLiteral("A"), QStringLiteral("A"), QStringLiteral("B")};
    p.run.durationS = 28800.0;
    p.run.warmupS = 3600.0;
    p.run.replications = 30;
    p.run.seed = std::numeric_limits<std::uint64_t>::max();
    p.run.followCalendar = false;
    p.transporterCounts[QStringLiteral("FL")] = 3;
    p.transporterCounts[QStringLiteral("TUG")] = 0;
    p.simulateTransport = false;
    return p;
}

SimulationSummary richSummary()
{
    SimulationSummary s;
    s.parameters = richParameters(SourceSpec::Kind::AtTakt);
    s.parameters.run.seed = 42;
    s.inputFingerprint = QStringLiteral("3f8a0c");
    s.ranAtUtc = QStringLiteral("2026-12-07T01:02:03Z");
    s.replications = 30;
    s.simulatedS = 28800.0;
    s.throughputPerHourMean = 51.25;
    s.throughputPerHourLow = 50.5;
    s.throughputPerHourHigh = 52.0;
    s.outputUnitsMean = 410.0;
    s.wipMean = 6.125;
    s.leadTimeMeanS = 431.5;
    s.leadTimeP95S = 602.75;
    s.bottleneck = QStringLiteral("S2");
    s.stations = {{QStringLiteral("S1"), 0.5, 0.25, 0.125, 0.0, 0.0625, 0.0625, 0.1},
                  {QStringLiteral("S2"), 0.875, 0.0, 0.0, 0.0625, 0.0625, 0.0, 0.8}};
    return s;
}

/** The sample with rich parameters on every line and a result on the first. */
Project richProject()
{
    Project p = makeSampleProject();
    const SourceSpec::Kind kinds[] = {SourceSpec::Kind::Saturated, SourceSpec::Kind::AtTakt,
                                      SourceSpec::Kind::Interarrival};
    for (std::size_t v = 0; v < p.variants.size(); ++v)
        p.variants[v].lines.front().simulation = richParameters(kinds[v % 3]);
    p.variants[0].lines.front().lastSimulation = richSummary();
    return p;
}

} // namespace

class TestSimulationStore : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(mDir.isValid()); }

    void migratesV2FixtureToDefaults()
    {
        const QString fixture = QStringLiteral(TAKTFLOW_TEST_DATA "/storage/v2_project.taktflow");
        const QString copy = mDir.filePath(QStringLiteral("v2.taktflow"));
        QVERIFY(QFile::copy(fixture, copy));
        const QByteArray before = fileBytes(copy);
        const LoadedProject loaded = openProject(copy);
        QVERIFY2(loaded.result, qPrintable(loaded.result.message));
        QVERIFY(loaded.migrated);
        QCOMPARE(loaded.fileSchemaVersion, 2);
        QCOMPARE(fileBytes(copy), before);

        // Values as the v2 fixture's SQL holds them (tests/data/storage/v2_project.sql).
        const Project &p = *loaded.project;
        QCOMPARE(p.name, QStringLiteral("Motor plant"));
        QCOMPARE(p.variants.size(), std::size_t(3));
        QVERIFY(p.variants[2].background.has_value());
        QCOMPARE(p.variants[2].background->fileName, QStringLiteral("hall.png"));
        QCOMPARE(p.variants[2].background->data.size(), qsizetype(71));
        QCOMPARE(p.variants[2].background->metresPerUnit, 0.05);
        for (const Variant &v : p.variants) {
            QCOMPARE(v.lines.size(), std::size_t(1));
            const ProductionLine &line = v.lines.front();
            QCOMPARE(line.tasks.size(), std::size_t(12));
            // The defaults written out, not compared with a default-constructed value only.
            const SimulationParameters &s = line.simulation;
            QVERIFY(s.taskTimes.empty());
            QVERIFY(s.stations.empty());
            QVERIFY(s.buffers.empty());
            QCOMPARE(s.source.kind, SourceSpec::Kind::Saturated);
            QCOMPARE(s.run.durationS, 0.0);
            QCOMPARE(s.run.replications, 10);
            QCOMPARE(s.run.seed, std::uint64_t(1));
            QVERIFY(s.run.followCalendar);
            QVERIFY(s.simulateTransport);
            QVERIFY(!line.lastSimulation.has_value());
        }

        const QString upgraded = mDir.filePath(QStringLiteral("v2-upgraded.taktflow"));
        QVERIFY(saveProject(p, upgraded));
        const LoadedProject again = openProject(upgraded);
        QVERIFY2(again.result, qPrintable(again.result.message));
        QVERIFY(!again.migrated);
        QCOMPARE(again.fileSchemaVersion, 3);
        QVERIFY(*again.project == p);
    }

    void everyFieldRoundTrips()
    {
        const Project project = richProject();
        const QString first = mDir.filePath(QStringLiteral("rich1.taktflow"));
        const QString second = mDir.filePath(QStringLiteral("rich2.taktflow"));
        QVERIFY(saveProject(project, first));
        const LoadedProject loaded = openProject(first);
        QVERIFY2(loaded.result, qPrintable(loaded.result.message));
        for (std::size_t v = 0; v < project.variants.size(); ++v) {
            const ProductionLine &want = project.variants[v].lines.front();
            const ProductionLine &got = loaded.project->variants[v].lines.front();
            QVERIFY(got.simulation.taskTimes == want.simulation.taskTimes);
            QVERIFY(got.simulation.stations == want.simulation.stations);
            QVERIFY(got.simulation.buffers == want.simulation.buffers);
            QVERIFY(got.simulation.source == want.simulation.source);
            QVERIFY(got.simulation.run == want.simulation.run);
            QVERIFY(got.simulation.transporterCounts == want.simulation.transporterCounts);
            QCOMPARE(got.simulation.simulateTransport, want.simulation.simulateTransport);
            QVERIFY(got.lastSimulation == want.lastSimulation);
        }
        const ProductionLine &line = loaded.project->variants[0].lines.front();
        QCOMPARE(line.simulation.run.seed, std::numeric_limits<std::uint64_t>::max());
        QCOMPARE(line.simulation.taskTimes.at(QStringLiteral("T8")).sdS, 1.5);
        QCOMPARE(line.simulation.buffers[0], std::optional<int>());
        QCOMPARE(line.simulation.buffers[1], std::optional<int>(0));
        QVERIFY(line.lastSimulation.has_value());
        QCOMPARE(line.lastSimulation->stations[1].bottleneckShare, 0.8);
        QCOMPARE(line.lastSimulation->parameters.run.seed, std::uint64_t(42));
        QVERIFY(!loaded.project->variants[1].lines.front().lastSimulation.has_value());
        QVERIFY(*loaded.project == project);
        QVERIFY(saveProject(*loaded.project, second));
        QCOMPARE(fileBytes(second), fileBytes(first));
    }

    void refusesCorruptRecords_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("expected");
        const QByteArray params = "UPDATE line_simulation SET parameters = ";
        QTest::newRow("not json") << params + "'{\"task_times\": ' WHERE variant_id = 'V1'"
                                  << QStringLiteral("variant 'V1', line 'L1': simulation parameters: not valid JSON");
        QTest::newRow("array") << params + "'[1, 2]' WHERE variant_id = 'V1'"
                               << QStringLiteral("expected a JSON object");
        QTest::newRow("unknown distribution")
            << params + "json_set(parameters, '$.task_times.T3.dist', 'gamma') WHERE variant_id = 'V2'"
            << QStringLiteral("variant 'V2', line 'L1': simulation parameters: task_times.T3.dist: unknown "
                              "distribution 'gamma'");
        QTest::newRow("sd missing") << params + "json_remove(parameters, '$.task_times.T3.sd_s')"
                                    << QStringLiteral("task_times.T3.sd_s: missing");
        QTest::newRow("servers as text") << params + "json_set(parameters, '$.stations[1].servers', 'two')"
                                         << QStringLiteral("stations[1].servers: expected a whole number");
        QTest::newRow("fractional buffer") << params + "json_set(parameters, '$.buffers[2]', 2.5)"
                                           << QStringLiteral("buffers[2]: expected a whole number");
        QTest::newRow("failure mode") << params + "json_set(parameters, '$.stations[2].failure.mode', 'sometimes')"
                                      << QStringLiteral("stations[2].failure.mode: unknown value 'sometimes'");
        QTest::newRow("repair missing") << params + "json_remove(parameters, '$.stations[1].failure.repair')"
                                        << QStringLiteral("stations[1].failure.repair: missing");
        QTest::newRow("sample as text") << params + "json_set(parameters, '$.task_times.T7.samples_s[1]', 'x')"
                                        << QStringLiteral("task_times.T7.samples_s[1]: expected a number");
        QTest::newRow("seed") << params + "json_set(parameters, '$.run.seed', '-1')"
                              << QStringLiteral("run.seed: '-1' is not a whole number");
        QTest::newRow("source kind") << params + "json_set(parameters, '$.source.kind', 'river')"
                                     << QStringLiteral("source.kind: unknown value 'river'");
        QTest::newRow("sequence entry") << params + "json_set(parameters, '$.source.model_sequence[0]', 7)"
                                        << QStringLiteral("source.model_sequence[0]: expected a text");
        QTest::newRow("transporter count") << params + "json_set(parameters, '$.transporter_counts.FL', json('[3]'))"
                                           << QStringLiteral("transporter_counts.FL: expected a whole number");
        QTest::newRow("result parameters")
            << QByteArray("UPDATE line_simulation_result SET parameters = json_remove(parameters, '$.run')")
            << QStringLiteral("variant 'V1', line 'L1': last simulation result: run: missing");
        QTest::newRow("result station gap") << QByteArray("UPDATE line_simulation_station SET pos = 7 WHERE pos = 0")
                                            << QStringLiteral("last simulation result: station 0 is missing");
        QTest::newRow("infinite figure")
            << QByteArray("UPDATE line_simulation_result SET lead_time_p95_s = 9e999")
            << QStringLiteral(
                   "variant 'V1', line 'L1': last simulation result: lead_time_p95_s is not a finite number");
        QTest::newRow("infinite share")
            << QByteArray("UPDATE line_simulation_station SET paused = -9e999 WHERE pos = 1")
            << QStringLiteral("last simulation result: stations[1].paused is not a finite number");
        QTest::newRow("infinite json number")
            << QByteArray("UPDATE line_simulation SET parameters = replace(parameters, '\"warmup_s\":3600', "
                          "'\"warmup_s\":1e999')")
            << QStringLiteral("simulation parameters: not valid JSON at character");
        QTest::newRow("orphan parameters")
            << QByteArray("PRAGMA foreign_keys=OFF; INSERT INTO line_simulation SELECT 'V1', 'NOPE', parameters "
                          "FROM line_simulation LIMIT 1")
            << QStringLiteral("broken reference in table line_simulation");
    }

    void refusesCorruptRecords()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QString, expected);
        const QString path = mDir.filePath(QStringLiteral("corrupt.taktflow"));
        QFile::remove(path);
        QVERIFY(saveProject(richProject(), path));
        execOnFile(path, sql);
        const LoadedProject loaded = openProject(path);
        QVERIFY(!loaded.result);
        QVERIFY(!loaded.project);
        QVERIFY2(loaded.result.message.contains(expected), qPrintable(loaded.result.message));
        QVERIFY2(loaded.result.message.contains(path), qPrintable(loaded.result.message));
    }

    /** What could not be read back is refused at save time, and the old file stays. */
    void refusesUnreadableValuesWhenSaving_data()
    {
        QTest::addColumn<int>("what");
        QTest::addColumn<QString>("expected");
        QTest::newRow("NaN task time") << 0
                                       << QStringLiteral("simulation parameters: task_times.T3.mean_s: not a finite");
        QTest::newRow("infinite wip") << 1 << QStringLiteral("last simulation result: wip_mean is not a finite number");
        QTest::newRow("huge samples") << 2 << QStringLiteral("more than the limit of 1024 KiB");
    }

    void refusesUnreadableValuesWhenSaving()
    {
        QFETCH(int, what);
        QFETCH(QString, expected);
        const QString path = mDir.filePath(QStringLiteral("keep.taktflow"));
        QFile::remove(path);
        QVERIFY(saveProject(makeSampleProject(), path));
        const QByteArray before = fileBytes(path);
        Project p = richProject();
        ProductionLine &line = p.variants[0].lines.front();
        if (what == 0)
            line.simulation.taskTimes[QStringLiteral("T3")].meanS = std::numeric_limits<double>::quiet_NaN();
        else if (what == 1)
            line.lastSimulation->wipMean = std::numeric_limits<double>::infinity();
        else
            line.simulation.taskTimes[QStringLiteral("T7")].samplesS.assign(200000, 12.345678901);
        const FileResult result = saveProject(p, path);
        QVERIFY(!result);
        QVERIFY2(result.message.contains(expected), qPrintable(result.message));
        QVERIFY2(result.message.contains(QLatin1String("variant 'V1', line 'L1'")), qPrintable(result.message));
        QCOMPARE(fileBytes(path), before);
    }

    /** A line left at the defaults writes no row, so files of projects that never simulate stay as before. */
    void defaultsWriteNoRow()
    {
        const QString path = mDir.filePath(QStringLiteral("plain.taktflow"));
        // The sample's line carries simulation parameters; put it back to the defaults.
        Project plain = makeSampleProject();
        for (Variant &variant : plain.variants) {
            for (ProductionLine &line : variant.lines)
                line.simulation = {};
        }
        QVERIFY(saveProject(plain, path));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(db,
                           "SELECT (SELECT count(*) FROM line_simulation) + (SELECT count(*) FROM "
                           "line_simulation_result)",
                           -1, &stmt, nullptr);
        QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(stmt, 0), 0);
        sqlite3_finalize(stmt);
        sqlite3_close(db);
    }

private:
    QTemporaryDir mDir;
};

QTEST_GUILESS_MAIN(TestSimulationStore)
#include "tst_simulationstore.moc"
