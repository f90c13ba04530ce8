// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/arrangement/qapsolver.h"

#include <chrono>
#include <cstdint>
#include <vector>

namespace taktflow::core {

/**
 * Memetic search over the free items: each thread keeps a small population, makes children
 * by crossover or by perturbing its best member, and improves every child with a short
 * robust tabu search. The parameters follow the instance's structure: where one matrix is
 * dominated by a few large entries (coefficient of variation >= 2, e.g. tai*b) both threads
 * run short tabu phases with short tenures, small perturbations and path relinking as the
 * crossover; otherwise (e.g. tai*a) both run long phases with Taillard's robust tenure and
 * cycle crossover. The threads share their best solutions at
 * fixed iteration marks, so a run with an iteration budget is reproducible. `useDoubles` selects the double delta arithmetic,
 * which the caller has proven exact. The search stops early once it reaches `lowerBound`, a
 * cost nothing can beat. The time limit counts from `start`, when the caller began. Internal to
 * solveQap(): inputs are already validated.
 */
QapResult runMemeticSearch(const QapProblem &problem, const QapOptions &options, const std::vector<int> &freeItems,
                           bool useDoubles, std::int64_t lowerBound, std::chrono::steady_clock::time_point start);

} // namespace taktflow::core
