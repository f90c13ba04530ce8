// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/project.h"

#include <QStringList>

#include <optional>
#include <stop_token>

namespace taktflow::core {

/** Limits of the continuous improvement pass. */
struct ImprovementOptions {
    /** Distance metric; nullopt: the variant's own. */
    std::optional<DistanceMetric> metric;
    /** Passes over all movable items; stops earlier when a pass moves nothing. */
    int maxRounds = 20;
    /** Smallest step tried, metres. */
    double minStepM = 0.25;
    std::stop_token stopToken;
};

/** What the pass did. The variant is a new value; the caller adds it to the project. */
struct ImprovementResult {
    Variant variant;
    /** Sum of units x distance before and after (never larger after). */
    double startFlowDistance = 0.0;
    double endFlowDistance = 0.0;
    int moves = 0;
    QStringList movedItemIds;
};

/**
 * Moves equipment items that are not fixed, one at a time and heaviest flows first, towards
 * their flow partners (weighted median and centroid, then shrinking axis steps), accepting a
 * move only when the item then stands in free space (inside the outline, off aisles, no
 * overlap, clearances kept) and the total flow distance strictly falls without any flow
 * becoming unreachable. Rotations and fixed items never change. The result is named
 * "<old> (improved)" with id "<old id>-improved".
 */
ImprovementResult improveLayout(const Project &project, const Variant &variant, const ImprovementOptions &options = {});

} // namespace taktflow::core
