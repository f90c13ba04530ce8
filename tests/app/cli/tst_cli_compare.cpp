// SPDX-License-Identifier: GPL-3.0-or-later
// `taktflow-cli compare` with simulation results saved in the project: a fresh one, a stale one
// and none, through the real file and the real CLI; and the JSON keys scripts rely on.
#include "core/model/sampleproject.h"
#include "core/simulation/linemodelbuilder.h"
#include "core/storage/projectfile.h"
#include "tests/common/processrunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace taktflow;

namespace {

test::ProcessOutput cli(const QStringList &arguments)
{
    return test::runProcess(QStringLiteral(TAKTFLOW_CLI), arguments, 120000);
}

core::SimulationSummary summary(double throughput)
{
    core::SimulationSummary s;
    s.ranAtUtc = QStringLiteral("2026-12-07T01:30:00Z");
    s.replications = 20;
    s.simulatedS = 2 * 3600.0;
    s.parameters.run.replications = 20;
    s.parameters.run.durationS = 2 * 3600.0;
    s.parameters.run.seed = 5;
    s.parameters.source.kind = core::SourceSpec::Kind::Saturated;
    s.throughputPerHourMean = throughput;
    s.throughputPerHourLow = throughput - 2;
    s.throughputPerHourHigh = throughput + 2;
    s.outputUnitsMean = throughput * 2;
    s.wipMean = 6.5;
    s.leadTimeMeanS = 520;
    s.leadTimeP95S = 700;
    s.bottleneck = QStringLiteral("TEST");
    core::SimulationSummary::StationShares test;
    test.name = QStringLiteral("TEST");
    test.working = 0.9;
    test.starved = 0.1;
    test.bottleneckShare = 0.95;
    s.stations = {test};
    return s;
}

QJsonObject rowOf(const QJsonObject &json, const QString &kpi)
{
    for (const auto &row : json.value(QStringLiteral("rows")).toArray()) {
        if (row.toObject().value(QStringLiteral("kpi")).toString() == kpi)
            return row.toObject();
    }
    return {};
}

} // namespace

