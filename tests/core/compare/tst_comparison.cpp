// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compare/comparison.h"
#include "core/compare/layoutdiff.h"
#include "core/model/sampleproject.h"

#include <QJsonArray>
#include <QTest>

using namespace taktflow::core;

namespace {

QJsonObject kpis(double stations, double efficiency, double transportCost, double overlaps)
{
    return QJsonObject{
        {QStringLiteral("takt_time_s"), 60.0},
        {QStringLiteral("line"),
         QJsonObject{{QStringLiteral("stations"), stations}, {QStringLiteral("line_efficiency"), efficiency}}},
        {QStringLiteral("flow"),
         QJsonObject{{QStringLiteral("transport_cost"), transportCost}, {QStringLiteral("unreachable_flows"), 0}}},
        {QStringLiteral("layout"),
         QJsonObject{{QStringLiteral("overlaps"), overlaps},
                     {QStringLiteral("clearance_violations"), 0},
                     {QStringLiteral("outside"), 0},
                     {QStringLiteral("narrow_aisles"), 0}}},
    };
}

const ComparisonRow &row(const Comparison &comparison, const QString &key)
{
    for (const auto &r : comparison.rows) {
        if (r.key == key)
            return r;
    }
    qFatal("no row %s", qPrintable(key));
}

} // namespace

class TestComparison : public QObject
{
    Q_OBJECT

private slots:
    void twoVariantsByHand()
    {
        const std::vector<QJsonObject> objects{kpis(5, 0.8, 100, 1), kpis(4, 0.9, 150, 0)};
        const std::vector<CostFigure> costs{{QStringLiteral("a"), QStringLiteral("Investment"), 0},
                                            {QStringLiteral("b"), QStringLiteral("Investment"), 85000}};
        const std::map<QString, double> weights{{QStringLiteral("line.stations"), 1.0},
                                                {QStringLiteral("line.line_efficiency"), 2.0},
                                                {QStringLiteral("flow.transport_cost"), 1.0}};
        const Comparison c = compareVariants({QStringLiteral("A"), QStringLiteral("B")}, objects, costs,
                                             {QStringLiteral("a"), QStringLiteral("b")}, weights, 0);

        const ComparisonRow &stations = row(c, QStringLiteral("line.stations"));
        QCOMPARE(stations.best, std::vector<int>{1});
        QCOMPARE(*stations.delta[1], -1.0);
        QCOMPARE(*stations.deltaPercent[1], -20.0);
        QCOMPARE(*stations.delta[0], 0.0);

        const ComparisonRow &efficiency = row(c, QStringLiteral("line.line_efficiency"));
        QCOMPARE(efficiency.best, std::vector<int>{1});
        QVERIFY(qFuzzyCompare(*efficiency.deltaPercent[1], 12.5));

        const ComparisonRow &cost = row(c, QStringLiteral("flow.transport_cost"));
        QCOMPARE(cost.best, std::vector<int>{0});
        QCOMPARE(*cost.delta[1], 50.0);
        QCOMPARE(*cost.deltaPercent[1], 50.0);

        const ComparisonRow &takt = row(c, QStringLiteral("takt_time_s"));
        QVERIFY(takt.best.empty()); // takt follows demand: no "better"

        const ComparisonRow &findings = row(c, QStringLiteral("layout.findings"));
        QCOMPARE(*findings.values[0], 1.0);
        QCOMPARE(findings.best, std::vector<int>{1});
        QCOMPARE(*findings.deltaPercent[1], -100.0);

        const ComparisonRow &investment = row(c, QStringLiteral("cost.Investment"));
        QCOMPARE(investment.best, std::vector<int>{0});
        QCOMPARE(*investment.delta[1], 85000.0);
        QVERIFY(!investment.deltaPercent[1].has_value()); // baseline 0: no per cent

        // Missing KPIs (no energy figures here) stay empty and are never "best".
        const ComparisonRow &energy = row(c, QStringLiteral("energy.kwh_per_unit"));
        QVERIFY(!energy.values[0] && !energy.values[1]);
        QVERIFY(energy.best.empty());

        // Scores: stations A 0 B 1 (w1), efficiency A 0 B 1 (w2), cost A 1 B 0 (w1).
        QCOMPARE(c.ranking.size(), std::size_t(2));
        QCOMPARE(c.ranking[0].variantName, QStringLiteral("B"));
        QCOMPARE(c.ranking[0].score, 0.75);
        QCOMPARE(c.ranking[0].rank, 1);
        QCOMPARE(c.ranking[1].score, 0.25);
        QCOMPARE(c.ranking[1].rank, 2);
    }

