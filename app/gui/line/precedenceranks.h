// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/productionline.h"

#include <vector>

namespace taktflow::app {

/**
 * Column of each task (same order as line.tasks) in the precedence diagram: 0 for tasks with
 * no predecessor, else one more than the largest column of its predecessors (the longest path
 * from a start task). Unknown predecessor ids are ignored; tasks on a cycle, which the editors
 * never create, land in the column after the last.
 */
std::vector<int> precedenceRanks(const core::ProductionLine &line);

} // namespace taktflow::app
