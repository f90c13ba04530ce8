// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/balance/balanceproblem.h"
#include "core/model/productionline.h"

#include <optional>

namespace taktflow::core {

/**
 * A production line turned into a BalanceProblem on the 1 ms grid, with what is needed to
 * map an answer back. Station kinds: kind 0 is a manual station (no resource), then one kind
 * per distinct Task::requiredResource. A task with a required resource goes only to stations
 * of that resource and takes automatedTimeS there when set. A task without one goes to manual
 * stations, and an automated task (automatedTimeS >= 0) also to any resource station with
 * its automated time. Mixed-model lines are balanced on demand-weighted times.
 */
struct LineProblem {
    BalanceProblem problem;
    /** Task::id of each problem task. */
    QStringList taskIds;
    /** Resource of each station kind ("" for manual). */
    QStringList kindResources;
    /** Mixed-model data: model ids, their demand shares and times [model][task] in ticks. */
    QStringList modelIds;
    std::vector<double> demandShares;
    std::vector<std::vector<Ticks>> modelTimes;
};

/** The problem, or a translated message naming the line and the bad reference. */
struct LineProblemResult {
    std::optional<LineProblem> lineProblem;
    QString errorMessage;
    explicit operator bool() const { return lineProblem.has_value(); }
};

LineProblemResult lineProblemFromLine(const ProductionLine &line);

/** The stations of a result in model terms (resource, replicas, task ids). */
std::vector<Station> stationsFromResult(const LineProblem &lineProblem, const BalanceResult &result);

} // namespace taktflow::core
