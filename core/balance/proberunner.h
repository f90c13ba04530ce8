// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/balance/stationsearch.h"

#include <chrono>
#include <memory>
#include <optional>

namespace taktflow::core::detail {

/**
 * Asks "do the units fit into m stations at cycle c?" with the exact search, alternating
 * between the line read forwards and backwards with doubling step budgets: some instances are
 * far easier in one direction, and nobody knows which beforehand. Owns the time limit, the
 * cancel flag and the progress reports of a solver run.
 */
class ProbeRunner
{
public:
    ProbeRunner(const PreparedProblem &forward, const PreparedProblem *backward, const BalanceOptions &options);

    /** Found: solution() holds stations in forward order. */
    ProbeOutcome probe(Ticks cycle, int stations);
    const std::vector<PlacedStation> &solution() const { return mSolution; }

    /** True once the time limit has passed or cancellation was requested. */
    bool stopRequested() const;
    double elapsedS() const;
    std::int64_t steps() const;
    /** Reports bounds now (and remembers them for the periodic reports). */
    void report(std::int64_t lowerBound, std::int64_t upperBound);

private:
    bool poll();

    const PreparedProblem *mBackwardProblem;
    const BalanceOptions &mOptions;
    std::unique_ptr<StationSearch> mForward;
    std::unique_ptr<StationSearch> mBackward;
    std::vector<PlacedStation> mSolution;
    std::chrono::steady_clock::time_point mStart;
    std::optional<std::chrono::steady_clock::time_point> mDeadline;
    std::chrono::steady_clock::time_point mLastReport;
    BalanceProgress mProgress;
    std::function<bool()> mPoll;
};

} // namespace taktflow::core::detail
