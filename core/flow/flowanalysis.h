// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/flow/aislenetwork.h"
#include "core/flow/flowlegs.h"
#include "core/flow/transport.h"
#include "core/layout/layoutfinding.h"
#include "core/model/project.h"

#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace taktflow::core {

/** Distance and transport figures of one flow leg. */
struct FlowResult {
    double distanceM = 0.0;
    /** False when the aisle metric found no path; then the leg adds nothing to the totals. */
    bool reachable = true;
    LegTransport transport;
};

/** One cell of the from-to matrix: everything that goes from one item to another. */
struct FromToCell {
    QString fromId;
    QString toId;
    double units = 0.0;
    double distanceM = 0.0;
    /** units x distance, the flow distance the cell contributes (units·m). */
    double unitsDistance = 0.0;
    double cost = 0.0;
    bool reachable = true;
};

/** A dense from-to matrix over a chosen list of items (row-major, rows = from). */
struct FromToMatrix {
    QStringList itemIds;
    std::vector<double> units;
    std::vector<double> distanceM;
    std::vector<double> unitsDistance;
    std::vector<double> cost;
};

/** Transport per means, per period. */
struct MeansTotals {
    double units = 0.0;
    double unitsDistance = 0.0;
    double travelTimeS = 0.0;
    double cost = 0.0;
    double energyKwh = 0.0;
    /** ceil(travel time / available time); 0 for conveyors, which are installations. */
    int transportersNeeded = 0;
};

/** Sums over all reachable legs of a variant. */
struct FlowTotals {
    double totalUnits = 0.0;
    /** Sum of units x distance, units·m per period. */
    double flowDistance = 0.0;
    double transportCost = 0.0;
    double travelTimeS = 0.0;
    double transportKwh = 0.0;
    /** units x distance carried by automated means. */
    double automatedFlowDistance = 0.0;
    int transportersNeeded = 0;
    /** Transporters of non-automated means other than conveyors: each needs a driver. */
    int drivers = 0;
    int unreachableLegs = 0;
    std::map<QString, MeansTotals> byMeans;
};

/**
 * The material flow of one variant: legs, distances per the chosen metric, transport figures and
 * totals, kept current while items move. Means unknown to the project are costed with a
 * default TransportMeans (forklift, 2 m/s, 0.01 per metre).
 */
class FlowAnalysis
{
public:
    FlowAnalysis(const Project &project, const Variant &variant, DistanceMetric metric);

    /** Replaces item `index`; re-measures only its legs (an aisle rebuilds the network). */
    void itemMoved(int index, const LayoutItem &item);

    DistanceMetric metric() const { return mMetric; }
    const std::vector<FlowLeg> &legs() const { return mLegs; }
    const std::vector<FlowResult> &results() const { return mResults; }
    /** Sums over all legs; re-summed lazily after moves (one linear pass). */
    const FlowTotals &totals() const;
    const AisleNetwork &aisleNetwork() const { return mNetwork; }
    /** Leg indices, heaviest (units x distance) first. */
    std::vector<int> heaviestLegs() const;
    /** The from-to cells (legs between the same two items summed), heaviest first. */
    std::vector<FromToCell> fromToCells() const;
    /** Dense matrix over itemIds (unknown ids give empty rows); meant for small selections. */
    FromToMatrix fromToMatrix(const QStringList &itemIds) const;
    /** Unreachable flow ends and items missing from routings, with translated messages. */
    std::vector<LayoutFinding> findings() const;
    /** Leg distance between two items with the current metric; nullopt when unreachable. */
    std::optional<double> itemDistanceM(int fromIndex, int toIndex) const;
    /**
     * Sum of units x distance over the legs that start or end at item `index` (reachable ones);
     * `unreachable` (optional) receives how many of its legs have no path. Cost: its own legs.
     */
    double itemFlowDistance(int index, int *unreachable = nullptr) const;

private:
    void attachItem(int index);
    void measureLeg(int leg);
    void recomputeTotals() const;
    const TransportMeans &meansOf(int leg) const;

    std::vector<LayoutItem> mItems;
    std::vector<TransportMeans> mTransports;
    TransportMeans mFallbackMeans;
    double mAvailableS = 0.0;
    DistanceMetric mMetric;
    AisleNetwork mNetwork;
    std::vector<AisleNetwork::Attachment> mPickup;
    std::vector<AisleNetwork::Attachment> mDropoff;
    std::vector<FlowLeg> mLegs;
    std::vector<FlowResult> mResults;
    /** Index into mTransports per leg; -1 for the fallback means. */
    std::vector<int> mLegMeans;
    std::vector<std::vector<int>> mLegsOfItem;
    std::vector<LayoutFinding> mCollectFindings;
    mutable FlowTotals mTotals;
    mutable bool mTotalsDirty = true;
};

} // namespace taktflow::core
