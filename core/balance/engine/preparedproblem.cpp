// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/engine/preparedproblem.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace taktflow::core {

Ticks toTicks(double timeS)
{
    return Ticks(std::llround(timeS * double(kTicksPerSecond)));
}

double ticksToSeconds(Ticks ticks)
{
    return double(ticks) / double(kTicksPerSecond);
}

bool BalanceProblem::isPlain() const
{
    return togetherGroups.empty() && apartPairs.empty() &&
           std::all_of(fixedStation.begin(), fixedStation.end(), [](int s) { return s < 0; }) &&
           stationKinds.isEmpty() && !allowParallelStations;
}

QString BalanceProblem::taskLabel(int task) const
{
    if (task >= 0 && task < taskLabels.size() && !taskLabels[task].isEmpty())
        return taskLabels[task];
    return QCoreApplication::translate("Balance", "task %1").arg(task + 1);
}

Ticks BalanceProblem::timeAt(int task, int kind) const
{
    if (stationKinds.isEmpty() || kindTimes.empty())
        return taskTimes[std::size_t(task)];
    return kindTimes[std::size_t(task)][std::size_t(kind)];
}

} // namespace taktflow::core

namespace taktflow::core::detail {

namespace {

// A class, not a free tr() helper, so that lupdate sees the same context as the runtime.
class PrepareTr
{
    Q_DECLARE_TR_FUNCTIONS(Balance)
};

int findRoot(std::vector<int> &parent, int v)
{
    while (parent[std::size_t(v)] != v) {
        parent[std::size_t(v)] = parent[std::size_t(parent[std::size_t(v)])];
        v = parent[std::size_t(v)];
    }
    return v;
}

PrepareResult failure(BalanceStatus status, QString message)
{
    PrepareResult result;
    result.status = status;
    result.message = std::move(message);
    return result;
}

// Kahn's order; empty when the graph has a cycle.
std::vector<int> topologicalOrder(int n, const std::vector<std::vector<int>> &successors,
                                  const std::vector<std::vector<int>> &predecessors)
{
    std::vector<int> indegree(static_cast<std::size_t>(n));
    std::vector<int> order;
    for (int v = 0; v < n; ++v) {
        indegree[std::size_t(v)] = int(predecessors[std::size_t(v)].size());
        if (indegree[std::size_t(v)] == 0)
            order.push_back(v);
    }
    for (std::size_t i = 0; i < order.size(); ++i)
        for (const int s : successors[std::size_t(order[i])])
            if (--indegree[std::size_t(s)] == 0)
                order.push_back(s);
    if (int(order.size()) != n)
        order.clear();
    return order;
}

void computeClosure(PreparedProblem &p, const std::vector<int> &order)
{
    const int n = p.unitCount;
    p.words64 = (n + 63) / 64;
    const auto w = std::size_t(p.words64);
    p.followerBits.assign(std::size_t(n) * w, 0);
    std::vector<std::uint64_t> predecessorBits(static_cast<std::size_t>(n) * w, 0);
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        std::uint64_t *row = &p.followerBits[std::size_t(*it) * w];
        for (const int s : p.successors[std::size_t(*it)]) {
            const std::uint64_t *other = &p.followerBits[std::size_t(s) * w];
            for (std::size_t k = 0; k < w; ++k)
                row[k] |= other[k];
            row[std::size_t(s) / 64] |= std::uint64_t(1) << (s % 64);
        }
    }
    for (const int v : order) {
        std::uint64_t *row = &predecessorBits[std::size_t(v) * w];
        for (const int q : p.predecessors[std::size_t(v)]) {
            const std::uint64_t *other = &predecessorBits[std::size_t(q) * w];
            for (std::size_t k = 0; k < w; ++k)
                row[k] |= other[k];
            row[std::size_t(q) / 64] |= std::uint64_t(1) << (q % 64);
        }
    }
    const auto sumOver = [&](const std::uint64_t *row, int &count) {
        Ticks sum = 0;
        count = 0;
        for (std::size_t k = 0; k < w; ++k)
            for (std::uint64_t bits = row[k]; bits; bits &= bits - 1) {
                sum += p.minTime[k * 64 + std::size_t(__builtin_ctzll(bits))];
                ++count;
            }
        return sum;
    };
    p.followerCount.assign(std::size_t(n), 0);
    p.followerTime.assign(std::size_t(n), 0);
    p.predecessorTime.assign(std::size_t(n), 0);
    for (int v = 0; v < n; ++v) {
        int count = 0;
        p.followerTime[std::size_t(v)] = sumOver(&p.followerBits[std::size_t(v) * w], count);
        p.followerCount[std::size_t(v)] = count;
        p.predecessorTime[std::size_t(v)] = sumOver(&predecessorBits[std::size_t(v) * w], count);
    }
}

} // namespace

