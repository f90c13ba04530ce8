// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/qapmemeticsearch.h"

#include "core/layout/qaprandom.h"
#include "core/layout/qaptabusearch.h"

#include <algorithm>
#include <atomic>
#include <barrier>
#include <chrono>
#include <cmath>
#include <limits>
#include <thread>

namespace taktflow::core {

namespace {

using Clock = std::chrono::steady_clock;

// How one worker searches: tabu steps per generation (times m), tenure (share of m), and
// whether a converged population is rebuilt from scratch. On unstructured instances (tai*a,
// sko, wil) good solutions share little, so long phases with Taillard's robust tenure and
// restarts from scratch suit them; on structured ones (a few dominant flows or distances:
// tai*b, bur, ste, els, chr) the best member carries the building blocks and is kept, and
// short phases with a short tenure work better.
struct Profile {
    double phaseLengthPerItem;
    double tenureScale;
    bool restartFromScratch;
};

// Search parameters, chosen on family-wide runs (see docs/benchmarks/qap.md), not on single
// instances. The two threads run profiles[0] and profiles[1]; a single thread alternates them.
struct Tuning {
    Profile profiles[2];
    int populationSize;
    double crossoverRate;   // else: perturb the best member
    // Crossover by path relinking (a greedy walk part of the way from one parent toward the
    // other, see improve()) instead of cycle crossover.
    bool pathRelinking;
    double perturbMinShare; // perturbation swaps, as a share of m
    double perturbMaxShare;
    int stagnationLimit; // generations without a new best before a restart
    double epochWork;    // pair updates between two elite exchanges
};

// Unstructured: two robust tabu searches with different random streams, perturbations of
// 0.1 m to 0.5 m swaps (their good solutions sit in wide, flat regions).
constexpr Tuning unstructuredTuning{{{5.0, 0.7, true}, {5.0, 0.7, true}}, 8, 0.5, false, 0.1, 0.5, 50, 2.0e8};
// Structured: two short-tenure profiles that keep their best member, and smaller
// perturbations (0.05 m to 0.25 m swaps), since a few heavy flows fix most of a good solution.
constexpr Tuning structuredTuning{{{2.0, 0.2, false}, {1.0, 0.1, false}}, 8, 0.5, true, 0.05, 0.25, 50, 2.0e8};

// Flow (or distance) dominance: a coefficient of variation of 2 or more means a few entries
// carry most of the total. On QAPLIB this splits the families cleanly: tai*b, bur, chr, els,
// esc, scr, ste, tai*c lie at 2.0-11.5; tai*a, sko, nug, tho, wil, lipa, had, rou, kra at
// 0.2-1.5.
constexpr double structuredDominance = 2.0;

struct WorkerReport {
    std::vector<int> bestPerm;
    std::int64_t bestCost = 0;
    bool wantsStop = false;
    bool improvedThisEpoch = false;
};

struct Shared {
    Shared(const QapProblem &p, const QapOptions &o, const std::vector<int> &f, const Tuning &t)
        : problem(p)
        , options(o)
        , freeItems(f)
        , tuning(t)
        , start(Clock::now())
    {
    }