    void baselineAndTies()
    {
        const std::vector<QJsonObject> objects{kpis(4, 0.9, 100, 0), kpis(4, 0.8, 100, 0), kpis(5, 0.7, 90, 0)};
        const Comparison c = compareVariants({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}, objects,
                                             {}, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, {}, 2);
        QCOMPARE(c.baseline, 2);
        const ComparisonRow &stations = row(c, QStringLiteral("line.stations"));
        QCOMPARE(stations.best, (std::vector<int>{0, 1}));
        QCOMPARE(*stations.delta[0], -1.0);
        QCOMPARE(*stations.deltaPercent[0], -20.0);
        // No weights: equal weights over the KPIs every variant has and that have a direction
        // (stations, efficiency, transport cost, findings). Normalised by hand:
        // A (1 + 1 + 0 + 1) / 4, B (1 + 0.5 + 0 + 1) / 4, C (0 + 0 + 1 + 1) / 4.
        QVERIFY(c.defaultWeights);
        QCOMPARE(c.weightsUsed.size(), std::size_t(4));
        QVERIFY(!c.weightsUsed.count(QStringLiteral("takt_time_s")));
        QVERIFY(!c.weightsUsed.count(QStringLiteral("line.cycle_time_s")));
        QCOMPARE(c.ranking[0].variantName, QStringLiteral("A"));
        QCOMPARE(c.ranking[0].score, 0.75);
        QCOMPARE(c.ranking[1].score, 0.625);
        QCOMPARE(c.ranking[2].variantName, QStringLiteral("C"));
        QCOMPARE(c.ranking[2].score, 0.5);
        QCOMPARE(c.ranking[2].rank, 3);

        const QJsonObject json = comparisonToJson(c);
        QCOMPARE(json.value(QStringLiteral("baseline")).toString(), QStringLiteral("C"));
        QCOMPARE(json.value(QStringLiteral("variants")).toArray().size(), 3);
        const QJsonObject first = json.value(QStringLiteral("rows")).toArray().at(1).toObject();
        QCOMPARE(first.value(QStringLiteral("kpi")).toString(), QStringLiteral("line.stations"));
        QCOMPARE(first.value(QStringLiteral("best")).toArray().size(), 2);
        QCOMPARE(first.value(QStringLiteral("values")).toArray().at(2).toDouble(), 5.0);
        QCOMPARE(json.value(QStringLiteral("default_weights")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("weights_used")).toObject().value(QStringLiteral("line.stations")).toDouble(), 1.0);
        QVERIFY(json.value(QStringLiteral("weights")).toObject().isEmpty());
        // Without simulations the comparison has neither simulation rows nor the array.
        QVERIFY(!json.contains(QStringLiteral("simulation")));
    }

    void projectWeightsAreNotReplacedByDefaults()
    {
        const std::vector<QJsonObject> objects{kpis(4, 0.9, 100, 0), kpis(5, 0.7, 90, 0)};
        const Comparison c = compareVariants({QStringLiteral("A"), QStringLiteral("B")}, objects, {},
                                             {QStringLiteral("a"), QStringLiteral("b")},
                                             {{QStringLiteral("flow.transport_cost"), 3.0}}, 0);
        QVERIFY(!c.defaultWeights);
        QCOMPARE(c.weightsUsed.size(), std::size_t(1));
        QCOMPARE(c.ranking[0].variantName, QStringLiteral("B"));
        QCOMPARE(c.ranking[0].score, 1.0);
        QCOMPARE(c.ranking[1].score, 0.0);
    }

