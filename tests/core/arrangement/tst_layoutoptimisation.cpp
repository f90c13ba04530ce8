// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/arrangement/arrangementmodel.h"
#include "core/arrangement/arrangementsolver.h"
#include "core/arrangement/layoutimprovement.h"
#include "core/layout/geometrychecker.h"
#include "core/model/sampleproject.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace taktflow::core;

namespace {

LayoutItem box(const char *id, double x, double y, double w = 2, double d = 2, ItemType type = ItemType::Machine)
{
    LayoutItem item;
    item.id = QString::fromLatin1(id);
    item.type = type;
    item.xM = x;
    item.yM = y;
    item.widthM = w;
    item.depthM = d;
    return item;
}

MaterialFlow flow(const char *from, const char *to, double units)
{
    MaterialFlow f;
    f.fromItem = QString::fromLatin1(from);
    f.toItem = QString::fromLatin1(to);
    f.unitsPerPeriod = units;
    return f;
}

// A fixed source at the left, a wall in the middle, B far right: B should come left.
Project twoItems(bool bFixed)
{
    Project p;
    Variant v;
    v.id = QStringLiteral("V");
    v.name = QStringLiteral("Start");
    v.floorWidthM = 40;
    v.floorDepthM = 20;
    LayoutItem a = box("A", 5, 10);
    a.fixed = true;
    LayoutItem b = box("B", 35, 10);
    b.fixed = bFixed;
    v.items = {a, b, box("WALL", 20, 10, 1, 12, ItemType::Wall), box("C", 30, 4)};
    v.flows = {flow("A", "B", 100), flow("B", "C", 10)};
    p.variants = {v};
    return p;
}

/*
 * Three movable items M1..M3 on a line of slots at x = 0, 10, 20 (y = 0) and a fixed item F at
 * (0, 10). Flows: M1 -> M2 5, M2 -> M3 3, M3 -> M1 2, M1 -> F 2, F -> M3 4. Rectilinear.
 */
Variant arrangementCase()
{
    Variant v;
    v.id = QStringLiteral("V");
    v.name = QStringLiteral("Cells");
    v.floorWidthM = 40;
    v.floorDepthM = 20;
    LayoutItem f = box("F", 0, 10);
    f.fixed = true;
    v.items = {box("M1", 0, 0), box("M2", 10, 0), box("M3", 20, 0), f};
    v.flows = {flow("M1", "M2", 5), flow("M2", "M3", 3), flow("M3", "M1", 2), flow("M1", "F", 2), flow("F", "M3", 4)};
    return v;
}

const QStringList kMovable{QStringLiteral("M1"), QStringLiteral("M2"), QStringLiteral("M3")};

} // namespace

class TestLayoutOptimisation : public QObject
{
    Q_OBJECT

private slots:
    void improvementShortensFlowsWithoutOverlaps()
    {
        const Project p = twoItems(false);
        const Variant &start = p.variants.front();
        const ImprovementResult r = improveLayout(p, start);
        // Start: A -> B 100 x 30 m, B -> C 10 x (5 + 6) m.
        QCOMPARE(r.startFlowDistance, 3110.0);
        QVERIFY(r.endFlowDistance < r.startFlowDistance);
        QVERIFY(r.moves > 0);
        QVERIFY(r.movedItemIds.contains(QStringLiteral("B")));
        QCOMPARE(r.variant.name, QStringLiteral("Start (improved)"));
        QCOMPARE(r.variant.items[0], start.items[0]); // fixed A stays
        QCOMPARE(r.variant.items[2], start.items[2]); // walls never move
        const GeometrySummary s = [&] {
            GeometrySummary summary;
            checkGeometry(r.variant, &summary);
            return summary;
        }();
        QCOMPARE(s.overlaps, 0);
        QCOMPARE(s.outside, 0);
        // The wall (x 19.5..20.5, y 4..16) stays between A and B's best spot... unless B went around.
        const LayoutItem &b = r.variant.items[1];
        QVERIFY(b.xM < 35.0);
    }

