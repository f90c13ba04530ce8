// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/flow/flowanalysis.h"

#include "core/flow/distance.h"
#include "core/layout/footprint.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>

namespace taktflow::core {

FlowAnalysis::FlowAnalysis(const Project &project, const Variant &variant, DistanceMetric metric)
    : mItems(variant.items)
    , mTransports(project.transports)
    , mAvailableS(project.settings.runningHoursPerPeriod * 3600.0)
    , mMetric(metric)
{
    CollectedFlows collected = collectFlows(variant);
    mLegs = std::move(collected.legs);
    mCollectFindings = std::move(collected.findings);
    mResults.resize(mLegs.size());
    mLegMeans.assign(mLegs.size(), -1);
    mLegsOfItem.assign(mItems.size(), {});
    for (std::size_t l = 0; l < mLegs.size(); ++l) {
        const auto &leg = mLegs[l];
        for (std::size_t m = 0; m < mTransports.size(); ++m) {
            if (mTransports[m].id == leg.transportId) {
                mLegMeans[l] = int(m);
                break;
            }
        }
        mLegsOfItem[std::size_t(leg.fromIndex)].push_back(int(l));
        mLegsOfItem[std::size_t(leg.toIndex)].push_back(int(l));
    }
    if (mMetric == DistanceMetric::Aisle) {
        mNetwork = AisleNetwork(mItems);
        mPickup.resize(mItems.size());
        mDropoff.resize(mItems.size());
        for (std::size_t i = 0; i < mItems.size(); ++i) {
            if (!mLegsOfItem[i].empty())
                attachItem(int(i));
        }
    }
    for (std::size_t l = 0; l < mLegs.size(); ++l)
        measureLeg(int(l));
}

const FlowTotals &FlowAnalysis::totals() const
{
    if (mTotalsDirty)
        recomputeTotals();
    return mTotals;
}

double FlowAnalysis::itemFlowDistance(int index, int *unreachable) const
{
    double sum = 0.0;
    int lost = 0;
    for (int leg : mLegsOfItem[std::size_t(index)]) {
        const FlowResult &r = mResults[std::size_t(leg)];
        if (r.reachable)
            sum += mLegs[std::size_t(leg)].unitsPerPeriod * r.distanceM;
        else
            ++lost;
    }
    if (unreachable)
        *unreachable = lost;
    return sum;
}

const TransportMeans &FlowAnalysis::meansOf(int leg) const
{
    const int m = mLegMeans[std::size_t(leg)];
    return m >= 0 ? mTransports[std::size_t(m)] : mFallbackMeans;
}

void FlowAnalysis::attachItem(int index)
{
    const auto i = std::size_t(index);
    mPickup[i] = mNetwork.attach(pickupPoint(mItems[i]));
    mDropoff[i] = mItems[i].pickupM == mItems[i].dropoffM ? mPickup[i] : mNetwork.attach(dropoffPoint(mItems[i]));
}

std::optional<double> FlowAnalysis::itemDistanceM(int fromIndex, int toIndex) const
{
    const auto from = std::size_t(fromIndex), to = std::size_t(toIndex);
    if (mMetric == DistanceMetric::Aisle)
        return mNetwork.distanceM(mDropoff[from], mPickup[to]);
    return pointDistanceM(dropoffPoint(mItems[from]), pickupPoint(mItems[to]), mMetric);
}

void FlowAnalysis::measureLeg(int leg)
{
    const FlowLeg &l = mLegs[std::size_t(leg)];
    FlowResult &r = mResults[std::size_t(leg)];
    const std::optional<double> distance = itemDistanceM(l.fromIndex, l.toIndex);
    r.reachable = distance.has_value();
    r.distanceM = distance.value_or(0.0);
    r.transport = r.reachable ? transportLeg(meansOf(leg), l.unitsPerPeriod, r.distanceM) : LegTransport{};
}

void FlowAnalysis::recomputeTotals() const
{
    FlowTotals t;
    std::vector<MeansTotals> perMeans(mTransports.size() + 1);
    for (std::size_t l = 0; l < mLegs.size(); ++l) {
        const FlowResult &r = mResults[l];
        const double units = mLegs[l].unitsPerPeriod;
        t.totalUnits += units;
        if (!r.reachable) {
            ++t.unreachableLegs;
            continue;
        }
        const int m = mLegMeans[l];
        MeansTotals &mt = perMeans[m >= 0 ? std::size_t(m) : mTransports.size()];
        const double ud = units * r.distanceM;
        mt.units += units;
        mt.unitsDistance += ud;
        mt.travelTimeS += r.transport.travelTimeS;
        mt.cost += r.transport.cost;
        mt.energyKwh += r.transport.energyKwh;
    }
    for (std::size_t m = 0; m < perMeans.size(); ++m) {
        MeansTotals &mt = perMeans[m];
        if (mt.units <= 0.0)
            continue;
        const TransportMeans &means = m < mTransports.size() ? mTransports[m] : mFallbackMeans;
        if (means.kind != TransportKind::Conveyor && mAvailableS > 0.0)
            mt.transportersNeeded = int(std::ceil(mt.travelTimeS / mAvailableS - 1e-9));
        t.flowDistance += mt.unitsDistance;
        t.transportCost += mt.cost;
        t.travelTimeS += mt.travelTimeS;
        t.transportKwh += mt.energyKwh;
        t.transportersNeeded += mt.transportersNeeded;
        if (means.automated)
            t.automatedFlowDistance += mt.unitsDistance;
        else
            t.drivers += mt.transportersNeeded;
        t.byMeans[m < mTransports.size() ? means.id : QString()] = mt;
    }
    mTotals = std::move(t);
    mTotalsDirty = false;
}

void FlowAnalysis::itemMoved(int index, const LayoutItem &item)
{
    Q_ASSERT(index >= 0 && std::size_t(index) < mItems.size());
    const auto i = std::size_t(index);
    const bool aisleChanged = item.type == ItemType::Aisle || mItems[i].type == ItemType::Aisle;
    mItems[i] = item;
    if (mMetric == DistanceMetric::Aisle && aisleChanged) {
        mNetwork = AisleNetwork(mItems);
        for (std::size_t k = 0; k < mItems.size(); ++k) {
            if (!mLegsOfItem[k].empty())
                attachItem(int(k));
        }
        for (std::size_t l = 0; l < mLegs.size(); ++l)
            measureLeg(int(l));
    } else {
        if (mMetric == DistanceMetric::Aisle)
            attachItem(index);
        for (int leg : mLegsOfItem[i])
            measureLeg(leg);
    }
    mTotalsDirty = true;
}

std::vector<int> FlowAnalysis::heaviestLegs() const
{
    std::vector<int> order(mLegs.size());
    std::iota(order.begin(), order.end(), 0);
    auto weight = [this](int l) { return mLegs[std::size_t(l)].unitsPerPeriod * mResults[std::size_t(l)].distanceM; };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return weight(a) > weight(b); });
    return order;
}