class TestCliCompare : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        core::Project project = core::makeSampleProject();
        core::Variant &fresh = project.variants[0];
        fresh.lines[0].lastSimulation = summary(41);
        fresh.lines[0].lastSimulation->inputFingerprint =
            core::simulation::simulationFingerprint(project, fresh, fresh.lines[0]);
        core::Variant &stale = project.variants[1];
        stale.lines[0].lastSimulation = summary(37);
        stale.lines[0].lastSimulation->inputFingerprint =
            core::simulation::simulationFingerprint(project, stale, stale.lines[0]);
        // Moved after the run: the layout the result came from is not today's.
        stale.items.front().xM += 2.0;
        mProject = mDir.filePath(QStringLiteral("simulated.taktflow"));
        const core::FileResult saved = core::saveProject(project, mProject);
        QVERIFY2(saved, qPrintable(saved.message));
    }

    void jsonCarriesSimulationFreshStaleAndNone()
    {
        const test::ProcessOutput run = cli({QStringLiteral("compare"), mProject, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();

        // The keys scripts already read stay as they were.
        for (const char *key : {"variants", "baseline", "rows", "weights", "ranking"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        const QJsonObject efficiency = rowOf(json, QStringLiteral("line.line_efficiency"));
        for (const char *key : {"kpi", "label", "unit", "better", "values", "best", "delta", "delta_percent"})
            QVERIFY2(efficiency.contains(QLatin1String(key)), key);
        const QJsonObject first = json.value(QStringLiteral("ranking")).toArray().at(0).toObject();
        for (const char *key : {"variant", "score", "rank"})
            QVERIFY2(first.contains(QLatin1String(key)), key);

        const QJsonArray simulation = json.value(QStringLiteral("simulation")).toArray();
        QCOMPARE(simulation.size(), 3);
        // Saved and read back, the untouched variant's result is still current.
        const QJsonObject current = simulation.at(0).toObject();
        QCOMPARE(current.value(QStringLiteral("variant")).toString(), QStringLiteral("Current layout"));
        QCOMPARE(current.value(QStringLiteral("status")).toString(), QStringLiteral("current"));
        QCOMPARE(current.value(QStringLiteral("stale")).toBool(), false);
        QCOMPARE(current.value(QStringLiteral("line")).toString(), QStringLiteral("Motor assembly"));
        QCOMPARE(current.value(QStringLiteral("replications")).toInt(), 20);
        QCOMPARE(current.value(QStringLiteral("simulated_s")).toDouble(), 7200.0);
        QCOMPARE(current.value(QStringLiteral("seed")).toInt(), 5);
        QCOMPARE(current.value(QStringLiteral("source")).toString(), QStringLiteral("saturated"));
        QCOMPARE(current.value(QStringLiteral("throughput_per_hour")).toObject().value(QStringLiteral("low")).toDouble(),
                 39.0);
        QCOMPARE(current.value(QStringLiteral("wip")).toDouble(), 6.5);
        QCOMPARE(current.value(QStringLiteral("bottleneck")).toString(), QStringLiteral("TEST"));
        const QJsonObject stale = simulation.at(1).toObject();
        QCOMPARE(stale.value(QStringLiteral("status")).toString(), QStringLiteral("stale"));
        QCOMPARE(stale.value(QStringLiteral("stale")).toBool(), true);
        const QJsonObject none = simulation.at(2).toObject();
        QCOMPARE(none.value(QStringLiteral("simulated")).toBool(), false);
        QCOMPARE(none.value(QStringLiteral("status")).toString(), QStringLiteral("not_simulated"));

        // The simulated rows: 41 and 37 units/h, none for the third; +2 parts / 520 s for both.
        const QJsonObject throughput = rowOf(json, QStringLiteral("simulation.throughput_per_hour"));
        const QJsonArray values = throughput.value(QStringLiteral("values")).toArray();
        QCOMPARE(values.at(0).toDouble(), 41.0);
        QCOMPARE(values.at(1).toDouble(), 37.0);
        QVERIFY(values.at(2).isNull());
        QCOMPARE(throughput.value(QStringLiteral("best")).toArray().at(0).toString(), QStringLiteral("Current layout"));
        QCOMPARE(throughput.value(QStringLiteral("better")).toString(), QStringLiteral("higher"));
        QCOMPARE(rowOf(json, QStringLiteral("simulation.lead_time_s")).value(QStringLiteral("values")).toArray().at(1).toDouble(),
                 520.0);
        QCOMPARE(rowOf(json, QStringLiteral("simulation.wip")).value(QStringLiteral("better")).toString(),
                 QStringLiteral("lower"));
        // The sample sets weights, so the ranking uses them and says so.
        QCOMPARE(json.value(QStringLiteral("default_weights")).toBool(), false);
        QCOMPARE(json.value(QStringLiteral("weights_used")).toObject(), json.value(QStringLiteral("weights")).toObject());
    }

    void tableMarksStaleAndMissingResults()
    {
        const test::ProcessOutput run = cli({QStringLiteral("compare"), mProject});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString throughputLine = run.out.split(QLatin1Char('\n')).filter(QLatin1String("Simulated throughput")).value(0);
        QVERIFY2(throughputLine.contains(QLatin1String("41.00*")), qPrintable(throughputLine));
        QVERIFY2(throughputLine.contains(QLatin1String("!")), qPrintable(throughputLine));
        QVERIFY2(throughputLine.trimmed().endsWith(QLatin1String("not simulated")), qPrintable(throughputLine));
        QVERIFY(run.out.contains(QLatin1String("! stale:")));
        // "replication(s)" until the English catalogue has the plural of this new string.
        QVERIFY2(run.out.contains(QLatin1String("Simulated figures of 'Current layout': line Motor assembly, 20 replication")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String(" of 2 h, seed 5, source: saturated")));
    }

private:
    QTemporaryDir mDir;
    QString mProject;
};

QTEST_GUILESS_MAIN(TestCliCompare)
#include "tst_cli_compare.moc"