    void improvementNeverMovesFixedItems()
    {
        const Project p = twoItems(true);
        const ImprovementResult r = improveLayout(p, p.variants.front());
        QCOMPARE(r.variant.items[0], p.variants.front().items[0]);
        QCOMPARE(r.variant.items[1], p.variants.front().items[1]);
        // Only C may move (towards B); whatever it does, never worse than the start.
        QVERIFY(r.endFlowDistance <= r.startFlowDistance);
        QVERIFY(!r.movedItemIds.contains(QStringLiteral("A")) && !r.movedItemIds.contains(QStringLiteral("B")));
    }

    void improvementNeverWorseOnSample()
    {
        const Project p = makeSampleProject();
        for (const Variant &v : p.variants) {
            ImprovementOptions options;
            options.maxRounds = 3;
            const ImprovementResult r = improveLayout(p, v, options);
            QVERIFY(r.endFlowDistance <= r.startFlowDistance);
            GeometrySummary before, after;
            checkGeometry(v, &before);
            checkGeometry(r.variant, &after);
            QVERIFY(after.overlaps <= before.overlaps);
            QVERIFY(after.clearanceViolations <= before.clearanceViolations);
            for (std::size_t i = 0; i < v.items.size(); ++i) {
                if (v.items[i].fixed || !isSolid(v.items[i].type))
                    QCOMPARE(r.variant.items[i], v.items[i]);
            }
        }
    }

    void arrangementMatrices()
    {
        const Variant v = arrangementCase();
        const ArrangementModel m = buildArrangementModel(v, kMovable, {}, DistanceMetric::Rectilinear);
        QVERIFY2(m.error.isEmpty(), qPrintable(m.error));
        QCOMPARE(m.n, 3);
        QCOMPARE(m.flow[0 * 3 + 1], 5.0);
        QCOMPARE(m.flow[1 * 3 + 2], 3.0);
        QCOMPARE(m.flow[2 * 3 + 0], 2.0);
        QCOMPARE(m.flow[1 * 3 + 0], 0.0);
        QCOMPARE(m.distanceM[0 * 3 + 2], 20.0);
        QCOMPARE(m.distanceM[2 * 3 + 1], 10.0);
        QCOMPARE(m.fixedIds, QStringList{QStringLiteral("F")});
        // Slot k to F at (0, 10): 10, 20, 30 m. M1 sends 2, M3 receives 4.
        QCOMPARE(m.linearCost[0 * 3 + 0], 20.0);
        QCOMPARE(m.linearCost[0 * 3 + 2], 60.0);
        QCOMPARE(m.linearCost[1 * 3 + 1], 0.0);
        QCOMPARE(m.linearCost[2 * 3 + 2], 120.0);
        QCOMPARE(m.startPermutation, (std::vector<int>{0, 1, 2}));
        // Start: 5 x 10 + 3 x 10 + 2 x 20 + 2 x 10 + 4 x 30 = 260.
        QCOMPARE(arrangementCost(m, m.startPermutation), 260.0);
        // M3 and M1 swapped: 5 x 10 + 3 x 10 + 2 x 20 + 2 x 30 + 4 x 10 = 220.
        QCOMPARE(arrangementCost(m, {2, 1, 0}), 220.0);
        // M1 on slot 1, M2 on 2, M3 on 0: 5 x 10 + 3 x 20 + 2 x 10 + 2 x 20 + 4 x 10 = 210.
        QCOMPARE(arrangementCost(m, {1, 2, 0}), 210.0);
    }