std::vector<FromToCell> FlowAnalysis::fromToCells() const
{
    QHash<quint64, std::size_t> cellOf;
    std::vector<FromToCell> cells;
    for (std::size_t l = 0; l < mLegs.size(); ++l) {
        const FlowLeg &leg = mLegs[l];
        const FlowResult &r = mResults[l];
        const quint64 key = (quint64(quint32(leg.fromIndex)) << 32) | quint32(leg.toIndex);
        auto it = cellOf.find(key);
        if (it == cellOf.end()) {
            it = cellOf.insert(key, cells.size());
            FromToCell cell;
            cell.fromId = mItems[std::size_t(leg.fromIndex)].id;
            cell.toId = mItems[std::size_t(leg.toIndex)].id;
            cell.distanceM = r.distanceM;
            cell.reachable = r.reachable;
            cells.push_back(cell);
        }
        FromToCell &cell = cells[*it];
        cell.units += leg.unitsPerPeriod;
        cell.unitsDistance += leg.unitsPerPeriod * r.distanceM;
        cell.cost += r.transport.cost;
    }
    std::stable_sort(cells.begin(), cells.end(),
                     [](const FromToCell &a, const FromToCell &b) { return a.unitsDistance > b.unitsDistance; });
    return cells;
}

FromToMatrix FlowAnalysis::fromToMatrix(const QStringList &itemIds) const
{
    FromToMatrix m;
    m.itemIds = itemIds;
    const auto n = std::size_t(itemIds.size());
    m.units.assign(n * n, 0.0);
    m.distanceM.assign(n * n, 0.0);
    m.unitsDistance.assign(n * n, 0.0);
    m.cost.assign(n * n, 0.0);
    QHash<QString, std::size_t> row;
    for (std::size_t k = 0; k < n; ++k)
        row.insert(itemIds[qsizetype(k)], k);
    std::vector<int> indexOf(n, -1);
    for (std::size_t i = 0; i < mItems.size(); ++i) {
        const auto it = row.constFind(mItems[i].id);
        if (it != row.cend())
            indexOf[*it] = int(i);
    }
    for (std::size_t a = 0; a < n; ++a) {
        for (std::size_t b = 0; b < n; ++b) {
            if (a != b && indexOf[a] >= 0 && indexOf[b] >= 0)
                m.distanceM[a * n + b] = itemDistanceM(indexOf[a], indexOf[b]).value_or(0.0);
        }
    }
    for (std::size_t l = 0; l < mLegs.size(); ++l) {
        const auto from = row.constFind(mItems[std::size_t(mLegs[l].fromIndex)].id);
        const auto to = row.constFind(mItems[std::size_t(mLegs[l].toIndex)].id);
        if (from == row.cend() || to == row.cend())
            continue;
        const std::size_t cell = *from * n + *to;
        m.units[cell] += mLegs[l].unitsPerPeriod;
        m.unitsDistance[cell] += mLegs[l].unitsPerPeriod * mResults[l].distanceM;
        m.cost[cell] += mResults[l].transport.cost;
    }
    return m;
}