    const QapProblem &problem;
    const QapOptions &options;
    const std::vector<int> &freeItems;
    Tuning tuning;
    Clock::time_point start;
    std::int64_t lowerBound = std::numeric_limits<std::int64_t>::min();
    std::atomic<bool> stop{false};
    std::atomic<bool> cancelled{false};
    std::atomic<std::int64_t> bestCost{0};
    std::atomic<std::int64_t> iterations{0};
    std::vector<WorkerReport> reports;
    // Written only in the barrier's completion step, read after it.
    std::vector<int> globalBest;
    std::int64_t globalBestCost = 0;
    bool allStop = false;
};

// Standard deviation over mean of all entries (diagonal included, as QAPLIB's statistics do).
double coefficientOfVariation(const std::vector<std::int64_t> &values)
{
    if (values.empty())
        return 0.0;
    double sum = 0, sumSquares = 0;
    for (std::int64_t v : values) {
        sum += double(v);
        sumSquares += double(v) * double(v);
    }
    const double mean = sum / double(values.size());
    if (mean == 0.0)
        return 0.0;
    const double variance = std::max(0.0, sumSquares / double(values.size()) - mean * mean);
    return std::sqrt(variance) / std::fabs(mean);
}

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// Publishes a worker's new best; reaching the lower bound ends every worker's search.
void publishBest(Shared &sh, std::int64_t candidate)
{
    std::int64_t current = sh.bestCost.load(std::memory_order_relaxed);
    while (candidate < current && !sh.bestCost.compare_exchange_weak(current, candidate, std::memory_order_relaxed)) {
    }
    if (candidate <= sh.lowerBound)
        sh.stop.store(true);
}

std::vector<int> randomStart(const QapProblem &problem, const QapOptions &options, const std::vector<int> &freeItems,
                             QapRandom &rng)
{
    std::vector<int> perm;
    if (!options.startPermutation.empty()) {
        perm = options.startPermutation;
    } else {
        perm.resize(std::size_t(problem.n));
        for (int i = 0; i < problem.n; ++i)
            perm[std::size_t(i)] = i;
    }
    std::vector<int> freeSlots;
    freeSlots.reserve(freeItems.size());
    for (int item : freeItems)
        freeSlots.push_back(perm[std::size_t(item)]);
    for (std::size_t i = freeSlots.size(); i > 1; --i)
        std::swap(freeSlots[i - 1], freeSlots[std::size_t(rng.below(int(i)))]);
    for (std::size_t i = 0; i < freeItems.size(); ++i)
        perm[std::size_t(freeItems[i])] = freeSlots[i];
    return perm;
}

template<typename T> struct Member {
    std::vector<int> perm;
    std::int64_t cost = 0;
    // The search state at perm (deltas and all) when the tabu phase left one, so that later
    // phases can start from it or from a nearby child without an O(m^2 n) reset.
    typename QapTabuSearch<T>::State state;
};

// Cycle crossover: every item keeps the slot it has in one of the parents, chosen cycle by
// cycle, so agreed assignments (and fixed items) are inherited unchanged.
std::vector<int> cycleCrossover(const std::vector<int> &first, const std::vector<int> &second, QapRandom &rng)
{
    const std::size_t n = first.size();
    std::vector<int> itemAtSlot(n);
    for (std::size_t i = 0; i < n; ++i)
        itemAtSlot[std::size_t(first[i])] = int(i);
    std::vector<int> child = first;
    std::vector<char> visited(n, 0);
    for (std::size_t start = 0; start < n; ++start) {
        if (visited[start] || first[start] == second[start])
            continue;
        const bool fromSecond = rng.below(2) == 0;
        std::size_t item = start;
        do {
            visited[item] = 1;
            if (fromSecond)
                child[item] = second[item];
            item = std::size_t(itemAtSlot[std::size_t(second[item])]);
        } while (item != start);
    }
    return child;
}

template<typename T, typename Barrier> void runWorker(Shared &sh, int index, Barrier &barrier, std::int64_t budget)
{
    const QapOptions &options = sh.options;
    const Tuning &tuning = sh.tuning;
    QapRandom rng(options.seed * 0x9E3779B97F4A7C15ULL + std::uint64_t(index) * 0xD1B54A32D192ED03ULL + 1);
    QapTabuSearch<T> search(sh.problem, sh.freeItems);
    WorkerReport &report = sh.reports[std::size_t(index)];
    report.bestCost = std::numeric_limits<std::int64_t>::max();

    const int m = search.freeCount();
    const bool alternate = sh.reports.size() == 1;
    int epoch = 0;
    std::int64_t phaseLength = 1;
    bool restartFromScratch = false;
    auto applyProfile = [&]() {
        const Profile &profile = tuning.profiles[(index + (alternate ? epoch : 0)) % 2];
        restartFromScratch = profile.restartFromScratch;
        phaseLength = std::max<std::int64_t>(1, std::llround(profile.phaseLengthPerItem * m));
        search.setTenureScale(profile.tenureScale);
    };
    applyProfile();
    const int kMin = std::max(2, int(std::lround(tuning.perturbMinShare * m)));
    const int kMax = std::max(kMin, int(std::lround(tuning.perturbMaxShare * m)));
    const std::size_t populationSize = std::size_t(std::max(1, tuning.populationSize));
    const std::int64_t epochLength =
        std::max<std::int64_t>(std::int64_t(10.0 * m), std::int64_t(tuning.epochWork / (double(m) * double(m) + 1.0)));
    int k = kMin;
    int stagnation = 0;

    Clock::time_point lastProgress = sh.start;
    const std::function<bool()> shouldStop = [&]() {
        if (sh.stop.load(std::memory_order_relaxed))
            return true;
        if (options.stopToken.stop_requested()) {
            sh.cancelled.store(true);
            sh.stop.store(true);
            return true;
        }
        const Clock::time_point now = Clock::now();
        if (options.timeLimitS > 0 && std::chrono::duration<double>(now - sh.start).count() >= options.timeLimitS) {
            sh.stop.store(true);
            return true;
        }
        if (index == 0 && options.progress &&
            std::chrono::duration<double>(now - lastProgress).count() >= options.progressIntervalS) {
            lastProgress = now;
            options.progress(QapProgress{sh.bestCost.load(), sh.iterations.load(), secondsSince(sh.start)});
        }
        return false;
    };

    std::vector<Member<T>> population;
    typename QapTabuSearch<T>::State phaseBest;
    std::int64_t used = 0;
    bool stopNow = false;

    // Going from a member's state to a child by swaps beats a reset (O(m^2 n)) while the swaps
    // (O(m^2 + m n) each) number less than about n / 4.
    const int maxWalkSwaps = sh.problem.n / 4;
    // Members keep their states (two m x m matrices each) while the population's copies stay
    // under about 256 MB, i.e. up to about 1,400 free items; larger ones reset every phase.
    const bool keepStates = 2.0 * double(m) * double(m) * double(sizeof(T)) * double(populationSize) <= 256.0e6;
    // One tabu phase from `start`, optionally perturbed first; returns the best state seen.
    // `near` is a member whose state the phase may start from when start is close to it.
    auto improve = [&](const std::vector<int> &start, int perturbation, const Member<T> *near,
                       const std::vector<int> *relinkTarget = nullptr) {
        const bool walked = near && !near->state.perm.empty() &&
                            (search.restore(near->state), search.walkTo(start, maxWalkSwaps));
        if (!walked && !search.reset(start, shouldStop)) {
            // Stopped while setting up the deltas (O(m^2 n), seconds for thousands of items):
            // the start itself is the answer of this phase.
            stopNow = true;
            Member<T> unimproved{start, search.cost(), {}};
            if (unimproved.cost < report.bestCost) {
                report.bestCost = unimproved.cost;
                report.bestPerm = unimproved.perm;
                publishBest(sh, unimproved.cost);
            }
            return unimproved;
        }
        if (relinkTarget) {
            // Walk a third to two thirds of the way (counted in items), so that the child mixes
            // both parents.
            const int differing = search.differingItems(*relinkTarget);
            search.relinkToward(*relinkTarget, int(std::lround(differing * (0.33 + 0.34 * rng.unit()))), rng);
        }
        search.perturb(perturbation, rng);
        Member<T> result{search.permutation(), search.cost(), {}};
        phaseBest.cost = result.cost + 1;
        const std::int64_t steps = budget > 0 ? std::min(phaseLength, budget - used) : phaseLength;
        const std::int64_t done = search.run(steps, rng, shouldStop, phaseBest);
        used += done;
        sh.iterations.fetch_add(done, std::memory_order_relaxed);
        if (done < steps || (budget > 0 && used >= budget))
            stopNow = true;
        if (phaseBest.cost <= result.cost) {
            result.perm = phaseBest.perm;
            result.cost = phaseBest.cost;
            if (keepStates)
                result.state = std::move(phaseBest);
        }
        if (result.cost < report.bestCost) {
            report.bestCost = result.cost;
            report.bestPerm = result.perm;
            report.improvedThisEpoch = true;
            publishBest(sh, result.cost);
            stagnation = 0;
            k = kMin;
        }
        return result;
    };
    auto isDuplicate = [&](const Member<T> &candidate) {
        return std::any_of(population.begin(), population.end(), [&](const Member<T> &member) {
            return member.cost == candidate.cost && member.perm == candidate.perm;
        });
    };
    auto worstIndex = [&]() {
        std::size_t worst = 0;
        for (std::size_t i = 1; i < population.size(); ++i)
            if (population[i].cost >= population[worst].cost)
                worst = i;
        return worst;
    };
    auto bestIndex = [&]() {
        std::size_t best = 0;
        for (std::size_t i = 1; i < population.size(); ++i)
            if (population[i].cost < population[best].cost)
                best = i;
        return best;
    };
    auto generation = [&]() {
        if (population.size() < populationSize) {
            const bool fromGivenStart = index == 0 && report.bestPerm.empty() && !options.startPermutation.empty();
            const std::vector<int> start =
                fromGivenStart ? options.startPermutation : randomStart(sh.problem, options, sh.freeItems, rng);
            if (fromGivenStart) {
                // The given start counts even if the first phase is cut short.
                const std::int64_t startCost = qapCost(sh.problem, start);
                if (startCost < report.bestCost) {
                    report.bestCost = startCost;
                    report.bestPerm = start;
                    publishBest(sh, report.bestCost);
                }
            }
            population.push_back(improve(start, 0, nullptr));
            return;
        }
        ++stagnation;
        Member<T> child;
        if (population.size() >= 2 && rng.unit() < tuning.crossoverRate) {
            const int a = rng.below(int(population.size()));
            int b = rng.below(int(population.size()) - 1);
            if (b >= a)
                ++b;
            const Member<T> &first = population[std::size_t(a)];
            const Member<T> &second = population[std::size_t(b)];
            if (tuning.pathRelinking)
                child = improve(first.perm, 0, &first, &second.perm);
            else
                child = improve(cycleCrossover(first.perm, second.perm, rng), 0, &first);
        } else {
            const Member<T> &best = population[bestIndex()];
            child = improve(best.perm, k, &best);
            k = k >= kMax ? kMin : k + 1;
        }
        const std::size_t worst = worstIndex();
        if (child.cost < population[worst].cost && !isDuplicate(child))
            population[worst] = std::move(child);
        if (stagnation >= tuning.stagnationLimit) {
            // Converged: rebuild the population from fresh random starts, keeping the best
            // member unless the profile restarts from scratch.
            const std::size_t best = bestIndex();
            std::swap(population[0], population[best]);
            population.resize(restartFromScratch ? 0 : 1);
            stagnation = 0;
        }
    };

    for (;;) {
        const std::int64_t epochStart = used;
        while (used - epochStart < epochLength && !stopNow)
            generation();
        report.wantsStop = stopNow;
        barrier.arrive_and_wait();
        if (sh.allStop)
            break;
        // Bring the shared best into the population so good building blocks spread.
        if (!report.improvedThisEpoch && sh.globalBestCost < report.bestCost && !population.empty()) {
            Member<T> shared{sh.globalBest, sh.globalBestCost, {}};
            if (!isDuplicate(shared))
                population[worstIndex()] = std::move(shared);
        }
        report.improvedThisEpoch = false;
        ++epoch;
        // A lone worker takes turns with both profiles.
        if (alternate)
            applyProfile();
    }
}

template<typename T> QapResult runThreads(Shared &sh, int threadCount)
{
    auto completion = [&sh]() noexcept {
        std::size_t bestIndex = 0;
        bool stop = false;
        for (std::size_t i = 0; i < sh.reports.size(); ++i) {
            if (sh.reports[i].bestCost < sh.reports[bestIndex].bestCost)
                bestIndex = i;
            stop = stop || sh.reports[i].wantsStop;
        }
        sh.globalBest = sh.reports[bestIndex].bestPerm;
        sh.globalBestCost = sh.reports[bestIndex].bestCost;
        sh.allStop = stop;
    };
    std::barrier barrier(threadCount, completion);
    const std::int64_t total = sh.options.maxIterations;
    std::vector<std::thread> helpers;
    for (int i = 1; i < threadCount; ++i) {
        const std::int64_t budget = total > 0 ? std::max<std::int64_t>(1, total / threadCount) : 0;
        helpers.emplace_back([&sh, &barrier, i, budget]() { runWorker<T>(sh, i, barrier, budget); });
    }
    const std::int64_t budget0 =
        total > 0 ? std::max<std::int64_t>(1, total - (total / threadCount) * (threadCount - 1)) : 0;
    runWorker<T>(sh, 0, barrier, budget0);
    for (std::thread &t : helpers)
        t.join();

    QapResult result;
    result.permutation = sh.globalBest;
    result.cost = sh.globalBestCost;
    result.iterations = sh.iterations.load();
    result.cancelled = sh.cancelled.load();
    return result;
}

} // namespace

QapResult runMemeticSearch(const QapProblem &problem, const QapOptions &options, const std::vector<int> &freeItems,
                           bool useDoubles, std::int64_t lowerBound)
{
    int threadCount = options.threads;
    if (threadCount <= 0)
        threadCount = std::clamp(int(std::thread::hardware_concurrency()), 1, 2);
    const double dominance = std::max(coefficientOfVariation(problem.flow), coefficientOfVariation(problem.distance));
    Shared sh(problem, options, freeItems, dominance >= structuredDominance ? structuredTuning : unstructuredTuning);
    sh.lowerBound = lowerBound;
    sh.bestCost.store(std::numeric_limits<std::int64_t>::max());
    sh.reports.resize(std::size_t(threadCount));
    QapResult result = useDoubles ? runThreads<double>(sh, threadCount) : runThreads<std::int64_t>(sh, threadCount);
    result.seconds = secondsSince(sh.start);
    return result;
}

} // namespace taktflow::core
