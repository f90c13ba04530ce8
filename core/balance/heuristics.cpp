// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/heuristics.h"

#include "core/balance/engine/greedybalancer.h"

#include <QCoreApplication>

#include <chrono>

namespace taktflow::core {

namespace {

QString greedyFailedMessage()
{
    return QCoreApplication::translate("Balance", "the heuristic found no assignment that meets every constraint");
}

BalanceResult finish(const BalanceProblem &problem, const detail::PreparedProblem &prepared,
                     const std::optional<std::vector<detail::PlacedStation>> &stations, Ticks cycle,
                     std::chrono::steady_clock::time_point start)
{
    if (!stations)
        return detail::failedResult(BalanceStatus::Infeasible, greedyFailedMessage());
    BalanceResult result = detail::makeResult(problem, prepared, *stations, cycle, BalanceStatus::Feasible);
    result.lowerBound = 0;
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

} // namespace

BalanceResult balanceHeuristic(const BalanceProblem &problem, Ticks cycle, PriorityRule rule)
{
    const auto start = std::chrono::steady_clock::now();
    const detail::PrepareResult prep = detail::prepareForCycle(problem, cycle);
    if (!prep.prepared)
        return detail::failedResult(prep.status, prep.message);
    const detail::PreparedProblem &p = *prep.prepared;
    if (rule == PriorityRule::RandomizedMultiPass)
        return finish(problem, p, detail::bestGreedy(p, nullptr, cycle, 40), cycle, start);
    return finish(problem, p, detail::greedyBalance(p, cycle, detail::rulePriorities(p, rule)), cycle, start);
}

BalanceResult balanceHeuristicBest(const BalanceProblem &problem, Ticks cycle)
{
    const auto start = std::chrono::steady_clock::now();
    const detail::PrepareResult prep = detail::prepareForCycle(problem, cycle);
    if (!prep.prepared)
        return detail::failedResult(prep.status, prep.message);
    const detail::PreparedProblem &p = *prep.prepared;
    const std::optional<detail::PreparedProblem> reversed = p.reverseUnlessFixed();
    return finish(problem, p, detail::bestGreedy(p, reversed ? &*reversed : nullptr, cycle, 0), cycle, start);
}

} // namespace taktflow::core
