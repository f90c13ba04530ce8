// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/layout/layoutfinding.h"
#include "core/model/variant.h"

#include <QString>

#include <vector>

namespace taktflow::core {

/** One material movement between two items of a variant, per period. */
struct FlowLeg {
    /** Indices into Variant::items. */
    int fromIndex = -1;
    int toIndex = -1;
    double unitsPerPeriod = 0.0;
    /** The means that carries it: the product's or flow's, else the variant default. */
    QString transportId;
    /** Product id (routings) or the flow's product label; may be empty. */
    QString productId;
};

/** The legs of a variant plus what could not be turned into legs. */
struct CollectedFlows {
    std::vector<FlowLeg> legs;
    /** Routing steps or flows naming unknown items. */
    std::vector<LayoutFinding> findings;
};

/**
 * Turns product routings (each consecutive pair of items, with the product's units) and direct
 * item-to-item flows into legs. Steps that stay on the same item are skipped.
 */
CollectedFlows collectFlows(const Variant &variant);

/** How many flows a variant has, counted the way the from-to matrix shows them. */
struct FlowCounts {
    /** Distinct (from item, to item) pairs with material moving: the matrix's filled cells. */
    int itemPairs = 0;
    /** Products whose routing has at least one step between two different items. */
    int routings = 0;
    /** Item-to-item flows entered directly. */
    int directFlows = 0;
};
FlowCounts countFlows(const Variant &variant);

} // namespace taktflow::core
