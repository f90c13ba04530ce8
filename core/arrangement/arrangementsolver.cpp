// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/arrangement/arrangementsolver.h"

namespace taktflow::core {

ArrangementSuggestion suggestArrangement(const Variant &variant, const QStringList &movableIds,
                                         const std::vector<ArrangementSlot> &places, QapOptions options,
                                         std::optional<DistanceMetric> metric)
{
    ArrangementSuggestion out;
    const ArrangementModel model = buildArrangementModel(variant, movableIds, places, metric);
    if (!model.error.isEmpty()) {
        out.error = model.error;
        return out;
    }
    // Building the model and its QAP takes a while on big plants: a cancel meanwhile keeps the
    // current arrangement.
    auto cancelled = [&] {
        if (!options.stopToken.stop_requested())
            return false;
        out.qap.cancelled = true;
        out.permutation = model.startPermutation;
        out.permutation.resize(std::size_t(model.n));
        out.startCost = out.cost = arrangementCost(model, out.permutation);
        out.variant = applyArrangement(variant, model, out.permutation);
        return true;
    };
    if (cancelled())
        return out;
    const ArrangementQap qap = toQapProblem(model);
    if (cancelled())
        return out;
    options.startPermutation = qap.startPermutation;
    options.fixedItems = qap.fixedItems;
    out.qap = solveQap(qap.problem, options);
    if (!out.qap.error.isEmpty()) {
        out.error = out.qap.error;
        return out;
    }
    const auto n = std::size_t(model.n);
    std::vector<int> start(model.startPermutation.begin(), model.startPermutation.begin() + std::ptrdiff_t(n));
    std::vector<int> found(out.qap.permutation.begin(), out.qap.permutation.begin() + std::ptrdiff_t(n));
    out.startCost = arrangementCost(model, start);
    out.cost = arrangementCost(model, found);
    // The solver works on rounded integers; in metres the start may still be the better one.
    if (out.cost > out.startCost) {
        found = start;
        out.cost = out.startCost;
    }
    out.permutation = found;
    out.variant = applyArrangement(variant, model, found);
    return out;
}

} // namespace taktflow::core