    void simulatedFiguresFreshStaleAndMissing()
    {
        Project project = makeSampleProject();
        QVERIFY(project.variants.size() >= 3);
        for (int v = 0; v < 3; ++v)
            QVERIFY(!project.variants[std::size_t(v)].lines.empty());
        // Today's fingerprint of a line, as the simulation library would compute it.
        const SimulationFingerprintFn fingerprint = [](const Project &, const Variant &variant,
                                                       const ProductionLine &line) {
            return variant.id + QLatin1Char('/') + line.id + QLatin1Char('/') + QString::number(line.tasks.size());
        };
        auto summary = [](double throughput, double low, double high, double leadS, double wip) {
            SimulationSummary s;
            s.replications = 10;
            s.simulatedS = 8 * 3600.0;
            s.parameters.run.seed = 7;
            s.parameters.run.warmupS = 1800;
            s.parameters.source.kind = SourceSpec::Kind::AtTakt;
            s.throughputPerHourMean = throughput;
            s.throughputPerHourLow = low;
            s.throughputPerHourHigh = high;
            s.leadTimeMeanS = leadS;
            s.leadTimeP95S = leadS * 1.5;
            s.wipMean = wip;
            s.bottleneck = QStringLiteral("S2");
            return s;
        };
        Variant &fresh = project.variants[0];
        fresh.lines[0].lastSimulation = summary(50, 48, 52, 300, 4.2);
        fresh.lines[0].lastSimulation->inputFingerprint = fingerprint(project, fresh, fresh.lines[0]);
        Variant &stale = project.variants[1];
        stale.lines[0].lastSimulation = summary(55, 54, 56, 280, 4.4);
        stale.lines[0].lastSimulation->inputFingerprint = fingerprint(project, stale, stale.lines[0]);
        // An edit after the run: a task more, so today's fingerprint differs.
        stale.lines[0].tasks.push_back(stale.lines[0].tasks.front());
        stale.lines[0].tasks.back().id = QStringLiteral("added-after-the-run");
        project.variants[2].lines[0].lastSimulation.reset();

        std::vector<VariantSimulation> simulations;
        for (int v = 0; v < 3; ++v)
            simulations.push_back(variantSimulation(project, project.variants[std::size_t(v)], fingerprint));
        QCOMPARE(simulations[0].status, VariantSimulation::Status::Current);
        QCOMPARE(simulations[0].lineId, project.variants[0].lines[0].id);
        QCOMPARE(simulations[1].status, VariantSimulation::Status::Stale);
        QCOMPARE(simulations[2].status, VariantSimulation::Status::NotSimulated);
        QVERIFY(!simulations[2].summary);

        const std::vector<QJsonObject> objects{kpis(4, 0.9, 100, 0), kpis(4, 0.8, 100, 0), kpis(5, 0.7, 90, 0)};
        const Comparison c = compareVariants({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}, objects,
                                             {}, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, {}, 0,
                                             simulations);
        const ComparisonRow &throughput = row(c, QStringLiteral("simulation.throughput_per_hour"));
        QCOMPARE(throughput.values[0], std::optional<double>(50.0));
        QCOMPARE(throughput.values[1], std::optional<double>(55.0));
        QVERIFY(!throughput.values[2]);
        QCOMPARE(throughput.best, std::vector<int>{1});
        QCOMPARE(*throughput.deltaPercent[1], 10.0);
        QCOMPARE(row(c, QStringLiteral("simulation.lead_time_s")).best, std::vector<int>{1});
        QCOMPARE(row(c, QStringLiteral("simulation.wip")).best, std::vector<int>{0});
        // C has no simulated figures: they cannot count in the equal default weights.
        QVERIFY(c.defaultWeights);
        QVERIFY(!c.weightsUsed.count(QStringLiteral("simulation.throughput_per_hour")));

        const QJsonObject json = comparisonToJson(c);
        const QJsonArray sims = json.value(QStringLiteral("simulation")).toArray();
        QCOMPARE(sims.size(), 3);
        const QJsonObject a = sims.at(0).toObject();
        QCOMPARE(a.value(QStringLiteral("variant")).toString(), QStringLiteral("A"));
        QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("current"));
        QCOMPARE(a.value(QStringLiteral("stale")).toBool(), false);
        QCOMPARE(a.value(QStringLiteral("replications")).toInt(), 10);
        QCOMPARE(a.value(QStringLiteral("seed")).toInt(), 7);
        QCOMPARE(a.value(QStringLiteral("warmup_s")).toDouble(), 1800.0);
        QCOMPARE(a.value(QStringLiteral("source")).toString(), QStringLiteral("at_takt"));
        const QJsonObject interval = a.value(QStringLiteral("throughput_per_hour")).toObject();
        QCOMPARE(interval.value(QStringLiteral("low")).toDouble(), 48.0);
        QCOMPARE(interval.value(QStringLiteral("high")).toDouble(), 52.0);
        QCOMPARE(a.value(QStringLiteral("lead_time_s")).toObject().value(QStringLiteral("p95")).toDouble(), 450.0);
        QCOMPARE(a.value(QStringLiteral("bottleneck")).toString(), QStringLiteral("S2"));
        QCOMPARE(sims.at(1).toObject().value(QStringLiteral("stale")).toBool(), true);
        const QJsonObject none = sims.at(2).toObject();
        QCOMPARE(none.value(QStringLiteral("simulated")).toBool(), false);
        QCOMPARE(none.value(QStringLiteral("status")).toString(), QStringLiteral("not_simulated"));
        QVERIFY(!none.contains(QStringLiteral("throughput_per_hour")));
        // The rows keep their contract keys; a missing simulated value is null.
        bool found = false;
        for (const auto &r : json.value(QStringLiteral("rows")).toArray()) {
            const QJsonObject o = r.toObject();
            if (o.value(QStringLiteral("kpi")).toString() != QLatin1String("simulation.throughput_per_hour"))
                continue;
            found = true;
            QVERIFY(o.value(QStringLiteral("values")).toArray().at(2).isNull());
            QCOMPARE(o.value(QStringLiteral("unit")).toString(), QStringLiteral("units/h"));
        }
        QVERIFY(found);

