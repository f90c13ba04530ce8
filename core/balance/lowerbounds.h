// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/balance/balanceproblem.h"

#include <vector>

namespace taktflow::core {

/**
 * Lower bounds for simple assembly line balancing, treating stations as bins of size cycle
 * (Scholl 1999, "Balancing and Sequencing of Assembly Lines", ch. 2; Martello & Toth 1990).
 * All take task times that are each <= cycle.
 */
namespace lowerbounds {

/** LB1: ceil(sum / cycle). */
int totalTime(const std::vector<Ticks> &times, Ticks cycle);
/** LB2: tasks longer than half a cycle need a station each; two exact halves share one. */
int halfCycle(const std::vector<Ticks> &times, Ticks cycle);
/** LB3: weights 1, 2/3, 1/2, 1/3 for tasks above, at, between and at a third of the cycle. */
int thirds(const std::vector<Ticks> &times, Ticks cycle);
/** Martello-Toth L2 bin-packing bound, maximised over all thresholds. */
int martelloToth(std::vector<Ticks> times, Ticks cycle);
/** martelloToth for times already sorted in descending order (no copy, for search nodes). */
int martelloTothSorted(const Ticks *descending, std::size_t count, Ticks cycle);
/** The largest of the above. */
int stations(const std::vector<Ticks> &times, Ticks cycle);

/**
 * Lower bound on the cycle time for a given number of stations: max(longest task,
 * ceil(sum / stations), and for k = 1, 2, ... the sum of the k + 1 tasks ending at rank
 * k * stations + 1 of the times sorted descending, since k * stations + 1 tasks cannot all go
 * to different stations with at most k tasks each).
 */
Ticks cycleTime(std::vector<Ticks> times, int stations);

} // namespace lowerbounds

} // namespace taktflow::core
