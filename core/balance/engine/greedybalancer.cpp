// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/engine/greedybalancer.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <random>

namespace taktflow::core::detail {

std::vector<double> rulePriorities(const PreparedProblem &problem, PriorityRule rule)
{
    std::vector<double> priority(static_cast<std::size_t>(problem.unitCount));
    // Secondary keys are scaled far below the primary so ties break deterministically.
    const double total = double(problem.totalMinTime) + 1.0;
    const double units = double(problem.unitCount) + 1.0;
    for (std::size_t v = 0; v < priority.size(); ++v) {
        const double time = double(problem.minTime[v]);
        const double weight = time + double(problem.followerTime[v]);
        const double followers = double(problem.followerCount[v]);
        switch (rule) {
        case PriorityRule::MostFollowers: priority[v] = followers + weight / total / units * 0.5; break;
        case PriorityRule::LongestTime: priority[v] = time + weight / total * 0.5; break;
        case PriorityRule::RankedPositionalWeight:
        case PriorityRule::RandomizedMultiPass: priority[v] = weight + followers / units * 0.5; break;
        }
    }
    return priority;
}

int stationCount(const std::vector<PlacedStation> &stations)
{
    int count = 0;
    for (const PlacedStation &s : stations)
        count += s.replicas;
    return count;
}

namespace {

class Greedy
{
public:
    Greedy(const PreparedProblem &problem, Ticks cycle, const std::vector<double> &priority)
        : mP(problem)
        , mCycle(cycle)
        , mPriority(priority)
    {
    }

    std::optional<std::vector<PlacedStation>> run()
    {
        const auto n = std::size_t(mP.unitCount);
        mMissing.resize(n);
        mDone.assign(n, 0);
        mConflict.assign(n, 0);
        for (std::size_t v = 0; v < n; ++v) {
            mMissing[v] = int(mP.predecessors[v].size());
            if (mMissing[v] == 0)
                insertAvailable(int(v));
        }
        int latestFixed = -1;
        for (const int f : mP.fixedStation)
            latestFixed = std::max(latestFixed, f);
        std::vector<PlacedStation> stations;
        int used = 0;
        int doneCount = 0;
        while (doneCount < mP.unitCount) {
            if (used > mP.unitCount * 2 + latestFixed + 2)
                return std::nullopt;
            PlacedStation best;
            Ticks bestWork = -1;
            const bool singleKind = mP.kindCount == 1;
            for (int kind = 0; kind < mP.kindCount; ++kind) {
                PlacedStation load = fill(kind, used, !singleKind);
                Ticks work = 0;
                for (const int u : load.units)
                    work += mP.minTime[std::size_t(u)];
                if (work > bestWork) {
                    bestWork = work;
                    best = std::move(load);
                }
            }
            if (best.units.empty()) {
                if (const auto longStation = longUnitStation(used)) {
                    best = *longStation;
                } else if (used < latestFixed) {
                    // Wait for a station that a fixed task needs: leave this one empty.
                    stations.push_back(best);
                    ++used;
                    continue;
                } else {
                    return std::nullopt;
                }
            } else if (!singleKind) {
                best = fill(best.kind, used, false);
            }
            doneCount += int(best.units.size());
            used += best.replicas;
            // Conflicts only bind within a station.
            for (const int u : best.units)
                for (const int c : mP.conflicts[std::size_t(u)])
                    --mConflict[std::size_t(c)];
            stations.push_back(std::move(best));
            for (std::size_t v = 0; v < n; ++v)
                if (!mDone[v] && mP.fixedStation[v] >= 0 && mP.fixedStation[v] < used)
                    return std::nullopt;
        }
        return stations;
    }

private:
    void insertAvailable(int v)
    {
        const auto it = std::lower_bound(mAvailable.begin(), mAvailable.end(), v, [&](int a, int b) {
            return mPriority[std::size_t(a)] > mPriority[std::size_t(b)];
        });
        mAvailable.insert(it, v);
    }

    bool eligible(int v, int kind, int station, Ticks room) const
    {
        const auto u = std::size_t(v);
        const Ticks t = mP.time[std::size_t(kind)][u];
        return t != kNotAllowed && t <= room && mConflict[u] == 0 &&
               (mP.fixedStation[u] < 0 || mP.fixedStation[u] == station);
    }

    void setDone(int v, std::vector<int> *undo)
    {
        mDone[std::size_t(v)] = 1;
        mAvailable.erase(std::find(mAvailable.begin(), mAvailable.end(), v));
        for (const int c : mP.conflicts[std::size_t(v)])
            ++mConflict[std::size_t(c)];
        for (const int s : mP.successors[std::size_t(v)])
            if (--mMissing[std::size_t(s)] == 0)
                insertAvailable(s);
        if (undo)
            undo->push_back(v);
    }

    void unsetDone(int v)
    {
        mDone[std::size_t(v)] = 0;
        for (const int s : mP.successors[std::size_t(v)]) {
            if (mMissing[std::size_t(s)]++ == 0)
                mAvailable.erase(std::find(mAvailable.begin(), mAvailable.end(), s));
        }
        for (const int c : mP.conflicts[std::size_t(v)])
            --mConflict[std::size_t(c)];
        insertAvailable(v);
    }

