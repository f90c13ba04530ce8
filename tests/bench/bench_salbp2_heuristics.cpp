// SPDX-License-Identifier: GPL-3.0-or-later
// SALBP-2 upper-bound heuristics alone, without the exact searches: how close and how early the
// best cycle gets to the known optimum / best known upper bound on the Scholl SALBP-2 set.
// Start: the best greedy rule at the smallest cycle (by doubling steps, then bisection) that
// needs no more than m stations, then the late-acceptance local search (cyclesmoother.h), then
// rounds of CycleImprover with doubling window-search steps until the time is up or the best
// cycle reaches the best known upper bound. Times are CPU seconds of this process, so that
// runs on a loaded machine stay comparable. Figures go to docs/benchmarks/salbp.md.
//
//   bench_salbp2_heuristics DATASET_DIR [--seconds S] [--only REGEX]
#include "core/balance/engine/cycleimprover.h"
#include "core/balance/engine/cyclesmoother.h"
#include "core/balance/engine/greedybalancer.h"
#include "core/balance/engine/preparedproblem.h"
#include "core/balance/lowerbounds.h"
#include "core/io/salbpreader.h"
#include "salbptable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace taktflow::core;
using taktflow::bench::Instance;

namespace {

double cpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

Ticks largestLoad(const detail::PreparedProblem &p, const std::vector<detail::PlacedStation> &stations)
{
    Ticks largest = 0;
    for (const detail::PlacedStation &s : stations) {
        Ticks load = 0;
        for (const int u : s.units)
            load += p.minTime[std::size_t(u)];
        largest = std::max(largest, load);
    }
    return largest;
}

// The best greedy line with at most m stations at the smallest cycle bisection finds.
std::vector<detail::PlacedStation> greedyStart(const detail::PreparedProblem &p, const detail::PreparedProblem &back,
                                               int m)
{
    const auto fits = [&](Ticks c) {
        auto s = detail::bestGreedy(p, &back, c, 0);
        return s && detail::stationCount(*s) <= m ? s : std::nullopt;
    };
    Ticks lo = std::max(p.maxMinTime, lowerbounds::cycleTime(p.minTime, m));
    Ticks hi = lo;
    auto best = fits(hi);
    while (!best) {
        lo = hi + 1;
        hi *= 2;
        best = fits(hi);
    }
    while (lo < hi) {
        const Ticks mid = lo + (hi - lo) / 2;
        if (auto s = fits(mid)) {
            best = std::move(s);
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    return *best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("dataset"), QStringLiteral("../shared/datasets/salbp"));
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("CPU seconds per instance"), QStringLiteral("S"),
                      QStringLiteral("2")});
    parser.addOption({QStringLiteral("only"), QStringLiteral("instances matching"), QStringLiteral("REGEX")});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const double seconds = parser.value(QStringLiteral("seconds")).toDouble();
    const QRegularExpression only(parser.value(QStringLiteral("only")));
    QTextStream out(stdout);
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
               .arg(QStringLiteral("instance"), -20)
               .arg(QStringLiteral("m"), 4)
               .arg(QStringLiteral("start"), 8)
               .arg(QStringLiteral("best"), 8)
               .arg(QStringLiteral("known"), 13)
               .arg(QStringLiteral("at_s"), 7)
               .arg(QStringLiteral("reached"), 8);
    int instances = 0;
    int reached = 0;
    int startReached = 0;
    std::vector<double> times;
    const QString dataset = parser.positionalArguments().front();
    const std::vector<Instance> rows = taktflow::bench::readTable(
        dataset + QStringLiteral("/scholl/salbp2_scholl_302.csv"), dataset + QStringLiteral("/scholl"), {}, true);
    for (const Instance &row : rows) {
        if (!only.pattern().isEmpty() && !row.name.contains(only))
            continue;
        const SalbpReadResult read = readSalbpFile(row.file);
        if (!read) {
            out << row.name << QStringLiteral(" cannot be read: ") << read.errorMessage << '\n';
            return 1;
        }
        BalanceProblem problem;
        problem.taskTimes = read.instance->taskTimes;
        problem.precedences = read.instance->precedences;
        const detail::PreparedProblem p = *detail::prepareProblem(problem).prepared;
        const detail::PreparedProblem back = p.reverse();
        const Ticks lower = lowerbounds::cycleTime(p.minTime, int(row.parameter));
        const auto stop = [] { return false; };
        const double started = cpuSeconds();
        const auto elapsed = [started] { return cpuSeconds() - started; };
        std::vector<detail::PlacedStation> start = greedyStart(p, back, int(row.parameter));
        detail::CycleSmoother smoother(p, int(row.parameter));
        smoother.start(start);
        if (smoother.run(lower, 300000, stop))
            start = smoother.best();
        const Ticks startLoad = largestLoad(p, start);
        double at = elapsed();
        detail::CycleImprover improver(p, &back, int(row.parameter));
        improver.offer(start);
        // Stop at the best known upper bound: nobody knows whether anything below exists.
        const Ticks target = std::max<Ticks>(lower, row.upper);
        for (std::int64_t steps = 100000; improver.bestLoad() > target && elapsed() < seconds;
             steps *= 2) {
            const auto timeUp = [&] { return elapsed() >= seconds; };
            if (improver.improve(target, steps, timeUp))
                at = elapsed();
        }
        const Ticks best = improver.bestLoad();
        const bool hit = best <= row.upper;
        ++instances;
        reached += hit ? 1 : 0;
        startReached += startLoad <= row.upper ? 1 : 0;
        if (hit)
            times.push_back(at);
        const QString known = row.lower == row.upper
                                  ? QString::number(row.upper)
                                  : QStringLiteral("[%1,%2]").arg(row.lower).arg(row.upper);
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                   .arg(row.name, -20)
                   .arg(int(row.parameter), 4)
                   .arg(startLoad, 8)
                   .arg(best, 8)
                   .arg(known, 13)
                   .arg(at, 7, 'f', 3)
                   .arg(hit ? QStringLiteral("yes") : QStringLiteral("no"), 8);
        out.flush();
    }
    std::sort(times.begin(), times.end());
    const double median = times.empty() ? 0.0 : times[times.size() / 2];
    out << QStringLiteral("SUMMARY instances=%1 reached_best_known_ub=%2 (greedy+local search alone: %3) "
                          "median_s_to_reach=%4 max_s_to_reach=%5 seconds_each=%6\n")
               .arg(instances)
               .arg(reached)
               .arg(startReached)
               .arg(median, 0, 'f', 3)
               .arg(times.empty() ? 0.0 : times.back(), 0, 'f', 3)
               .arg(seconds);
    return 0;
}
