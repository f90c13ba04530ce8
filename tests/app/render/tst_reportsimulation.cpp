// SPDX-License-Identifier: GPL-3.0-or-later
// The simulation pages of the PDF report and the comparison page's formatting, from a project
// with hand-set simulation results (fresh, stale, none), read back with poppler's pdftotext.
#include "app/render/report/reportdata.h"
#include "app/render/report/reportwriter.h"
#include "core/model/sampleproject.h"
#include "core/simulation/linemodelbuilder.h"
#include "tests/common/processrunner.h"

#include <QGuiApplication>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace taktflow;

namespace {

core::SimulationSummary summary(double throughput, double halfWidth)
{
    core::SimulationSummary s;
    s.ranAtUtc = QStringLiteral("2026-12-07T01:00:00Z");
    s.replications = 10;
    s.simulatedS = 8 * 3600.0;
    s.parameters.run.seed = 11;
    s.parameters.run.warmupS = 3600;
    s.parameters.source.kind = core::SourceSpec::Kind::AtTakt;
    s.parameters.taskTimes[QStringLiteral("T3")] = core::TimeDistribution::normal(35, 4);
    core::StationSimSettings second;
    second.failure.mode = core::FailureSpec::Mode::OperatingTime;
    second.failure.timeBetweenFailures = core::TimeDistribution::exponential(3600);
    second.failure.repair = core::TimeDistribution::exponential(300);
    s.parameters.stations = {core::StationSimSettings{}, second};
    s.parameters.buffers = {2, std::nullopt, 1};
    s.throughputPerHourMean = throughput;
    s.throughputPerHourLow = throughput - halfWidth;
    s.throughputPerHourHigh = throughput + halfWidth;
    s.outputUnitsMean = throughput * 8;
    s.wipMean = 4.25;
    s.leadTimeMeanS = 410;
    s.leadTimeP95S = 530;
    s.bottleneck = QStringLiteral("WS2");
    auto station = [](const char *name, double working, double starved, double blocked, double failed) {
        core::SimulationSummary::StationShares shares;
        shares.name = QString::fromLatin1(name);
        shares.working = working;
        shares.starved = starved;
        shares.blocked = blocked;
        shares.failed = failed;
        return shares;
    };
    s.stations = {station("WS1", 0.62, 0.05, 0.33, 0), station("WS2", 0.81, 0.02, 0.05, 0.12),
                  station("WS3", 0.55, 0.4, 0.05, 0), station("TEST", 0.5, 0.5, 0, 0)};
    s.stations[1].bottleneckShare = 0.873;
    return s;
}

QString pdfText(const QString &pdf)
{
    return test::runProcess(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}).out;
}

QString between(const QString &text, const QString &from, const QString &to)
{
    // Skip the table of contents: sections start after the first page footer.
    const int start = text.indexOf(from, text.indexOf(QLatin1String("Page 1 of")));
    const int end = to.isEmpty() ? text.size() : text.indexOf(to, start);
    return start >= 0 && end > start ? text.mid(start, end - start) : QString();
}

} // namespace

class TestReportSimulation : public QObject
{
    Q_OBJECT

private slots:
    void simulationPagesOnlyForSimulatedVariants()
    {
        core::Project project = core::makeSampleProject();
        project.kpiWeights.clear();
        // Demand of the sample line: takt 94.5 s (see sampleproject.cpp) = 38.095 units/h.
        core::Variant &fresh = project.variants[0];
        fresh.lines[0].lastSimulation = summary(40, 1); // 39..41: above the demand
        fresh.lines[0].lastSimulation->inputFingerprint =
            core::simulation::simulationFingerprint(project, fresh, fresh.lines[0]);
        core::Variant &stale = project.variants[1];
        stale.lines[0].lastSimulation = summary(36, 1); // 35..37: below it
        stale.lines[0].lastSimulation->inputFingerprint = QStringLiteral("before the last edit");

        app::render::ReportOptions options;
        for (const auto &variant : project.variants)
            options.variantIds << variant.id;
        const app::render::ReportData data = app::render::buildReportData(project, options);
        QVERIFY(data.comparison);
        QVERIFY(data.comparison->defaultWeights);
        // Equal weights rank: not every variant shares rank 1 with a score of 0.
        QCOMPARE(data.comparison->ranking.back().rank, 3);
        QVERIFY(data.comparison->ranking.front().score > 0);

        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("simulated.pdf"));
        QString error;
        QVERIFY2(app::render::writeReportPdf(data, pdf, &error), qPrintable(error));
        const QString text = pdfText(pdf);
        QVERIFY(!text.isEmpty());

