// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/balance/balanceproblem.h"
#include "core/model/productionline.h"

#include <QString>

#include <vector>

namespace taktflow::app {

/** What the user asked the balancer for. */
struct LineBalanceRequest {
    /** SALBP-1: fewest stations at cycleTimeS. SALBP-2: shortest cycle for `stations`. */
    bool minimiseStations = true;
    double cycleTimeS = 0.0;
    int stations = 1;
    /** Exact branch, bound and remember within timeLimitS, or the fast priority-rule heuristics. */
    bool exact = true;
    double timeLimitS = 10.0;
};

/** The answer in model terms. */
struct LineBalanceOutcome {
    bool ok = false;
    /** Why there is no answer, or a note (cancelled, time limit). */
    QString message;
    std::vector<core::Station> stations;
    double cycleTimeS = 0.0;
    /** Stations counted with replicas. */
    int stationCount = 0;
    bool optimal = false;
    bool cancelled = false;
    /** Proven bound: stations (SALBP-1) or cycle time in seconds (SALBP-2). */
    double lowerBound = 0.0;
    double seconds = 0.0;
};

/**
 * Balances a line with the core engine (every real-line constraint of lineProblemFromLine()),
 * on the calling thread. options carries the stop token and the progress hook; the time limit
 * comes from the request. Nothing here touches the GUI, so a worker thread may run it.
 */
LineBalanceOutcome balanceLine(const core::ProductionLine &line, const LineBalanceRequest &request,
                               core::BalanceOptions options = {});

} // namespace taktflow::app