std::vector<LayoutFinding> FlowAnalysis::findings() const
{
    std::vector<LayoutFinding> out = mCollectFindings;
    std::set<std::pair<int, int>> reported;
    for (std::size_t l = 0; l < mLegs.size(); ++l) {
        if (mResults[l].reachable)
            continue;
        const FlowLeg &leg = mLegs[l];
        if (!reported.insert({leg.fromIndex, leg.toIndex}).second)
            continue;
        const auto from = std::size_t(leg.fromIndex), to = std::size_t(leg.toIndex);
        LayoutFinding f;
        f.kind = FindingKind::Unreachable;
        // Name the end that has no aisle in reach first; if both have one, the network is split.
        const bool fromLost = !mDropoff[from].valid();
        const bool toLost = !mPickup[to].valid();
        f.itemIds = toLost && !fromLost ? QStringList{mItems[to].id, mItems[from].id}
                                        : QStringList{mItems[from].id, mItems[to].id};
        if (fromLost || toLost) {
            f.message = QCoreApplication::translate("taktflow::core::FlowAnalysis",
                                                    "%1 cannot be reached by aisle: no aisle within reach, so the "
                                                    "flow %2 -> %3 has no distance.")
                            .arg(f.itemIds.front(), mItems[from].id, mItems[to].id);
        } else {
            f.message = QCoreApplication::translate("taktflow::core::FlowAnalysis",
                                                    "No aisle path from %1 to %2: their aisles are not connected.")
                            .arg(mItems[from].id, mItems[to].id);
        }
        out.push_back(std::move(f));
    }
    return out;
}

} // namespace taktflow::core