    // Greedy load of one station; a trial run is undone afterwards.
    PlacedStation fill(int kind, int station, bool trial)
    {
        PlacedStation load;
        load.kind = kind;
        Ticks room = mCycle;
        std::vector<int> undo;
        while (true) {
            int pick = -1;
            // Tasks fixed to this station come first.
            for (const int v : mAvailable)
                if (mP.fixedStation[std::size_t(v)] == station && eligible(v, kind, station, room)) {
                    pick = v;
                    break;
                }
            if (pick < 0)
                for (const int v : mAvailable)
                    if (eligible(v, kind, station, room)) {
                        pick = v;
                        break;
                    }
            if (pick < 0)
                break;
            room -= mP.time[std::size_t(kind)][std::size_t(pick)];
            load.units.push_back(pick);
            setDone(pick, trial ? &undo : nullptr);
        }
        for (auto it = undo.rbegin(); it != undo.rend(); ++it)
            unsetDone(*it);
        return load;
    }

    std::optional<PlacedStation> longUnitStation(int station)
    {
        if (!mP.allowParallel)
            return std::nullopt;
        for (const int v : mAvailable) {
            if (mP.fixedStation[std::size_t(v)] >= 0 && mP.fixedStation[std::size_t(v)] != station)
                continue;
            int bestKind = -1;
            for (int kind = 0; kind < mP.kindCount; ++kind) {
                const Ticks t = mP.time[std::size_t(kind)][std::size_t(v)];
                if (t != kNotAllowed && (bestKind < 0 || t < mP.time[std::size_t(bestKind)][std::size_t(v)]))
                    bestKind = kind;
            }
            if (bestKind < 0 || mConflict[std::size_t(v)] != 0)
                continue;
            PlacedStation s;
            s.kind = bestKind;
            s.replicas = PreparedProblem::replicasFor(mP.time[std::size_t(bestKind)][std::size_t(v)], mCycle);
            s.units.push_back(v);
            setDone(v, nullptr);
            return s;
        }
        return std::nullopt;
    }

    const PreparedProblem &mP;
    Ticks mCycle;
    const std::vector<double> &mPriority;
    std::vector<int> mMissing;
    std::vector<char> mDone;
    std::vector<int> mConflict;
    std::vector<int> mAvailable;
};

// Fewer stations first, then the smaller largest load (a smoother line).
bool better(const std::vector<PlacedStation> &a, const std::vector<PlacedStation> &b, const PreparedProblem &p)
{
    const int ca = stationCount(a);
    const int cb = stationCount(b);
    if (ca != cb)
        return ca < cb;
    const auto maxLoad = [&](const std::vector<PlacedStation> &s) {
        Ticks worst = 0;
        for (const PlacedStation &st : s) {
            Ticks load = 0;
            for (const int u : st.units)
                load += p.time[std::size_t(st.kind)][std::size_t(u)];
            worst = std::max(worst, st.replicas > 1 ? 0 : load);
        }
        return worst;
    };
    return maxLoad(a) < maxLoad(b);
}

} // namespace

std::optional<std::vector<PlacedStation>> greedyBalance(const PreparedProblem &problem, Ticks cycle,
                                                        const std::vector<double> &priority)
{
    if (!problem.allowParallel && problem.maxMinTime > cycle)
        return std::nullopt;
    return Greedy(problem, cycle, priority).run();
}

std::vector<PlacedStation> turnAround(std::vector<PlacedStation> stations, const PreparedProblem &reversed)
{
    Q_UNUSED(reversed);
    std::reverse(stations.begin(), stations.end());
    for (PlacedStation &s : stations)
        std::reverse(s.units.begin(), s.units.end());
    return stations;
}

std::optional<std::vector<PlacedStation>> bestGreedy(const PreparedProblem &forward, const PreparedProblem *backward,
                                                     Ticks cycle, int randomPasses,
                                                     const std::function<bool()> &shouldStop)
{
    const auto stop = [&shouldStop] { return shouldStop && shouldStop(); };
    std::optional<std::vector<PlacedStation>> best;
    const auto consider = [&](std::optional<std::vector<PlacedStation>> candidate) {
        if (candidate && (!best || better(*candidate, *best, forward)))
            best = std::move(candidate);
    };
    const PriorityRule rules[] = {PriorityRule::RankedPositionalWeight, PriorityRule::MostFollowers,
                                  PriorityRule::LongestTime};
    for (const PriorityRule rule : rules) {
        // One answer at least, even when stopped at once: a cancelled run still reports one.
        if (best && stop())
            return best;
        consider(greedyBalance(forward, cycle, rulePriorities(forward, rule)));
        if (backward)
            if (auto s = greedyBalance(*backward, cycle, rulePriorities(*backward, rule)))
                consider(turnAround(std::move(*s), *backward));
    }
    std::mt19937_64 random(12345);
    std::uniform_real_distribution<double> noise(0.7, 1.3);
    for (int pass = 0; pass < randomPasses && !(best && stop()); ++pass) {
        const bool back = backward && pass % 2 == 1;
        const PreparedProblem &p = back ? *backward : forward;
        std::vector<double> priority = rulePriorities(p, PriorityRule::RankedPositionalWeight);
        for (double &value : priority)
            value *= noise(random);
        auto s = greedyBalance(p, cycle, priority);
        if (s && back)
            s = turnAround(std::move(*s), p);
        consider(std::move(s));
    }
    return best;
}

BalanceResult makeResult(const BalanceProblem &problem, const PreparedProblem &prepared,
                         const std::vector<PlacedStation> &stations, Ticks cycle, BalanceStatus status)
{
    BalanceResult result;
    result.status = status;
    result.cycleTime = cycle;
    for (const PlacedStation &s : stations) {
        BalancedStation out;
        out.kind = s.kind;
        out.replicas = s.replicas;
        for (const int u : s.units)
            for (const int t : prepared.members[std::size_t(u)]) {
                out.tasks.push_back(t);
                out.load += problem.timeAt(t, s.kind);
            }
        result.stationCount += s.replicas;
        result.stations.push_back(std::move(out));
    }
    return result;
}

} // namespace taktflow::core::detail
