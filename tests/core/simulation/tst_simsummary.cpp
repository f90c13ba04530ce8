// SPDX-License-Identifier: GPL-3.0-or-later
// summarize(): an experiment on a line built from a project, kept as the line's last result and
// read back from the file unchanged. The line is deterministic, so its figures follow by hand.
#include "core/simulation/linemodelbuilder.h"
#include "core/simulation/summary.h"
#include "core/storage/projectfile.h"
#include "tests/core/simulation/projecttestlines.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace taktflow::core;
using namespace taktflow::core::simulation;
using taktflow::core::testlines::station;
using taktflow::core::testlines::task;

namespace {

/** S1 = A (10 s) + B (20 s); S2 = C (4 s); S3 = D (7 s) on 2 servers. Saturated. */
Project deterministicLine()
{
    ProductionLine line;
    line.id = QStringLiteral("L");
    line.name = QStringLiteral("Line");
    line.tasks = {task("A", 10), task("B", 20), task("C", 4), task("D", 7)};
    line.stations = {station({QStringLiteral("A"), QStringLiteral("B")}), station({QStringLiteral("C")}),
                     station({QStringLiteral("D")})};
    line.stations[2].replicas = 2;
    line.simulation.run.warmupS = 600;
    line.simulation.run.durationS = 3600;
    line.simulation.run.replications = 3;
    line.simulation.run.seed = 7;
    Variant v;
    v.id = QStringLiteral("V");
    v.lines = {line};
    Project p;
    p.variants = {v};
    return p;
}

} // namespace

class TestSimSummary : public QObject
{
    Q_OBJECT

private slots:
    void summaryOfADeterministicLine()
    {
        Project project = deterministicLine();
        const Variant &variant = project.variants.front();
        const ProductionLine &line = variant.lines.front();
        const BuiltModel built = buildLineModel(project, variant, line);
        QVERIFY2(built.ok(), qPrintable(built.error));
        QVERIFY(settingsProblem(built.settings).isEmpty());
        ExperimentSettings settings = built.settings;
        settings.threads = 1;
        const ExperimentResult result = runExperiment(built.model, settings);
        const QString fingerprint = simulationFingerprint(project, variant, line);
        const QDateTime ranAt(QDate(2026, 12, 7), QTime(3, 4, 5), QTimeZone(3600));
        const SimulationSummary s = summarize(result, line.simulation, fingerprint, ranAt);

        QVERIFY(s.parameters == line.simulation);
        QCOMPARE(s.inputFingerprint, fingerprint);
        QCOMPARE(s.ranAtUtc, QStringLiteral("2026-12-07T02:04:05Z"));
        QCOMPARE(s.replications, 3);
        QCOMPARE(s.simulatedS, 3600.0);
        // S1 takes 30 s a part and is never starved: 120 parts an hour, the same in every
        // replication, so the interval has no width.
        QCOMPARE(s.throughputPerHourMean, 120.0);
        QCOMPARE(s.throughputPerHourLow, 120.0);
        QCOMPARE(s.throughputPerHourHigh, 120.0);
        QCOMPARE(s.outputUnitsMean, 120.0);
        QCOMPARE(s.bottleneck, QStringLiteral("S1"));
        QCOMPARE(s.stations.size(), std::size_t(3));
        QCOMPARE(s.stations[0].name, QStringLiteral("S1"));
        QVERIFY(std::abs(s.stations[0].working - 1.0) < 1e-3);
        QVERIFY(std::abs(s.stations[1].working - 4.0 / 30.0) < 1e-3);
        QVERIFY(std::abs(s.stations[1].starved - 26.0 / 30.0) < 1e-3);
        QVERIFY(std::abs(s.stations[2].working - 7.0 / 60.0) < 1e-3); // 7 s of every 30 s on 2 servers
        QVERIFY(s.stations[0].bottleneckShare > 0.99);
        QCOMPARE(s.wipMean, result.wipMean.mean);
        QCOMPARE(s.leadTimeMeanS, result.leadTimeMeanS.mean);
        QCOMPARE(s.leadTimeP95S, result.leadTimeP95S);

        // Kept in the project, it comes back from the file as it was.
        project.variants.front().lines.front().lastSimulation = s;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("summary.taktflow"));
        QVERIFY(saveProject(project, path));
        const LoadedProject loaded = openProject(path);
        QVERIFY2(loaded.result, qPrintable(loaded.result.message));
        QVERIFY(loaded.project->variants.front().lines.front().lastSimulation == s);
        // Nothing the builder reads changed: today's fingerprint still matches.
        const Variant &again = loaded.project->variants.front();
        QCOMPARE(simulationFingerprint(*loaded.project, again, again.lines.front()), fingerprint);
    }
};

QTEST_GUILESS_MAIN(TestSimSummary)
#include "tst_simsummary.moc"
