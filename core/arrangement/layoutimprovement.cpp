// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/arrangement/layoutimprovement.h"

#include "core/flow/flowanalysis.h"
#include "core/layout/footprint.h"
#include "core/layout/geometrychecker.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace taktflow::core {

namespace {

struct Score {
    int unreachable = 0;
    double flowDistance = 0.0;
    bool betterThan(const Score &other) const
    {
        if (unreachable != other.unreachable)
            return unreachable < other.unreachable;
        // Relative margin: round-off must not count as progress or the pass could cycle.
        return flowDistance < other.flowDistance - 1e-9 * std::max(1.0, other.flowDistance);
    }
};

Score scoreOf(const FlowAnalysis &flow)
{
    return {flow.totals().unreachableLegs, flow.totals().flowDistance};
}

// The score after item `index` moved, from its own legs only (the rest did not change).
Score movedScore(const Score &current, const Score &itemBefore, const FlowAnalysis &flow, int index)
{
    Score itemAfter;
    itemAfter.flowDistance = flow.itemFlowDistance(index, &itemAfter.unreachable);
    return {current.unreachable - itemBefore.unreachable + itemAfter.unreachable,
            current.flowDistance - itemBefore.flowDistance + itemAfter.flowDistance};
}

bool isMovable(const LayoutItem &item)
{
    if (item.fixed || !isSolid(item.type) || isBuildingOutline(item))
        return false;
    return item.type != ItemType::Wall && item.type != ItemType::Column;
}

double weightedMedian(std::vector<std::pair<double, double>> values)
{
    std::sort(values.begin(), values.end());
    double total = 0.0;
    for (const auto &v : values)
        total += v.second;
    double running = 0.0;
    for (const auto &v : values) {
        running += v.second;
        if (running >= total / 2.0)
            return v.first;
    }
    return values.empty() ? 0.0 : values.back().first;
}

// Points the item would like to stand on: its partners' weighted median and centroid.
std::vector<PointM> targetsFor(const FlowAnalysis &flow, const std::vector<LayoutItem> &items, int index)
{
    std::vector<std::pair<double, double>> xs, ys;
    double sx = 0.0, sy = 0.0, sw = 0.0;
    for (std::size_t l = 0; l < flow.legs().size(); ++l) {
        const FlowLeg &leg = flow.legs()[l];
        int other = -1;
        if (leg.fromIndex == index)
            other = leg.toIndex;
        else if (leg.toIndex == index)
            other = leg.fromIndex;
        if (other < 0)
            continue;
        const LayoutItem &o = items[std::size_t(other)];
        xs.emplace_back(o.xM, leg.unitsPerPeriod);
        ys.emplace_back(o.yM, leg.unitsPerPeriod);
        sx += o.xM * leg.unitsPerPeriod;
        sy += o.yM * leg.unitsPerPeriod;
        sw += leg.unitsPerPeriod;
    }
    if (sw <= 0.0)
        return {};
    return {{weightedMedian(xs), weightedMedian(ys)}, {sx / sw, sy / sw}};
}

} // namespace

ImprovementResult improveLayout(const Project &project, const Variant &variant, const ImprovementOptions &options)
{
    ImprovementResult result;
    result.variant = variant;
    result.variant.id = variant.id + QStringLiteral("-improved");
    result.variant.name =
        QCoreApplication::translate("taktflow::core::LayoutImprovement", "%1 (improved)").arg(variant.name);
    std::vector<LayoutItem> &items = result.variant.items;

    FlowAnalysis flow(project, variant, options.metric.value_or(variant.distanceMetric));
    GeometryChecker geometry(variant);
    result.startFlowDistance = flow.totals().flowDistance;
    Score current = scoreOf(flow);

    // Items ordered by the flow distance they carry, heaviest first.
    std::vector<double> load(items.size(), 0.0);
    for (std::size_t l = 0; l < flow.legs().size(); ++l) {
        const double w = flow.legs()[l].unitsPerPeriod * flow.results()[l].distanceM;
        load[std::size_t(flow.legs()[l].fromIndex)] += w;
        load[std::size_t(flow.legs()[l].toIndex)] += w;
    }
    std::vector<int> order;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (isMovable(items[i]) && load[i] > 0.0)
            order.push_back(int(i));
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return load[std::size_t(a)] > load[std::size_t(b)]; });

    const double maxStep = std::max(variant.floorWidthM, variant.floorDepthM) / 4.0;
    for (int round = 0; round < options.maxRounds; ++round) {
        bool movedAny = false;
        for (int index : order) {
            if (options.stopToken.stop_requested())
                break;
            const LayoutItem start = items[std::size_t(index)];
            std::vector<PointM> candidates;
            for (const PointM &target : targetsFor(flow, items, index)) {
                for (double f : {1.0, 0.75, 0.5, 0.25, 0.125})
                    candidates.push_back(
                        {start.xM + f * (target.xM - start.xM), start.yM + f * (target.yM - start.yM)});
            }
            for (double step = maxStep; step >= options.minStepM; step /= 2.0) {
                for (const PointM d : {PointM{step, 0}, PointM{-step, 0}, PointM{0, step}, PointM{0, -step}})
                    candidates.push_back({start.xM + d.xM, start.yM + d.yM});
            }
            LayoutItem best = start;
            Score bestScore = current;
            Score itemBefore;
            itemBefore.flowDistance = flow.itemFlowDistance(index, &itemBefore.unreachable);
            for (const PointM &c : candidates) {
                LayoutItem moved = start;
                moved.xM = c.xM;
                moved.yM = c.yM;
                if (moved == start || !geometry.fitsFreely(index, moved))
                    continue;
                flow.itemMoved(index, moved);
                const Score s = movedScore(current, itemBefore, flow, index);
                if (s.betterThan(bestScore)) {
                    best = moved;
                    bestScore = s;
                }
            }
            flow.itemMoved(index, best);
            if (best == start)
                continue;
            geometry.itemMoved(index, best);
            items[std::size_t(index)] = best;
            // Re-sum from scratch so that round-off of the running score never accumulates.
            current = scoreOf(flow);
            movedAny = true;
            ++result.moves;
            if (!result.movedItemIds.contains(best.id))
                result.movedItemIds << best.id;
        }
        if (!movedAny || options.stopToken.stop_requested())
            break;
    }
    result.endFlowDistance = flow.totals().flowDistance;
    return result;
}

} // namespace taktflow::core
