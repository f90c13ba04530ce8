// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/arrangement/arrangementmodel.h"

#include "core/flow/aislenetwork.h"
#include "core/flow/distance.h"
#include "core/flow/flowlegs.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>

namespace taktflow::core {

namespace {

class ArrangementText
{
    Q_DECLARE_TR_FUNCTIONS(taktflow::core::ArrangementModel)
};

// Measures between floor points with one metric; aisle distances go through the network.
class PointMeter
{
public:
    PointMeter(const Variant &variant, DistanceMetric metric, double unreachableM)
        : mMetric(metric)
        , mUnreachableM(unreachableM)
    {
        if (metric == DistanceMetric::Aisle)
            mNetwork = AisleNetwork(variant.items);
    }
    double operator()(const PointM &a, const PointM &b) const
    {
        if (mMetric != DistanceMetric::Aisle)
            return pointDistanceM(a, b, mMetric);
        return mNetwork.distanceM(mNetwork.attach(a), mNetwork.attach(b)).value_or(mUnreachableM);
    }

private:
    DistanceMetric mMetric;
    double mUnreachableM;
    AisleNetwork mNetwork;
};

} // namespace

ArrangementModel buildArrangementModel(const Variant &variant, const QStringList &movableIds,
                                       const std::vector<ArrangementSlot> &places, std::optional<DistanceMetric> metric)
{
    ArrangementModel model;
    model.metric = metric.value_or(variant.distanceMetric);
    model.movableIds = movableIds;
    // Larger than any real path on the floor, so the solver keeps such pairs apart.
    model.unreachableDistanceM = 10.0 * (variant.floorWidthM + variant.floorDepthM);

    QHash<QString, int> itemIndex;
    for (std::size_t i = 0; i < variant.items.size(); ++i)
        itemIndex.insert(variant.items[i].id, int(i));
    QHash<int, int> movableOf; // variant item index -> matrix row
    for (qsizetype k = 0; k < movableIds.size(); ++k) {
        const int index = itemIndex.value(movableIds[k], -1);
        if (index < 0) {
            model.error = ArrangementText::tr("Item %1 does not exist.").arg(movableIds[k]);
            return model;
        }
        if (movableOf.contains(index)) {
            model.error = ArrangementText::tr("Item %1 is chosen twice.").arg(movableIds[k]);
            return model;
        }
        if (variant.items[std::size_t(index)].fixed) {
            model.error = ArrangementText::tr("Item %1 is fixed and cannot be moved.").arg(movableIds[k]);
            return model;
        }
        movableOf.insert(index, int(k));
    }
    const auto m = std::size_t(movableIds.size());
    if (places.empty()) {
        for (const auto &id : movableIds) {
            const LayoutItem &item = variant.items[std::size_t(itemIndex.value(id))];
            model.places.push_back({{item.xM, item.yM}, std::nullopt});
        }
    } else {
        model.places = places;
    }
    if (model.places.size() < m) {
        model.error = ArrangementText::tr("%1 items need at least as many slots, but there are %2.")
                          .arg(m)
                          .arg(model.places.size());
        return model;
    }
    const std::size_t n = model.places.size();
    model.n = int(n);
    const PointMeter meter(variant, model.metric, model.unreachableDistanceM);

    model.distanceM.assign(n * n, 0.0);
    for (std::size_t k = 0; k < n; ++k) {
        for (std::size_t l = 0; l < n; ++l) {
            if (k != l)
                model.distanceM[k * n + l] = meter(model.places[k].centreM, model.places[l].centreM);
        }
    }

    model.flow.assign(n * n, 0.0);
    QHash<int, int> fixedOf; // variant item index -> fixed partner number
    struct Outside {
        std::size_t row;
        int fixedIndex;
        double units;
        bool outgoing;
    };
    std::vector<Outside> outside;
    for (const FlowLeg &leg : collectFlows(variant).legs) {
        const int from = movableOf.value(leg.fromIndex, -1);
        const int to = movableOf.value(leg.toIndex, -1);
        if (from >= 0 && to >= 0) {
            model.flow[std::size_t(from) * n + std::size_t(to)] += leg.unitsPerPeriod;
            continue;
        }
        if (from < 0 && to < 0)
            continue;
        const int partner = from >= 0 ? leg.toIndex : leg.fromIndex;
        if (!fixedOf.contains(partner)) {
            fixedOf.insert(partner, int(model.fixedIds.size()));
            const LayoutItem &item = variant.items[std::size_t(partner)];
            model.fixedIds << item.id;
            model.fixedPointsM.push_back({item.xM, item.yM});
        }
        outside.push_back({std::size_t(from >= 0 ? from : to), fixedOf.value(partner), leg.unitsPerPeriod, from >= 0});
    }
    const auto f = std::size_t(model.fixedIds.size());
    model.fixedFlowOut.assign(m * f, 0.0);
    model.fixedFlowIn.assign(m * f, 0.0);
    for (const auto &o : outside)
        (o.outgoing ? model.fixedFlowOut : model.fixedFlowIn)[o.row * f + std::size_t(o.fixedIndex)] += o.units;

    model.linearCost.assign(n * n, 0.0);
    model.slotToFixedM.assign(n * f, 0.0);
    model.fixedToSlotM.assign(f * n, 0.0);
    for (std::size_t k = 0; k < n; ++k) {
        for (std::size_t p = 0; p < f; ++p) {
            const double toFixed = meter(model.places[k].centreM, model.fixedPointsM[p]);
            const double fromFixed = meter(model.fixedPointsM[p], model.places[k].centreM);
            model.slotToFixedM[k * f + p] = toFixed;
            model.fixedToSlotM[p * n + k] = fromFixed;
            for (std::size_t i = 0; i < m; ++i)
                model.linearCost[i * n + k] +=
                    model.fixedFlowOut[i * f + p] * toFixed + model.fixedFlowIn[i * f + p] * fromFixed;
        }
    }

    // Each item starts on the free slot nearest to where it stands; dummies take the rest.
    std::vector<bool> taken(n, false);
    model.startPermutation.assign(n, -1);
    for (std::size_t i = 0; i < m; ++i) {
        if (places.empty()) {
            model.startPermutation[i] = int(i);
            taken[i] = true;
            continue;
        }
        const LayoutItem &item = variant.items[std::size_t(itemIndex.value(movableIds[qsizetype(i)]))];
        std::size_t best = n;
        double bestM = std::numeric_limits<double>::max();
        for (std::size_t k = 0; k < n; ++k) {
            const double d = std::hypot(model.places[k].centreM.xM - item.xM, model.places[k].centreM.yM - item.yM);
            if (!taken[k] && d < bestM) {
                best = k;
                bestM = d;
            }
        }
        model.startPermutation[i] = int(best);
        taken[best] = true;
    }
    std::size_t nextFree = 0;
    for (std::size_t i = m; i < n; ++i) {
        while (taken[nextFree])
            ++nextFree;
        model.startPermutation[i] = int(nextFree);
        taken[nextFree] = true;
    }
    return model;
}

double arrangementCost(const ArrangementModel &model, const std::vector<int> &permutation)
{
    const auto n = std::size_t(model.n);
    Q_ASSERT(permutation.size() == n);
    double cost = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const auto pi = std::size_t(permutation[i]);
        cost += model.linearCost[i * n + pi];
        for (std::size_t j = 0; j < n; ++j) {
            const double flow = model.flow[i * n + j];
            if (flow != 0.0)
                cost += flow * model.distanceM[pi * n + std::size_t(permutation[j])];
        }
    }
    return cost;
}

