// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/stationreduction.h"

#include "core/balance/engine/cyclesmoother.h"
#include "core/balance/salbp2.h"

#include <chrono>
#include <utility>

namespace taktflow::core::detail {

namespace {

// Moves without a new best before the seeded local search hands the turn back (about a second
// on a thousand tasks; a later turn for the same question continues where it stopped).
constexpr std::int64_t kSeededPatience = 40000000;

Ticks loadOf(const PreparedProblem &prepared, const PlacedStation &station)
{
    Ticks load = 0;
    for (const int u : station.units)
        load += prepared.minTime[std::size_t(u)];
    return load;
}

} // namespace

std::vector<PlacedStation> mergedLine(const PreparedProblem &prepared, std::vector<PlacedStation> line, int stations)
{
    std::vector<Ticks> loads;
    for (const PlacedStation &s : line)
        loads.push_back(loadOf(prepared, s));
    while (int(line.size()) > std::max(stations, 1)) {
        std::size_t lightest = 0;
        for (std::size_t i = 1; i + 1 < line.size(); ++i)
            if (loads[i] + loads[i + 1] < loads[lightest] + loads[lightest + 1])
                lightest = i;
        std::vector<int> &into = line[lightest].units;
        std::vector<int> &from = line[lightest + 1].units;
        into.insert(into.end(), from.begin(), from.end());
        loads[lightest] += loads[lightest + 1];
        line.erase(line.begin() + std::ptrdiff_t(lightest) + 1);
        loads.erase(loads.begin() + std::ptrdiff_t(lightest) + 1);
    }
    return line;
}

FewerStationsAnswer reduceStations(const BalanceProblem &problem, const PreparedProblem &prepared, Ticks cycle,
                                   int stations, double timeLimitS, std::stop_token stop)
{
    // The SALBP-2 run stops on its own source: when the caller stops, or when it has answered.
    std::stop_source finished;
    const std::stop_callback forward(stop, [&finished] { finished.request_stop(); });
    BalanceOptions options;
    options.timeLimitS = timeLimitS;
    options.stopToken = finished.get_token();
    options.threads = 1;
    // Either answer ends the run: a line that fits, or a proven bound above the cycle.
    options.progress = [&finished, cycle](const BalanceProgress &p) {
        if ((p.upperBound > 0 && p.upperBound <= cycle) || p.lowerBound > cycle)
            finished.request_stop();
    };
    const BalanceResult result = solveSalbp2(problem, stations, options);

    FewerStationsAnswer reduction;
    if (!result.hasSolution())
        return reduction;
    if (result.cycleTime > cycle) {
        // A proven cycle bound above the cycle: these stations cannot hold the line.
        reduction.refuted = result.lowerBound > cycle;
        return reduction;
    }
    // Back from tasks to the units of `prepared` (both preparations merge the same tasks).
    std::vector<int> unitOfTask(problem.taskTimes.size(), -1);
    for (std::size_t u = 0; u < prepared.members.size(); ++u)
        for (const int t : prepared.members[u])
            unitOfTask[std::size_t(t)] = int(u);
    std::vector<int> stationOf(std::size_t(prepared.unitCount), -1);
    for (std::size_t s = 0; s < result.stations.size(); ++s)
        for (const int t : result.stations[s].tasks)
            stationOf[std::size_t(unitOfTask[std::size_t(t)])] = int(s);
    reduction.line = stationsFromAssignment(prepared, stationOf, int(result.stations.size()));
    return reduction;
}

StationReducer::StationReducer(const BalanceProblem &problem, const PreparedProblem &prepared, Ticks cycle)
    : mProblem(problem)
    , mPrepared(prepared)
    , mCycle(cycle)
{
}

FewerStationsAnswer StationReducer::operator()(const std::vector<PlacedStation> &best, int stations, double timeLimitS,
                                               std::stop_token stop)
{
    const auto started = std::chrono::steady_clock::now();
    const auto elapsedS = [started] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    };
    // A new question (another best line or station count) starts from the best line merged
    // down; the same question continues the local search of the last turn.
    if (!mSmoother || mSeedStations != int(best.size()) || mAskedStations != stations) {
        mSmoother.emplace(mPrepared, stations);
        mSmoother->start(mergedLine(mPrepared, best, stations), mCycle);
        mSeedStations = int(best.size());
        mAskedStations = stations;
    }
    const double seededS = timeLimitS * kSeededShare;
    mSmoother->run(mCycle, kSeededPatience,
                   [&stop, &elapsedS, seededS] { return stop.stop_requested() || elapsedS() >= seededS; });
    if (mSmoother->bestLoad() <= mCycle) {
        FewerStationsAnswer seeded;
        seeded.line = mSmoother->best();
        mSmoother.reset();
        return seeded;
    }
    const double restS = timeLimitS - elapsedS();
    if (restS <= 0 || stop.stop_requested())
        return {};
    FewerStationsAnswer fresh = reduceStations(mProblem, mPrepared, mCycle, stations, restS, std::move(stop));
    if (fresh.line)
        mSmoother.reset();
    return fresh;
}

} // namespace taktflow::core::detail
