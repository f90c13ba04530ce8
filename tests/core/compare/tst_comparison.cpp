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
        // No weights: every variant scores 0 and they share rank 1.
        QCOMPARE(c.ranking[2].rank, 1);

        const QJsonObject json = comparisonToJson(c);
        QCOMPARE(json.value(QStringLiteral("baseline")).toString(), QStringLiteral("C"));
        QCOMPARE(json.value(QStringLiteral("variants")).toArray().size(), 3);
        const QJsonObject first = json.value(QStringLiteral("rows")).toArray().at(1).toObject();
        QCOMPARE(first.value(QStringLiteral("kpi")).toString(), QStringLiteral("line.stations"));
        QCOMPARE(first.value(QStringLiteral("best")).toArray().size(), 2);
        QCOMPARE(first.value(QStringLiteral("values")).toArray().at(2).toDouble(), 5.0);
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