PrepareResult prepareProblem(const BalanceProblem &problem)
{
    const int n = problem.taskCount();
    if (n == 0)
        return failure(BalanceStatus::Invalid, PrepareTr::tr("the line has no tasks"));
    const int kinds = problem.stationKinds.isEmpty() ? 1 : int(problem.stationKinds.size());
    if (kinds > 1 || !problem.stationKinds.isEmpty()) {
        if (int(problem.kindTimes.size()) != n)
            return failure(BalanceStatus::Invalid,
                           PrepareTr::tr("station kinds are given without a time per task and kind"));
        for (const auto &row : problem.kindTimes)
            if (int(row.size()) != kinds)
                return failure(BalanceStatus::Invalid, PrepareTr::tr("every task needs one time per station kind"));
    }
    for (int t = 0; t < n; ++t)
        for (int k = 0; k < kinds; ++k) {
            const Ticks time = problem.timeAt(t, k);
            if (time < 0 && time != kNotAllowed)
                return failure(BalanceStatus::Invalid,
                               PrepareTr::tr("%1 has a negative time").arg(problem.taskLabel(t)));
        }
    const auto validTask = [n](int t) { return t >= 0 && t < n; };
    for (const auto &[a, b] : problem.precedences)
        if (!validTask(a) || !validTask(b) || a == b)
            return failure(BalanceStatus::Invalid,
                           PrepareTr::tr("a precedence relation names a task that does not exist"));

    // Tasks that must share a station become one unit.
    std::vector<int> parent(static_cast<std::size_t>(n));
    std::iota(parent.begin(), parent.end(), 0);
    for (const auto &group : problem.togetherGroups)
        for (const int t : group) {
            if (!validTask(t))
                return failure(BalanceStatus::Invalid, PrepareTr::tr("a zoning rule names a task that does not exist"));
            parent[std::size_t(findRoot(parent, t))] = findRoot(parent, group.front());
        }
    std::vector<int> unitOf(static_cast<std::size_t>(n), -1);
    PreparedProblem p;
    for (int t = 0; t < n; ++t) {
        const int root = findRoot(parent, t);
        if (unitOf[std::size_t(root)] < 0) {
            unitOf[std::size_t(root)] = p.unitCount++;
            p.members.emplace_back();
        }
        unitOf[std::size_t(t)] = unitOf[std::size_t(root)];
        p.members[std::size_t(unitOf[std::size_t(t)])].push_back(t);
    }
    const int u = p.unitCount;
    p.kindCount = kinds;
    p.allowParallel = problem.allowParallelStations;
    p.plain = problem.isPlain();
    p.predecessors.assign(std::size_t(u), {});
    p.successors.assign(std::size_t(u), {});
    p.conflicts.assign(std::size_t(u), {});
    p.fixedStation.assign(std::size_t(u), -1);

    // Edges inside a merged group order its members but do not constrain the unit.
    std::vector<std::vector<int>> taskSucc(static_cast<std::size_t>(n)), taskPred(static_cast<std::size_t>(n));
    for (const auto &[a, b] : problem.precedences) {
        taskSucc[std::size_t(a)].push_back(b);
        taskPred[std::size_t(b)].push_back(a);
        const int ua = unitOf[std::size_t(a)];
        const int ub = unitOf[std::size_t(b)];
        if (ua != ub) {
            p.successors[std::size_t(ua)].push_back(ub);
            p.predecessors[std::size_t(ub)].push_back(ua);
        }
    }
    const std::vector<int> taskOrder = topologicalOrder(n, taskSucc, taskPred);
    if (taskOrder.empty())
        return failure(BalanceStatus::Invalid, PrepareTr::tr("the precedence relations form a cycle"));
    for (auto &list : p.successors) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
    }
    for (auto &list : p.predecessors) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
    }
    const std::vector<int> order = topologicalOrder(u, p.successors, p.predecessors);
    if (order.empty())
        return failure(
            BalanceStatus::Infeasible,
            PrepareTr::tr("tasks that must share a station have another task between them in the precedence graph"));
    std::vector<int> rank(static_cast<std::size_t>(n));
    for (std::size_t i = 0; i < taskOrder.size(); ++i)
        rank[std::size_t(taskOrder[i])] = int(i);
    for (auto &list : p.members)
        std::sort(list.begin(), list.end(), [&](int a, int b) { return rank[std::size_t(a)] < rank[std::size_t(b)]; });

    p.time.assign(std::size_t(kinds), std::vector<Ticks>(std::size_t(u), 0));
    p.minTime.assign(std::size_t(u), 0);
    for (int v = 0; v < u; ++v) {
        Ticks best = -1;
        for (int k = 0; k < kinds; ++k) {
            Ticks sum = 0;
            for (const int t : p.members[std::size_t(v)]) {
                const Ticks time = problem.timeAt(t, k);
                if (time == kNotAllowed) {
                    sum = kNotAllowed;
                    break;
                }
                sum += time;
            }
            p.time[std::size_t(k)][std::size_t(v)] = sum;
            if (sum != kNotAllowed && (best < 0 || sum < best))
                best = sum;
        }
        if (best < 0)
            return failure(
                BalanceStatus::Infeasible,
                PrepareTr::tr(
                    "%1 cannot be done at any station kind (together with the tasks it must share a station with)")
                    .arg(problem.taskLabel(p.members[std::size_t(v)].front())));
        p.minTime[std::size_t(v)] = best;
        p.totalMinTime += best;
        p.maxMinTime = std::max(p.maxMinTime, best);
    }
    for (const auto &[a, b] : problem.apartPairs) {
        if (!validTask(a) || !validTask(b))
            return failure(BalanceStatus::Invalid, PrepareTr::tr("a zoning rule names a task that does not exist"));
        const int ua = unitOf[std::size_t(a)];
        const int ub = unitOf[std::size_t(b)];
        if (ua == ub)
            return failure(BalanceStatus::Infeasible, PrepareTr::tr("%1 and %2 must share a station and must not")
                                                          .arg(problem.taskLabel(a), problem.taskLabel(b)));
        p.conflicts[std::size_t(ua)].push_back(ub);
        p.conflicts[std::size_t(ub)].push_back(ua);
    }
    for (int t = 0; t < int(problem.fixedStation.size()) && t < n; ++t) {
        const int station = problem.fixedStation[std::size_t(t)];
        if (station < 0)
            continue;
        int &slot = p.fixedStation[std::size_t(unitOf[std::size_t(t)])];
        if (slot >= 0 && slot != station)
            return failure(
                BalanceStatus::Infeasible,
                PrepareTr::tr("%1 is fixed to station %2 but must share a station with a task fixed to station %3")
                    .arg(problem.taskLabel(t))
                    .arg(station + 1)
                    .arg(slot + 1));
        slot = station;
    }
    computeClosure(p, order);
    PrepareResult result;
    result.prepared = std::move(p);
    result.status = BalanceStatus::Optimal;
    return result;
}