ArrangementQap toQapProblem(const ArrangementModel &model)
{
    ArrangementQap out;
    const auto n = std::size_t(model.n);
    const auto m = std::size_t(model.movableIds.size());
    const auto f = std::size_t(model.fixedIds.size());
    const std::size_t size = n + f;
    std::vector<double> distance(size * size, 0.0);
    std::vector<double> flow(size * size, 0.0);
    for (std::size_t k = 0; k < n; ++k) {
        for (std::size_t l = 0; l < n; ++l)
            distance[k * size + l] = model.distanceM[k * n + l];
    }
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < n; ++j)
            flow[i * size + j] = model.flow[i * n + j];
    }
    for (std::size_t i = 0; i < m; ++i) {
        for (std::size_t p = 0; p < f; ++p) {
            flow[i * size + n + p] = model.fixedFlowOut[i * f + p];
            flow[(n + p) * size + i] = model.fixedFlowIn[i * f + p];
        }
    }
    for (std::size_t k = 0; k < n; ++k) {
        for (std::size_t p = 0; p < f; ++p) {
            distance[k * size + n + p] = model.slotToFixedM[k * f + p];
            distance[(n + p) * size + k] = model.fixedToSlotM[p * n + k];
        }
    }

    double flowSum = 0.0, maxDistance = 0.0;
    for (double v : flow)
        flowSum += std::abs(v);
    for (double v : distance)
        maxDistance = std::max(maxDistance, std::abs(v));
    const double distanceScale = 1000.0;
    double flowScale = 1000.0;
    // Keep sum(flow) x max(distance) well inside 64 bits so that no cost can overflow.
    const double limit = std::ldexp(1.0, 61);
    while (flowScale > 1e-6 && flowSum * flowScale * maxDistance * distanceScale > limit)
        flowScale /= 10.0;

    out.problem.n = int(size);
    out.problem.flow.resize(size * size);
    out.problem.distance.resize(size * size);
    for (std::size_t c = 0; c < size * size; ++c) {
        out.problem.flow[c] = std::llround(flow[c] * flowScale);
        out.problem.distance[c] = std::llround(distance[c] * distanceScale);
    }
    out.costScale = flowScale * distanceScale;
    out.startPermutation = model.startPermutation;
    for (std::size_t p = 0; p < f; ++p) {
        out.fixedItems.push_back(int(n + p));
        out.startPermutation.push_back(int(n + p));
    }
    return out;
}

Variant applyArrangement(const Variant &variant, const ArrangementModel &model, const std::vector<int> &permutation)
{
    Variant out = variant;
    out.id = variant.id + QStringLiteral("-optimised");
    out.name = ArrangementText::tr("%1 (optimised)").arg(variant.name);
    for (qsizetype i = 0; i < model.movableIds.size(); ++i) {
        LayoutItem *item = out.findItem(model.movableIds[i]);
        const auto slot = std::size_t(permutation[std::size_t(i)]);
        if (!item || slot >= model.places.size())
            continue;
        item->xM = model.places[slot].centreM.xM;
        item->yM = model.places[slot].centreM.yM;
        if (model.places[slot].rotationDeg)
            item->rotationDeg = *model.places[slot].rotationDeg;
    }
    return out;
}

} // namespace taktflow::core