        const QString current = between(text, QStringLiteral("Current layout: simulation"),
                                        QStringLiteral("Current layout: material flow"));
        QVERIFY2(!current.isEmpty(), qPrintable(text.left(3000)));
        QVERIFY(current.contains(QLatin1String("40 units/h (95 % interval 39 to 41)")));
        // Simulated figures with one decimal: 3600 / 94.5 = 38.095... units/h.
        QVERIFY(current.contains(QLatin1String("38.1 units/h (3600 s / takt 94.5 s)")));
        QVERIFY(current.contains(QLatin1String("makes the demand")));
        QVERIFY(!current.contains(QLatin1String("STALE")));
        QVERIFY(current.contains(QLatin1String("mean 410 s, 95th percentile 530 s")));
        QVERIFY(current.contains(QLatin1String("4.3 parts"))); // 4.25 to one decimal
        QVERIFY(current.contains(QLatin1String("WS2 (the bottleneck 87.3% of the time)")));
        // The parameters it ran with.
        QVERIFY(current.contains(QLatin1String("normal (mean 35 s, sd 4 s)")));
        QVERIFY(current.contains(QLatin1String("MTBF 3600 s of operating time, MTTR 300 s (exponential)")));
        QVERIFY(current.contains(QLatin1String("unlimited")));
        QVERIFY(current.contains(QLatin1String("a part every takt")));
        QVERIFY(current.contains(QLatin1String("8 h after a warm-up of 1 h")));
        // The state shares with one decimal, and the chart's legend.
        QVERIFY(QRegularExpression(QStringLiteral("WS2\\s+81\\.0%\\s+2\\.0%\\s+5\\.0%\\s+12\\.0%")).match(current).hasMatch());
        QVERIFY(current.contains(QLatin1String("Bottleneck")));
        QVERIFY(current.contains(QLatin1String("Working")));

        const QString old = between(text, QStringLiteral("Cell layout: simulation"), QStringLiteral("Cell layout: material flow"));
        QVERIFY(!old.isEmpty());
        QVERIFY(old.contains(QLatin1String("STALE")));
        QVERIFY(old.contains(QLatin1String("misses the demand")));
        // No result, no simulation page.
        QVERIFY(!text.contains(QLatin1String("Automated line: simulation")));

        // The comparison page: one decimal for shares, "not simulated" and the stale mark.
        const QString comparison = between(text, QStringLiteral("Comparison of variants"), QStringLiteral("Layouts at the same scale"));
        QVERIFY(!comparison.isEmpty());
        QVERIFY2(!QRegularExpression(QStringLiteral("\\d\\.\\d{2,}%")).match(comparison).hasMatch(), qPrintable(comparison));
        QVERIFY(QRegularExpression(QStringLiteral("Line efficiency\\s+\\d+\\.\\d%")).match(comparison).hasMatch());
        QVERIFY(comparison.contains(QLatin1String("not simulated")));
        // The stale mark stands right after the value, before the delta.
        QVERIFY2(comparison.contains(QStringLiteral("36 [35-37]\u2020 (-10.0%)")), qPrintable(comparison));
        QVERIFY(comparison.contains(QStringLiteral("\u2020 stale")));
        // At most two decimals for figures that are not shares (smoothness index 36.7967 s).
        QVERIFY(QRegularExpression(QStringLiteral("Smoothness index \\(s\\)\\s+36\\.8\\s")).match(comparison).hasMatch());
        QVERIFY(comparison.contains(QLatin1String("40 [39-41]")));
        QVERIFY(comparison.contains(QLatin1String("Ranking with equal weights")));
        QVERIFY(comparison.contains(QLatin1String("No KPI weights are set")));
    }
};

QTEST_MAIN(TestReportSimulation)
#include "tst_reportsimulation.moc"
