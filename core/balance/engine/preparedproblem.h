// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/balance/balanceproblem.h"

#include <optional>

namespace taktflow::core::detail {

/**
 * The solver's view of a BalanceProblem: tasks that must share a station are merged into one
 * unit, the graph is checked, and the transitive closure and time sums are precomputed. The
 * search and the heuristics work on units; members map them back to tasks.
 */
struct PreparedProblem {
    int unitCount = 0;
    int kindCount = 1;
    /** time[kind][unit], kNotAllowed where the unit cannot go. */
    std::vector<std::vector<Ticks>> time;
    /** Smallest allowed time of each unit over all kinds. */
    std::vector<Ticks> minTime;
    std::vector<std::vector<int>> predecessors;
    std::vector<std::vector<int>> successors;
    /** Units that must not share a station with the unit. */
    std::vector<std::vector<int>> conflicts;
    /** 0-based station the unit is fixed to, or -1. */
    std::vector<int> fixedStation;
    /** Tasks of the problem behind each unit, in precedence order. */
    std::vector<std::vector<int>> members;
    /** Number of transitive followers and the sums of minTime over all predecessors / followers. */
    std::vector<int> followerCount;
    std::vector<Ticks> predecessorTime;
    std::vector<Ticks> followerTime;
    /** Transitive followers as bit rows of words64 words each. */
    int words64 = 0;
    std::vector<std::uint64_t> followerBits;
    Ticks totalMinTime = 0;
    Ticks maxMinTime = 0;
    bool allowParallel = false;
    /** No kinds, conflicts or fixed stations: dominance rules apply. */
    bool plain = true;
    /** True when this is the reverse of a problem (stations run backwards). */
    bool reversed = false;

    bool follows(int before, int after) const
    {
        return (followerBits[std::size_t(before) * std::size_t(words64) + std::size_t(after / 64)] >> (after % 64)) &
               1U;
    }
    /** Replicas a unit needs at a kind for cycle c: 1 unless longer than c. */
    static int replicasFor(Ticks time, Ticks cycle) { return time <= cycle ? 1 : int((time + cycle - 1) / cycle); }
    /** The same line read backwards; fixed stations are dropped (callers skip it then). */
    PreparedProblem reverse() const;
    /** True when some unit is fixed to a station. */
    bool hasFixedStations() const;
    /** The line read backwards for the searches from both ends; empty when stations are fixed. */
    std::optional<PreparedProblem> reverseUnlessFixed() const;
};

/** Outcome of preparing: the prepared problem, or a status and a translated message. */
struct PrepareResult {
    std::optional<PreparedProblem> prepared;
    BalanceStatus status = BalanceStatus::Invalid;
    QString message;
};

PrepareResult prepareProblem(const BalanceProblem &problem);

/**
 * Checks that every unit fits the cycle (or may be replicated); returns an empty string or
 * the translated message naming the first task that does not fit.
 */
QString checkCycleFits(const BalanceProblem &problem, const PreparedProblem &prepared, Ticks cycle);

/** prepareProblem() for a given cycle: also refuses a non-positive cycle and tasks that do not fit it. */
PrepareResult prepareForCycle(const BalanceProblem &problem, Ticks cycle);

/** A result that carries only a status and its translated message. */
BalanceResult failedResult(BalanceStatus status, QString message);

} // namespace taktflow::core::detail
