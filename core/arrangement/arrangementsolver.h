// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/arrangement/arrangementmodel.h"
#include "core/arrangement/qapsolver.h"

namespace taktflow::core {

/** A suggested arrangement: the new variant and how much flow it saves. */
struct ArrangementSuggestion {
    /** "<old> (optimised)"; equal in positions to the input when nothing better was found. */
    Variant variant;
    /** sum flow x distance + linear cost (units x m per period) before and after. */
    double startCost = 0.0;
    double cost = 0.0;
    /** Slot of each movable item (model.movableIds order). */
    std::vector<int> permutation;
    QapResult qap;
    /** Non-empty (translated) when the model or the solver rejected the input. */
    QString error;
};

/**
 * "Suggest a better arrangement": builds the arrangement model for movableIds on `places`
 * (empty: their current places), solves it as a QAP starting from the current arrangement
 * (fixed partners pinned; options.startPermutation and fixedItems are set here) and applies
 * the answer to a new variant. Never worse than the start.
 */
ArrangementSuggestion suggestArrangement(const Variant &variant, const QStringList &movableIds,
                                         const std::vector<ArrangementSlot> &places = {}, QapOptions options = {},
                                         std::optional<DistanceMetric> metric = std::nullopt);

} // namespace taktflow::core
