// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/arrangement/qapsolver.h"
#include "core/model/project.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace taktflow::core {

/** A place a movable item can be put: its centre and, optionally, a rotation to take. */
struct ArrangementSlot {
    PointM centreM;
    std::optional<double> rotationDeg;
};

/**
 * The "suggest a better arrangement" problem for a chosen set of movable items and slots,
 * as a quadratic assignment with a linear term:
 *   cost(p) = sum_ij flow(i, j) x distance(p(i), p(j)) + sum_i linearCost(i, p(i)),
 * p(i) being the slot of item i. Matrices are row-major n x n with n = number of slots;
 * rows beyond the movable items are empty dummies (slots left free). Distances are measured
 * between slot centres with the chosen metric (aisle: along the variant's aisles; a pair with
 * no aisle path gets unreachableDistanceM).
 */
struct ArrangementModel {
    int n = 0;
    DistanceMetric metric = DistanceMetric::Rectilinear;
    /** Item i of the matrices. */
    QStringList movableIds;
    /** The slots ("places": Qt reserves the word slots). */
    std::vector<ArrangementSlot> places;
    /** Units per period from movable item i to movable item j. */
    std::vector<double> flow;
    /** Metres from slot k to slot l. */
    std::vector<double> distanceM;
    /** units x m per period that item i causes with fixed (not chosen) items when on slot k. */
    std::vector<double> linearCost;
    /** Items outside the chosen set that exchange material with it, their anchor points. */
    QStringList fixedIds;
    std::vector<PointM> fixedPointsM;
    /** Units per period: fixedFlowOut[i * fixed + f] from item i to fixed item f; In the reverse. */
    std::vector<double> fixedFlowOut;
    std::vector<double> fixedFlowIn;
    /** Metres from slot k to fixed item p: slotToFixedM[k * fixed + p]; fixedToSlotM[p * n + k]. */
    std::vector<double> slotToFixedM;
    std::vector<double> fixedToSlotM;
    /** The slots the items stand on now (identity when the slots are their current places). */
    std::vector<int> startPermutation;
    /** Distance used for slot pairs the aisle network cannot connect. */
    double unreachableDistanceM = 0.0;
    /** Non-empty when the input could not be used (translated). */
    QString error;
};

/**
 * Builds the model. movableIds must name distinct, existing, non-fixed items; `places` empty means the
 * items' current centres; otherwise at least as many slots as items, and each item starts on
 * the slot nearest to it.
 */
ArrangementModel buildArrangementModel(const Variant &variant, const QStringList &movableIds,
                                       const std::vector<ArrangementSlot> &places = {},
                                       std::optional<DistanceMetric> metric = std::nullopt);

/** cost(p) as defined above, in units x m per period. */
double arrangementCost(const ArrangementModel &model, const std::vector<int> &permutation);

/** A QapProblem for solveQap plus what turns its integer costs back into units x m. */
struct ArrangementQap {
    QapProblem problem;
    /** Fixed partners become extra items pinned to extra slots: pass these in QapOptions. */
    std::vector<int> fixedItems;
    std::vector<int> startPermutation;
    /** qapCost / costScale = arrangementCost (+ fixed-to-fixed flows, a constant), up to rounding. */
    double costScale = 1.0;
};

/**
 * The model as a pure Koopmans-Beckmann QAP (which has no linear term): each fixed partner
 * becomes an extra item pinned to its own extra slot, which reproduces linearCost exactly.
 * Units are scaled to integers (distances in millimetres) with room left against overflow.
 */
ArrangementQap toQapProblem(const ArrangementModel &model);

/**
 * A new variant with item i moved to slot permutation[i] (first model.movableIds.size()
 * entries; the rest belong to dummies), named "<old> (optimised)" with id "<old id>-optimised".
 */
Variant applyArrangement(const Variant &variant, const ArrangementModel &model, const std::vector<int> &permutation);

} // namespace taktflow::core
