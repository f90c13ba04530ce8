// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/arrangement/qapsolver.h"

#include "core/arrangement/qapmemeticsearch.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

namespace taktflow::core {

namespace {

constexpr int maxItems = 5000;
// Enumerating m! permutations at O(n^2) each stays below about a tenth of a second up to here.
constexpr double enumerationWork = 1.0e8;
constexpr int enumerationMaxFree = 8;

// Bounds every intermediate value of the search. A delta only involves rows and columns r, s
// of the flow matrix, so its partial sums stay below 4 max|B| (max row sum + max column sum
// of |A|); the O(1) update adds products below 32 max|A| max|B|; a cost stays below
// sum|A| max|B|. Computed in double; the limits keep a factor-two margin for rounding.
double arithmeticBound(const QapProblem &problem)
{
    const std::size_t n = std::size_t(problem.n);
    double maxFlow = 0;
    double maxDistance = 0;
    double flowSum = 0;
    double maxRowSum = 0;
    std::vector<double> columnSums(n, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        double rowSum = 0;
        for (std::size_t j = 0; j < n; ++j) {
            const double v = std::fabs(double(problem.flow[i * n + j]));
            maxFlow = std::max(maxFlow, v);
            rowSum += v;
            columnSums[j] += v;
        }
        flowSum += rowSum;
        maxRowSum = std::max(maxRowSum, rowSum);
    }
    for (std::int64_t v : problem.distance)
        maxDistance = std::max(maxDistance, std::fabs(double(v)));
    const double maxColumnSum = columnSums.empty() ? 0.0 : *std::max_element(columnSums.begin(), columnSums.end());
    const double deltaBound = 4.0 * maxDistance * (maxRowSum + maxColumnSum) + 32.0 * maxFlow * maxDistance;
    return std::max(flowSum * maxDistance, deltaBound);
}

constexpr double int64Limit = 4611686018427387904.0;    // 2^62
constexpr double exactDoubleLimit = 4503599627370496.0; // 2^52

std::vector<int> freeItemsOf(const QapProblem &problem, const QapOptions &options)
{
    std::vector<char> fixed(std::size_t(problem.n), 0);
    for (int item : options.fixedItems)
        fixed[std::size_t(item)] = 1;
    std::vector<int> freeItems;
    for (int i = 0; i < problem.n; ++i)
        if (!fixed[std::size_t(i)])
            freeItems.push_back(i);
    return freeItems;
}

std::vector<int> identity(int n)
{
    std::vector<int> perm(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        perm[std::size_t(i)] = i;
    return perm;
}

QapResult enumerate(const QapProblem &problem, const QapOptions &options, const std::vector<int> &freeItems)
{
    std::vector<int> perm = options.startPermutation.empty() ? identity(problem.n) : options.startPermutation;
    std::vector<int> freeSlots;
    for (int item : freeItems)
        freeSlots.push_back(perm[std::size_t(item)]);
    std::sort(freeSlots.begin(), freeSlots.end());
    QapResult result;
    result.cost = std::numeric_limits<std::int64_t>::max();
    do {
        for (std::size_t i = 0; i < freeItems.size(); ++i)
            perm[std::size_t(freeItems[i])] = freeSlots[i];
        const std::int64_t cost = qapCost(problem, perm);
        ++result.iterations;
        if (cost < result.cost) {
            result.cost = cost;
            result.permutation = perm;
        }
    } while (std::next_permutation(freeSlots.begin(), freeSlots.end()));
    result.provenOptimal = true;
    return result;
}

bool enumerationIsCheap(const QapProblem &problem, std::size_t freeCount)
{
    if (freeCount > std::size_t(enumerationMaxFree))
        return false;
    double permutations = 1.0;
    for (std::size_t i = 2; i <= freeCount; ++i)
        permutations *= double(i);
    return permutations * double(problem.n) * double(problem.n) <= enumerationWork;
}

bool allNonNegative(const QapProblem &problem)
{
    auto nonNegative = [](std::int64_t v) { return v >= 0; };
    return std::all_of(problem.flow.begin(), problem.flow.end(), nonNegative) &&
           std::all_of(problem.distance.begin(), problem.distance.end(), nonNegative);
}

} // namespace

QString validateQap(const QapProblem &problem, const QapOptions &options)
{
    const int n = problem.n;
    if (n < 0 || n > maxItems)
        return QCoreApplication::translate("QapSolver", "The problem size %1 is outside 0..%2.").arg(n).arg(maxItems);
    const std::size_t cells = std::size_t(n) * std::size_t(n);
    if (problem.flow.size() != cells || problem.distance.size() != cells)
        return QCoreApplication::translate("QapSolver", "The flow and distance matrices must both be %1 x %1.").arg(n);
    if (!(arithmeticBound(problem) < int64Limit))
        return QCoreApplication::translate("QapSolver",
                                           "The matrix values are too large: costs could exceed 64-bit integers.");
    if (!options.startPermutation.empty()) {
        if (options.startPermutation.size() != std::size_t(n))
            return QCoreApplication::translate("QapSolver", "The start assignment must have %1 entries.").arg(n);
        std::vector<char> seen(std::size_t(n), 0);
        for (int slot : options.startPermutation) {
            if (slot < 0 || slot >= n || seen[std::size_t(slot)])
                return QCoreApplication::translate("QapSolver",
                                                   "The start assignment is not a permutation of the freeSlots.");
            seen[std::size_t(slot)] = 1;
        }
    }
    if (!options.fixedItems.empty()) {
        if (options.startPermutation.empty())
            return QCoreApplication::translate("QapSolver", "Fixed items need a start assignment.");
        std::vector<char> seen(std::size_t(n), 0);
        for (int item : options.fixedItems) {
            if (item < 0 || item >= n || seen[std::size_t(item)])
                return QCoreApplication::translate("QapSolver", "The fixed item %1 is out of range or repeated.")
                    .arg(item);
            seen[std::size_t(item)] = 1;
        }
    }
    return {};
}

std::int64_t qapCost(const QapProblem &problem, const std::vector<int> &permutation)
{
    const std::size_t n = std::size_t(problem.n);
    std::int64_t cost = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const std::int64_t *flowRow = &problem.flow[i * n];
        const std::int64_t *distanceRow = &problem.distance[std::size_t(permutation[i]) * n];
        for (std::size_t j = 0; j < n; ++j)
            cost += flowRow[j] * distanceRow[std::size_t(permutation[j])];
    }
    return cost;
}

QapResult solveQap(const QapProblem &problem, const QapOptions &options)
{
    const auto start = std::chrono::steady_clock::now();
    QapResult result;
    result.error = validateQap(problem, options);
    if (!result.error.isEmpty())
        return result;
    const std::vector<int> freeItems = freeItemsOf(problem, options);
    if (freeItems.size() < 2 || enumerationIsCheap(problem, freeItems.size())) {
        result = enumerate(problem, options, freeItems);
    } else {
        // Doubles are exact for integers below 2^53 and make the delta updates vectorise.
        const bool useDoubles = arithmeticBound(problem) < exactDoubleLimit;
        // Every term is a non-negative product then, so zero cannot be beaten.
        const std::int64_t lowerBound = allNonNegative(problem) ? 0 : std::numeric_limits<std::int64_t>::min();
        result = runMemeticSearch(problem, options, freeItems, useDoubles, lowerBound, start);
        if (!options.startPermutation.empty()) {
            const std::int64_t startCost = qapCost(problem, options.startPermutation);
            if (startCost <= result.cost) {
                result.permutation = options.startPermutation;
                result.cost = startCost;
            }
        }
        result.provenOptimal = result.cost == lowerBound;
    }
    // The reported cost is always recomputed from scratch, never taken from incremental sums.
    result.cost = qapCost(problem, result.permutation);
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

} // namespace taktflow::core