    void arrangementAsPureQap()
    {
        const ArrangementModel m = buildArrangementModel(arrangementCase(), kMovable, {}, DistanceMetric::Rectilinear);
        const ArrangementQap q = toQapProblem(m);
        QCOMPARE(q.problem.n, 4); // three items plus F pinned to its own slot
        QCOMPARE(q.fixedItems, std::vector<int>{3});
        QCOMPARE(q.startPermutation, (std::vector<int>{0, 1, 2, 3}));
        for (const std::vector<int> &perm :
             {std::vector<int>{0, 1, 2, 3}, std::vector<int>{2, 1, 0, 3}, std::vector<int>{1, 0, 2, 3}}) {
            std::int64_t cost = 0;
            for (int i = 0; i < q.problem.n; ++i) {
                for (int j = 0; j < q.problem.n; ++j)
                    cost += q.problem.flowAt(i, j) * q.problem.distanceAt(perm[std::size_t(i)], perm[std::size_t(j)]);
            }
            const std::vector<int> items(perm.begin(), perm.begin() + 3);
            QCOMPARE(double(cost) / q.costScale, arrangementCost(m, items));
        }
    }

    void arrangementOnUserSlotsAndApply()
    {
        const Variant v = arrangementCase();
        // Four grid slots for three items: the fourth stays free (a dummy takes it).
        const std::vector<ArrangementSlot> grid{
            {{0, 1}, std::nullopt}, {{20, 1}, 90.0}, {{10, 1}, std::nullopt}, {{30, 1}, std::nullopt}};
        const ArrangementModel m = buildArrangementModel(v, kMovable, grid, DistanceMetric::Rectilinear);
        QVERIFY(m.error.isEmpty());
        QCOMPARE(m.n, 4);
        QCOMPARE(m.startPermutation, (std::vector<int>{0, 2, 1, 3})); // nearest slots, dummy last
        const Variant out = applyArrangement(v, m, {1, 0, 2, 3});
        QCOMPARE(out.name, QStringLiteral("Cells (optimised)"));
        QCOMPARE(out.id, QStringLiteral("V-optimised"));
        QCOMPARE(out.items[0].xM, 20.0); // M1 on slot 1, turned as the slot says
        QCOMPARE(out.items[0].rotationDeg, 90.0);
        QCOMPARE(out.items[1].xM, 0.0);
        QCOMPARE(out.items[2].xM, 10.0);
        QCOMPARE(out.items[3], v.items[3]); // F untouched
        QCOMPARE(v.items[0].xM, 0.0);       // the input is not changed

        QVERIFY(!buildArrangementModel(v, {QStringLiteral("F")}).error.isEmpty()); // fixed
        QVERIFY(!buildArrangementModel(v, {QStringLiteral("X")}).error.isEmpty()); // unknown
        QVERIFY(!buildArrangementModel(v, kMovable, {grid[0]}).error.isEmpty());   // too few slots
    }

    void suggestionIsTheBestPermutation()
    {
        const Variant v = arrangementCase();
        const ArrangementModel m = buildArrangementModel(v, kMovable, {}, DistanceMetric::Rectilinear);
        // All six arrangements (by hand: 260, 250, 290, 210, 290, 220): {1, 2, 0} is the only best.
        std::vector<int> perm{0, 1, 2};
        std::vector<double> costs{arrangementCost(m, perm)};
        while (std::next_permutation(perm.begin(), perm.end()))
            costs.push_back(arrangementCost(m, perm));
        QCOMPARE(costs, (std::vector<double>{260, 250, 290, 210, 290, 220}));

        QapOptions options;
        options.timeLimitS = 5;
        options.seed = 3;
        const ArrangementSuggestion s = suggestArrangement(v, kMovable, {}, options, DistanceMetric::Rectilinear);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(s.startCost, 260.0);
        QCOMPARE(s.cost, 210.0);
        QCOMPARE(s.permutation, (std::vector<int>{1, 2, 0}));
        QCOMPARE(s.variant.name, QStringLiteral("Cells (optimised)"));
        QCOMPARE(s.variant.findItem(QStringLiteral("M1"))->xM, 10.0);
        QCOMPARE(s.variant.findItem(QStringLiteral("M2"))->xM, 20.0);
        QCOMPARE(s.variant.findItem(QStringLiteral("M3"))->xM, 0.0);
        QCOMPARE(*s.variant.findItem(QStringLiteral("F")), *v.findItem(QStringLiteral("F")));

        QVERIFY(!suggestArrangement(v, {QStringLiteral("F")}).error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLayoutOptimisation)
#include "tst_layoutoptimisation.moc"
