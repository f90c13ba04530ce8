// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/binpacking.h"

#include "core/balance/engine/multisetpacker.h"

#include <algorithm>
#include <functional>
#include <numeric>
#include <optional>

namespace taktflow::core::lowerbounds {

namespace {

// Size classes of the items (largest first) and how many items each holds.
struct SizeClasses {
    std::vector<Ticks> sizes;
    std::vector<std::uint16_t> counts;
};

std::optional<SizeClasses> sizeClasses(std::vector<Ticks> items, Ticks capacity)
{
    std::sort(items.begin(), items.end(), std::greater<>());
    while (!items.empty() && items.back() == 0)
        items.pop_back();
    if (items.size() > 0xffff || (!items.empty() && items.front() > capacity))
        return std::nullopt;
    SizeClasses classes;
    for (const Ticks t : items) {
        if (classes.sizes.empty() || classes.sizes.back() != t) {
            classes.sizes.push_back(t);
            classes.counts.push_back(0);
        }
        ++classes.counts.back();
    }
    return classes;
}

} // namespace

PackingAnswer fitsInBins(std::vector<Ticks> items, Ticks capacity, int bins, std::int64_t stepBudget,
                         const std::function<bool()> &shouldStop)
{
    const bool tooLong = std::any_of(items.begin(), items.end(), [&](Ticks t) { return t > capacity; });
    std::optional<SizeClasses> classes = sizeClasses(std::move(items), capacity);
    if (tooLong || bins < 0)
        return PackingAnswer::DoesNotFit;
    if (!classes)
        return PackingAnswer::Unknown;
    detail::MultisetPacker packer;
    packer.reset(classes->sizes, capacity);
    return packer.fitsIn(classes->counts, bins, stepBudget, shouldStop);
}

int binPacking(const std::vector<Ticks> &times, Ticks cycle, int from, int upTo, std::int64_t stepBudget,
               const std::function<bool()> &shouldStop)
{
    const std::optional<SizeClasses> classes = sizeClasses(times, cycle);
    if (!classes)
        return from;
    // One packer for all questions: what it learns about sub-problems carries over.
    detail::MultisetPacker packer;
    packer.reset(classes->sizes, cycle);
    int bound = from;
    while (bound < upTo && packer.fitsIn(classes->counts, bound, stepBudget, shouldStop) == PackingAnswer::DoesNotFit)
        ++bound;
    return bound;
}

} // namespace taktflow::core::lowerbounds
