// SPDX-License-Identifier: GPL-3.0-or-later
// Times the full layout analysis and one-item updates on a generated plant of 2,000 items,
// 300 aisle segments and 10,000 flow legs (figures in docs/benchmarks/layout-analysis.md).
#include "core/arrangement/layoutimprovement.h"
#include "core/flow/layoutanalysis.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <random>

using namespace taktflow::core;

namespace {

constexpr int kBlocksX = 12;
constexpr int kBlocksY = 12;
constexpr double kPitchXM = 30.0;
constexpr double kPitchYM = 20.0;
constexpr double kAisleWidthM = 4.0;
constexpr int kItems = 2000;
constexpr int kAisles = 300;
constexpr int kDirectFlows = 9000;
constexpr int kProducts = 250; // five-step routings: 4 legs each, 1,000 legs

LayoutItem aisleItem(int n, double x, double y, double w, double d)
{
    LayoutItem a;
    a.id = QStringLiteral("A%1").arg(n);
    a.type = ItemType::Aisle;
    a.xM = x;
    a.yM = y;
    a.widthM = w;
    a.depthM = d;
    return a;
}

// A grid of blocks between aisles; items in 5 x 3 bays per block; random flows.
Project generatePlant(std::uint32_t seed)
{
    std::mt19937 random(seed);
    auto uniform = [&random](double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(random); };
    Project p;
    p.settings.runningHoursPerPeriod = 16;
    const char *ids[] = {"FL", "AGV", "TUG"};
    for (int m = 0; m < 3; ++m) {
        TransportMeans means;
        means.id = QString::fromLatin1(ids[m]);
        means.kind = m == 1 ? TransportKind::Agv : (m == 2 ? TransportKind::Tugger : TransportKind::Forklift);
        means.automated = m == 1;
        means.unitsPerTrip = 10.0 * (m + 1);
        means.energyKwhPerKm = 0.5;
        p.transports.push_back(means);
    }
    Variant v;
    v.id = QStringLiteral("BENCH");
    v.name = QStringLiteral("Generated plant");
    v.floorWidthM = kBlocksX * kPitchXM + kAisleWidthM;
    v.floorDepthM = kBlocksY * kPitchYM + kAisleWidthM;
    v.defaultTransportId = QStringLiteral("FL");
    v.distanceMetric = DistanceMetric::Aisle;
    const double h = kAisleWidthM / 2.0;

    for (int b = 0; b < kBlocksX * kBlocksY * 15 && int(v.items.size()) < kItems; ++b) {
        const int block = b / 15, bay = b % 15;
        const int bx = block % kBlocksX, by = block / kBlocksX;
        LayoutItem item;
        item.id = QStringLiteral("I%1").arg(v.items.size());
        item.type = bay % 4 == 0 ? ItemType::Machine : (bay % 4 == 1 ? ItemType::Rack : ItemType::Workstation);
        item.xM = bx * kPitchXM + kAisleWidthM + 2.6 + (bay % 5) * 5.2;
        item.yM = by * kPitchYM + kAisleWidthM + 2.67 + (bay / 5) * 5.33;
        // Up to 4.8 m in 5.2 m bays: a few neighbours collide or crowd each other, as in real data.
        item.widthM = uniform(2.5, 4.8);
        item.depthM = uniform(2.5, 4.8);
        const double r = uniform(0.0, 1.0);
        item.rotationDeg = r < 0.1 ? 30.0 : (r < 0.4 ? 90.0 : 0.0);
        item.clearanceM = uniform(0.0, 1.0) < 0.2 ? 0.5 : 0.0;
        item.powerKw = uniform(0.0, 15.0);
        item.automationLevel = bay % 4 == 0 ? 1.0 : 0.0;
        v.items.push_back(item);
    }
    int n = 0;
    for (int j = 0; j <= kBlocksY; ++j) {
        for (int i = 0; i < kBlocksX && n < kAisles; ++i, ++n) // horizontal segments, top row last
            v.items.push_back(aisleItem(n, h + i * kPitchXM + kPitchXM / 2, h + j * kPitchYM, kPitchXM, kAisleWidthM));
        if (j < kBlocksY) {
            for (int i = 0; i <= kBlocksX && n < kAisles; ++i, ++n)
                v.items.push_back(
                    aisleItem(n, h + i * kPitchXM, h + j * kPitchYM + kPitchYM / 2, kAisleWidthM, kPitchYM));
        }
    }

    std::uniform_int_distribution<int> pick(0, kItems - 1);
    for (int f = 0; f < kDirectFlows; ++f) {
        MaterialFlow flow;
        flow.fromItem = QStringLiteral("I%1").arg(pick(random));
        do {
            flow.toItem = QStringLiteral("I%1").arg(pick(random));
        } while (flow.toItem == flow.fromItem);
        flow.unitsPerPeriod = std::round(uniform(1.0, 500.0));
        flow.transportId = QString::fromLatin1(ids[f % 3]);
        v.flows.push_back(flow);
    }
    for (int k = 0; k < kProducts; ++k) {
        Product product;
        product.id = QStringLiteral("P%1").arg(k);
        product.unitsPerPeriod = std::round(uniform(10.0, 800.0));
        for (int s = 0; s < 5; ++s)
            product.routing << QStringLiteral("I%1").arg(pick(random));
        v.products.push_back(product);
    }
    ProductionLine line;
    line.id = QStringLiteral("L1");
    line.demandPerPeriod = 500;
    line.availableTimePerPeriodS = 57600;
    for (int t = 0; t < 100; ++t) {
        Task task;
        task.id = QStringLiteral("T%1").arg(t);
        task.timeS = uniform(5.0, 60.0);
        task.automated = t % 3 == 0;
        if (t > 0)
            task.predecessors << QStringLiteral("T%1").arg(t - 1);
        line.tasks.push_back(task);
        if (t % 5 == 0)
            line.stations.emplace_back();
        line.stations.back().taskIds << task.id;
    }
    v.lines.push_back(line);
    p.variants.push_back(v);
    return p;
}

double msSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

double percentile(std::vector<double> values, double q)
{
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, std::size_t(q * double(values.size())))];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Project project = generatePlant(42);
    const Variant &variant = project.variants.front();

    for (DistanceMetric metric : {DistanceMetric::Aisle, DistanceMetric::Rectilinear}) {
        KpiOptions options;
        options.metric = metric;
        std::vector<double> full;
        VariantKpis kpis;
        std::size_t findings = 0;
        for (int run = 0; run < 7; ++run) {
            const auto start = std::chrono::steady_clock::now();
            const LayoutAnalysis analysis(project, variant, options);
            kpis = analysis.kpis();
            findings = analysis.findings().size();
            full.push_back(msSince(start));
        }
        std::printf("metric %s: %zu items, %zu flow legs, %d aisle nodes, %d aisle edges\n",
                    qPrintable(distanceMetricName(metric)), variant.items.size(),
                    LayoutAnalysis(project, variant, options).flow().legs().size(),
                    LayoutAnalysis(project, variant, options).flow().aisleNetwork().nodeCount(),
                    LayoutAnalysis(project, variant, options).flow().aisleNetwork().edgeCount());
        std::printf("  findings %zu (overlaps %d, clearance %d, narrow aisles %d, unreachable flows %d)\n", findings,
                    kpis.layout.overlaps, kpis.layout.clearanceViolations, kpis.layout.narrowAisles,
                    kpis.flow.unreachableLegs);
        std::printf("  full analysis: median %.1f ms, min %.1f ms, max %.1f ms (7 runs)\n", percentile(full, 0.5),
                    *std::min_element(full.begin(), full.end()), *std::max_element(full.begin(), full.end()));

        LayoutAnalysis live(project, variant, options);
        std::mt19937 random(7);
        std::uniform_int_distribution<int> pick(0, kItems - 1);
        std::uniform_real_distribution<double> shift(-3.0, 3.0);
        std::vector<double> moves;
        double checksum = 0.0;
        for (int m = 0; m < 500; ++m) {
            LayoutItem item = live.variant().items[std::size_t(pick(random))];
            item.xM += shift(random);
            item.yM += shift(random);
            const auto start = std::chrono::steady_clock::now();
            live.itemMoved(item);
            const VariantKpis k = live.kpis();
            moves.push_back(msSince(start));
            checksum += k.flow.flowDistance;
        }
        std::printf("  move one item + KPIs: median %.3f ms, p95 %.3f ms, max %.3f ms (500 moves; checksum %.0f)\n",
                    percentile(moves, 0.5), percentile(moves, 0.95), *std::max_element(moves.begin(), moves.end()),
                    checksum);
        // The incremental state must equal a fresh analysis of the moved plant.
        const VariantKpis incremental = live.kpis();
        const VariantKpis fresh = LayoutAnalysis(project, live.variant(), options).kpis();
        const bool same =
            incremental.layout.overlaps == fresh.layout.overlaps &&
            incremental.layout.clearanceViolations == fresh.layout.clearanceViolations &&
            incremental.layout.narrowAisles == fresh.layout.narrowAisles &&
            std::abs(incremental.flow.flowDistance - fresh.flow.flowDistance) < 1e-6 * fresh.flow.flowDistance &&
            std::abs(incremental.layout.utilization - fresh.layout.utilization) < 1e-9;
        std::printf("  after the moves: %d overlaps, %d clearance violations, %d narrow aisles; "
                    "incremental == fresh: %s\n",
                    fresh.layout.overlaps, fresh.layout.clearanceViolations, fresh.layout.narrowAisles,
                    same ? "yes" : "NO");
        if (!same)
            return 1;
    }
    // Not a target, for information: one improvement pass over all 2,000 items.
    ImprovementOptions improvement;
    improvement.metric = DistanceMetric::Rectilinear;
    improvement.maxRounds = 1;
    const auto start = std::chrono::steady_clock::now();
    const ImprovementResult improved = improveLayout(project, variant, improvement);
    std::printf("improvement, one round (rectilinear): %.0f ms, %d moves, flow distance %.0f -> %.0f\n", msSince(start),
                improved.moves, improved.startFlowDistance, improved.endFlowDistance);
    return 0;
}