bool PreparedProblem::hasFixedStations() const
{
    return std::any_of(fixedStation.begin(), fixedStation.end(), [](int s) { return s >= 0; });
}

std::optional<PreparedProblem> PreparedProblem::reverseUnlessFixed() const
{
    if (hasFixedStations())
        return std::nullopt;
    return reverse();
}

PreparedProblem PreparedProblem::reverse() const
{
    PreparedProblem r = *this;
    std::swap(r.predecessors, r.successors);
    std::swap(r.predecessorTime, r.followerTime);
    for (auto &list : r.members)
        std::reverse(list.begin(), list.end());
    const auto w = std::size_t(words64);
    std::fill(r.followerBits.begin(), r.followerBits.end(), 0);
    for (int a = 0; a < unitCount; ++a)
        for (int b = 0; b < unitCount; ++b)
            if (follows(a, b))
                r.followerBits[std::size_t(b) * w + std::size_t(a) / 64] |= std::uint64_t(1) << (a % 64);
    for (int v = 0; v < unitCount; ++v) {
        int count = 0;
        for (std::size_t k = 0; k < w; ++k)
            count += __builtin_popcountll(r.followerBits[std::size_t(v) * w + k]);
        r.followerCount[std::size_t(v)] = count;
    }
    std::fill(r.fixedStation.begin(), r.fixedStation.end(), -1);
    r.reversed = !reversed;
    return r;
}

QString checkCycleFits(const BalanceProblem &problem, const PreparedProblem &prepared, Ticks cycle)
{
    for (int v = 0; v < prepared.unitCount; ++v) {
        if (prepared.minTime[std::size_t(v)] <= cycle || prepared.allowParallel)
            continue;
        return QCoreApplication::translate(
                   "Balance", "%1 (time %2) is longer than the cycle time %3 and parallel stations are off")
            .arg(problem.taskLabel(prepared.members[std::size_t(v)].front()))
            .arg(prepared.minTime[std::size_t(v)])
            .arg(cycle);
    }
    return {};
}

PrepareResult prepareForCycle(const BalanceProblem &problem, Ticks cycle)
{
    if (cycle <= 0)
        return failure(BalanceStatus::Invalid, QCoreApplication::translate("Balance", "the cycle time must be positive"));
    PrepareResult prep = prepareProblem(problem);
    if (!prep.prepared)
        return prep;
    if (QString tooLong = checkCycleFits(problem, *prep.prepared, cycle); !tooLong.isEmpty())
        return failure(BalanceStatus::Infeasible, std::move(tooLong));
    return prep;
}

BalanceResult failedResult(BalanceStatus status, QString message)
{
    BalanceResult result;
    result.status = status;
    result.message = std::move(message);
    return result;
}

} // namespace taktflow::core::detail
