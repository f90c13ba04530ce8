// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <functional>
#include <optional>
#include <stop_token>
#include <vector>

namespace taktflow::core {

/**
 * A quadratic assignment problem in Koopmans-Beckmann form: place n items on n slots so that
 * sum over i, j of flow(i, j) * distance(p(i), p(j)) is smallest, p(i) being the slot of item i.
 *
 * Both matrices are row-major n x n, may be asymmetric and may have non-zero diagonals (the
 * i == j terms count). Values are integers so that costs are exact; callers with real-valued
 * flows or distances scale and round them first (toQapProblem() in arrangementmodel.h uses
 * millimetres), keeping sum|flow| x max|distance| below about 2^59 (see validateQap()).
 */
struct QapProblem {
    int n = 0;
    /** flow(i, j) = flow[i * n + j]: what goes from item i to item j. */
    std::vector<std::int64_t> flow;
    /** distance(k, l) = distance[k * n + l]: cost of one unit of flow from slot k to slot l. */
    std::vector<std::int64_t> distance;

    std::int64_t flowAt(int i, int j) const { return flow[std::size_t(i) * std::size_t(n) + std::size_t(j)]; }
    std::int64_t distanceAt(int k, int l) const { return distance[std::size_t(k) * std::size_t(n) + std::size_t(l)]; }
};

/** A snapshot of the search for progress displays. */
struct QapProgress {
    std::int64_t bestCost = 0;
    std::int64_t iterations = 0;
    double seconds = 0.0;
};

/** How long and how to search. */
struct QapOptions {
    /** Wall-clock limit; <= 0 means no limit (then set maxIterations or a stop token). */
    double timeLimitS = 10.0;
    /**
     * Tabu-search iterations over all threads; 0 = unlimited. With a budget and no time limit
     * the result depends only on the problem, the seed and the thread count.
     */
    std::int64_t maxIterations = 0;
    std::uint64_t seed = 1;
    /** Worker threads; 0 = min(2, hardware threads). */
    int threads = 0;
    /**
     * Where to start: startPermutation[i] = slot of item i. Empty: a random start. The result
     * is never worse than the start.
     */
    std::vector<int> startPermutation;
    /** Items that keep their slot from startPermutation (which must then be given). */
    std::vector<int> fixedItems;
    /** Called on the calling thread about every progressIntervalS while the search runs. */
    std::function<void(const QapProgress &)> progress;
    double progressIntervalS = 0.25;
    /** Cancellation: the search returns its best so far within about 100 ms of a request. */
    std::stop_token stopToken;
};

/** What the search found. */
struct QapResult {
    /** permutation[i] = slot of item i (0-based). Empty when the input was rejected. */
    std::vector<int> permutation;
    std::int64_t cost = 0;
    std::int64_t iterations = 0;
    double seconds = 0.0;
    /** True when the result is known to be optimal (enumeration or a tight bound). */
    bool provenOptimal = false;
    bool cancelled = false;
    /** Non-empty when the problem or options were invalid; then nothing was searched. */
    QString error;
};

/**
 * Checks sizes, the permutation and fixed items, and that no cost can overflow 64 bits.
 * Returns an empty string when everything is usable, else a translated message.
 */
QString validateQap(const QapProblem &problem, const QapOptions &options = {});

/** The objective of a permutation, computed directly in O(n^2). */
std::int64_t qapCost(const QapProblem &problem, const std::vector<int> &permutation);

/**
 * Minimises the QAP with a memetic search: small populations improved by robust tabu search
 * (Taillard's O(1) delta updates), crossover (path relinking or cycle crossover) and adaptive perturbation, two threads
 * with tabu profiles picked by the instance's flow dominance, sharing their best solutions.
 * Up to 8 movable items are solved exactly by enumeration; a zero cost with non-negative matrices stops the search early.
 *
 * With a time limit the result depends on timing and is not reproducible; with only
 * maxIterations it is, for the same seed and thread count. Runs on the calling thread plus
 * (threads - 1) helpers; cancellation and the time limit are honoured within about 100 ms,
 * also during the O(m^2 n) set-up of the swap deltas (the answer is then the start).
 */
QapResult solveQap(const QapProblem &problem, const QapOptions &options = {});

} // namespace taktflow::core