        // The tooltip text names the parameters the result came from.
        const QString described = simulationRunDescription(*simulations[0].summary);
        QVERIFY2(described.contains(QLatin1String("10 replication")), qPrintable(described));
        QVERIFY2(described.contains(QLatin1String("8 h")), qPrintable(described));
        QVERIFY2(described.contains(QLatin1String("30 min")), qPrintable(described));
        QVERIFY2(described.contains(QLatin1String("seed 7")), qPrintable(described));
    }

    void layoutDifferenceOfTheSample()
    {
        const Project sample = makeSampleProject();
        // Current -> cell layout: 6 items were moved or reshaped (see sampleproject.cpp), none added.
        const LayoutDiff cell = diffLayouts(sample.variants[0], sample.variants[1]);
        QCOMPARE(cell.moved, (QStringList{QStringLiteral("R1"), QStringLiteral("R2"), QStringLiteral("CNC1"),
                                          QStringLiteral("CNC2"), QStringLiteral("WASH"), QStringLiteral("PACK")}));
        QVERIFY(cell.added.isEmpty());
        QVERIFY(cell.removed.isEmpty());
        QCOMPARE(cell.unchanged, 17 - 6);
        // Cell -> automated: the robot cell is larger (moved), the conveyor is new.
        const LayoutDiff automated = diffLayouts(sample.variants[1], sample.variants[2]);
        QCOMPARE(automated.moved, QStringList{QStringLiteral("WS3")});
        QCOMPARE(automated.added, QStringList{QStringLiteral("CONV1")});
        // And backwards the conveyor is removed.
        QCOMPARE(diffLayouts(sample.variants[2], sample.variants[1]).removed, QStringList{QStringLiteral("CONV1")});
        // A full turn is no change.
        Variant turned = sample.variants[0];
        turned.items[4].rotationDeg += 360;
        QCOMPARE(diffLayouts(sample.variants[0], turned).moved.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
