// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/sampleproject.h"
#include "core/storage/projectfile.h"
#include "tests/common/processrunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace taktflow;
using test::ProcessOutput;

namespace {

ProcessOutput cli(const QStringList &arguments)
{
    return test::runProcess(QStringLiteral(TAKTFLOW_CLI), arguments);
}

double at(const QJsonObject &root, const QString &path)
{
    QJsonValue value = root;
    for (const QString &key : path.split(QLatin1Char('.')))
        value = value.toObject().value(key);
    return value.isDouble() ? value.toDouble() : std::nan("");
}

const QStringList kRequiredNumbers{
    QStringLiteral("takt_time_s"),
    QStringLiteral("line.stations"),
    QStringLiteral("line.cycle_time_s"),
    QStringLiteral("line.line_efficiency"),
    QStringLiteral("line.balance_delay"),
    QStringLiteral("line.smoothness_index"),
    QStringLiteral("flow.total_units"),
    QStringLiteral("flow.flow_distance"),
    QStringLiteral("flow.transport_cost"),
    QStringLiteral("automation.work_content_share"),
    QStringLiteral("automation.station_share"),
    QStringLiteral("layout.items"),
    QStringLiteral("layout.overlaps"),
    QStringLiteral("layout.clearance_violations"),
    QStringLiteral("layout.utilization"),
    QStringLiteral("energy.kwh_per_period"),
    QStringLiteral("energy.kg_co2e_per_unit"),
};

} // namespace

class TestCliKpi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mDir;
    QString mSample;

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        mSample = mDir.filePath(QStringLiteral("sample.taktflow"));
        QVERIFY(core::saveProject(core::makeSampleProject(), mSample));
    }

    void everyVariantAsArray()
    {
        const ProcessOutput r = cli({QStringLiteral("kpi"), mSample, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
        QVERIFY(doc.isArray());
        const QJsonArray variants = doc.array();
        QCOMPARE(variants.size(), 3);
        for (const auto &v : variants) {
            for (const QString &key : kRequiredNumbers)
                QVERIFY2(!std::isnan(at(v.toObject(), key)), qPrintable(key));
        }
        const QJsonObject first = variants.first().toObject();
        QCOMPARE(first.value(QStringLiteral("variant")).toString(), QStringLiteral("Current layout"));
        // Hand-checked in tst_variantkpis: takt 94.5 s, 4 stations at 90 s, 97,560 units·m.
        QCOMPARE(at(first, QStringLiteral("takt_time_s")), 94.5);
        QCOMPARE(at(first, QStringLiteral("line.stations")), 4.0);
        QCOMPARE(at(first, QStringLiteral("line.cycle_time_s")), 90.0);
        QCOMPARE(at(first, QStringLiteral("flow.flow_distance")), 97560.0);
        QCOMPARE(first.value(QStringLiteral("flow")).toObject().value(QStringLiteral("metric")).toString(),
                 QStringLiteral("rectilinear"));
    }

    void oneVariantAsObject()
    {
        const ProcessOutput r =
            cli({QStringLiteral("kpi"), mSample, QStringLiteral("--variant"), QStringLiteral("Cell layout"),
                 QStringLiteral("--metric"), QStringLiteral("aisle"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
        QVERIFY(doc.isObject());
        QCOMPARE(doc.object().value(QStringLiteral("variant")).toString(), QStringLiteral("Cell layout"));
        QCOMPARE(doc.object().value(QStringLiteral("flow")).toObject().value(QStringLiteral("metric")).toString(),
                 QStringLiteral("aisle"));
        // Along the aisles the flows are longer than rectilinear (86,040 units·m).
        QVERIFY(at(doc.object(), QStringLiteral("flow.flow_distance")) > 86040.0);
    }

    void errors()
    {
        QCOMPARE(cli({QStringLiteral("kpi")}).exitCode, 1);
        QCOMPARE(
            cli({QStringLiteral("kpi"), mSample, QStringLiteral("--metric"), QStringLiteral("manhattan")}).exitCode, 1);
        const ProcessOutput missing = cli({QStringLiteral("kpi"), mDir.filePath(QStringLiteral("none.taktflow"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(QStringLiteral("none.taktflow")));
        QCOMPARE(cli({QStringLiteral("kpi"), mSample, QStringLiteral("--variant"), QStringLiteral("nope")}).exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("kpi"), QStringLiteral("--help")}).exitCode, 0);
    }

    void noFeasibleBalanceExitsThree()
    {
        // No assignment, takt 45360 / 1512 = 30 s, and the 45 s test may not be split.
        core::Project project = core::makeSampleProject();
        core::ProductionLine &line = project.variants.front().lines.front();
        line.stations.clear();
        line.demandPerPeriod = 1512;
        line.allowParallelStations = false;
        const QString path = mDir.filePath(QStringLiteral("tight.taktflow"));
        QVERIFY(core::saveProject(project, path));
        const ProcessOutput r = cli(
            {QStringLiteral("kpi"), path, QStringLiteral("--variant"), QStringLiteral("V1"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QStringLiteral("Motor assembly")));
    }
};

QTEST_GUILESS_MAIN(TestCliKpi)
#include "tst_cli_kpi.moc"
