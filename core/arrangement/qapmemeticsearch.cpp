// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/arrangement/qapmemeticsearch.h"

#include "core/arrangement/qaprandom.h"
#include "core/arrangement/qaptabusearch.h"

#include <algorithm>
#include <atomic>
#include <barrier>
#include <chrono>
#include <cmath>
#include <functional>
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
    Shared(const QapProblem &p, const QapOptions &o, const std::vector<int> &f, const Tuning &t, Clock::time_point s)
        : problem(p)
        , options(o)
        , freeItems(f)
        , tuning(t)
        , start(s)
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

    // The stop flag, a cancel (recorded, so that the result says so) or the time limit.
    bool stopRequested()
    {
        if (stop.load(std::memory_order_relaxed))
            return true;
        if (options.stopToken.stop_requested()) {
            cancelled.store(true);
            stop.store(true);
            return true;
        }
        if (options.timeLimitS > 0 &&
            std::chrono::duration<double>(Clock::now() - start).count() >= options.timeLimitS) {
            stop.store(true);
            return true;
        }
        return false;
    }
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

// One search thread: a population of tabu-improved members, bred by crossover or by perturbing
// the best, meeting the other threads at the barrier after every epoch of work.
template<typename T, typename Barrier> class Worker
{
public:
    Worker(Shared &sh, int index, Barrier &barrier, std::int64_t budget)
        : mSh(sh)
        , mOptions(sh.options)
        , mTuning(sh.tuning)
        , mIndex(index)
        , mBarrier(barrier)
        , mBudget(budget)
        , mRng(mOptions.seed * 0x9E3779B97F4A7C15ULL + std::uint64_t(index) * 0xD1B54A32D192ED03ULL + 1)
        , mSearch(sh.problem, sh.freeItems, [&sh] { return sh.stopRequested(); })
        , mReport(sh.reports[std::size_t(index)])
        , mM(mSearch.freeCount())
        , mAlternate(sh.reports.size() == 1)
    {
        mReport.bestCost = std::numeric_limits<std::int64_t>::max();
        applyProfile();
        mKMin = std::max(2, int(std::lround(mTuning.perturbMinShare * mM)));
        mKMax = std::max(mKMin, int(std::lround(mTuning.perturbMaxShare * mM)));
        mPopulationSize = std::size_t(std::max(1, mTuning.populationSize));
        mEpochLength = std::max<std::int64_t>(std::int64_t(10.0 * mM),
                                              std::int64_t(mTuning.epochWork / (double(mM) * double(mM) + 1.0)));
        mK = mKMin;
        mLastProgress = sh.start;
        mShouldStop = [this]() { return shouldStop(); };
        // Going from a member's state to a child by swaps beats a reset (O(m^2 n)) while the
        // swaps (O(m^2 + m n) each) number less than about n / 4.
        mMaxWalkSwaps = sh.problem.n / 4;
        // Members keep their states (two m x m matrices each) while the population's copies stay
        // under about 256 MB, i.e. up to about 1,400 free items; larger ones reset every phase.
        mKeepStates = 2.0 * double(mM) * double(mM) * double(sizeof(T)) * double(mPopulationSize) <= 256.0e6;
    }

    void run()
    {
        if (!mSearch.ready()) {
            // Stopped while the search copied its matrices: the start is this worker's answer.
            const std::vector<int> start = mOptions.startPermutation.empty()
                                               ? randomStart(mSh.problem, mOptions, mSh.freeItems, mRng)
                                               : mOptions.startPermutation;
            noteBest(start, qapCost(mSh.problem, start));
            mStopNow = true;
        }
        for (;;) {
            const std::int64_t epochStart = mUsed;
            while (mUsed - epochStart < mEpochLength && !mStopNow)
                generation();
            mReport.wantsStop = mStopNow;
            mBarrier.arrive_and_wait();
            if (mSh.allStop)
                break;
            adoptSharedBest();
            ++mEpoch;
            // A lone worker takes turns with both profiles.
            if (mAlternate)
                applyProfile();
        }
    }

private:
    void applyProfile()
    {
        const Profile &profile = mTuning.profiles[(mIndex + (mAlternate ? mEpoch : 0)) % 2];
        mRestartFromScratch = profile.restartFromScratch;
        mPhaseLength = std::max<std::int64_t>(1, std::llround(profile.phaseLengthPerItem * mM));
        mSearch.setTenureScale(profile.tenureScale);
    }

    bool shouldStop()
    {
        if (mSh.stopRequested())
            return true;
        const Clock::time_point now = Clock::now();
        if (mIndex == 0 && mOptions.progress &&
            std::chrono::duration<double>(now - mLastProgress).count() >= mOptions.progressIntervalS) {
            mLastProgress = now;
            mOptions.progress(QapProgress{mSh.bestCost.load(), mSh.iterations.load(), secondsSince(mSh.start)});
        }
        return false;
    }

    void noteBest(const std::vector<int> &perm, std::int64_t cost)
    {
        mReport.bestCost = cost;
        mReport.bestPerm = perm;
        publishBest(mSh, cost);
    }

    // One tabu phase from `start`, optionally perturbed first; returns the best state seen.
    // `near` is a member whose state the phase may start from when start is close to it.
    Member<T> improve(const std::vector<int> &start, int perturbation, const Member<T> *near,
                      const std::vector<int> *relinkTarget = nullptr)
    {
        const bool walked = near && !near->state.perm.empty() &&
                            (mSearch.restore(near->state), mSearch.walkTo(start, mMaxWalkSwaps));
        if (!walked && !mSearch.reset(start, mShouldStop)) {
            // Stopped while setting up the deltas (O(m^2 n), seconds for thousands of items):
            // the start itself is the answer of this phase.
            mStopNow = true;
            Member<T> unimproved{start, mSearch.cost(), {}};
            if (unimproved.cost < mReport.bestCost)
                noteBest(unimproved.perm, unimproved.cost);
            return unimproved;
        }
        if (relinkTarget) {
            // Walk a third to two thirds of the way (counted in items), so that the child mixes
            // both parents.
            const int differing = mSearch.differingItems(*relinkTarget);
            mSearch.relinkToward(*relinkTarget, int(std::lround(differing * (0.33 + 0.34 * mRng.unit()))), mRng);
        }
        mSearch.perturb(perturbation, mRng);
        Member<T> result{mSearch.permutation(), mSearch.cost(), {}};
        runPhase(result);
        if (result.cost < mReport.bestCost) {
            noteBest(result.perm, result.cost);
            mReport.improvedThisEpoch = true;
            mStagnation = 0;
            mK = mKMin;
        }
        return result;
    }

    // The tabu steps of one phase from the search's current state; result takes the best seen.
    void runPhase(Member<T> &result)
    {
        mPhaseBest.cost = result.cost + 1;
        const std::int64_t steps = mBudget > 0 ? std::min(mPhaseLength, mBudget - mUsed) : mPhaseLength;
        const std::int64_t done = mSearch.run(steps, mRng, mShouldStop, mPhaseBest);
        mUsed += done;
        mSh.iterations.fetch_add(done, std::memory_order_relaxed);
        if (done < steps || (mBudget > 0 && mUsed >= mBudget))
            mStopNow = true;
        if (mPhaseBest.cost <= result.cost) {
            result.perm = mPhaseBest.perm;
            result.cost = mPhaseBest.cost;
            if (mKeepStates)
                result.state = std::move(mPhaseBest);
        }
    }

    bool isDuplicate(const Member<T> &candidate) const
    {
        return std::any_of(mPopulation.begin(), mPopulation.end(), [&](const Member<T> &member) {
            return member.cost == candidate.cost && member.perm == candidate.perm;
        });
    }

    std::size_t worstIndex() const
    {
        std::size_t worst = 0;
        for (std::size_t i = 1; i < mPopulation.size(); ++i)
            if (mPopulation[i].cost >= mPopulation[worst].cost)
                worst = i;
        return worst;
    }

    std::size_t bestIndex() const
    {
        std::size_t best = 0;
        for (std::size_t i = 1; i < mPopulation.size(); ++i)
            if (mPopulation[i].cost < mPopulation[best].cost)
                best = i;
        return best;
    }

    void generation()
    {
        if (mPopulation.size() < mPopulationSize) {
            addFreshMember();
            return;
        }
        ++mStagnation;
        Member<T> child = breedChild();
        const std::size_t worst = worstIndex();
        if (child.cost < mPopulation[worst].cost && !isDuplicate(child))
            mPopulation[worst] = std::move(child);
        if (mStagnation >= mTuning.stagnationLimit) {
            // Converged: rebuild the population from fresh random starts, keeping the best
            // member unless the profile restarts from scratch.
            const std::size_t best = bestIndex();
            std::swap(mPopulation[0], mPopulation[best]);
            mPopulation.resize(mRestartFromScratch ? 0 : 1);
            mStagnation = 0;
        }
    }

    void addFreshMember()
    {
        const bool fromGivenStart = mIndex == 0 && mReport.bestPerm.empty() && !mOptions.startPermutation.empty();
        const std::vector<int> start =
            fromGivenStart ? mOptions.startPermutation : randomStart(mSh.problem, mOptions, mSh.freeItems, mRng);
        if (fromGivenStart) {
            // The given start counts even if the first phase is cut short.
            const std::int64_t startCost = qapCost(mSh.problem, start);
            if (startCost < mReport.bestCost)
                noteBest(start, startCost);
        }
        mPopulation.push_back(improve(start, 0, nullptr));
    }

    // A child by crossover of two members, or by perturbing the best one.
    Member<T> breedChild()
    {
        if (mPopulation.size() >= 2 && mRng.unit() < mTuning.crossoverRate) {
            const int a = mRng.below(int(mPopulation.size()));
            int b = mRng.below(int(mPopulation.size()) - 1);
            if (b >= a)
                ++b;
            const Member<T> &first = mPopulation[std::size_t(a)];
            const Member<T> &second = mPopulation[std::size_t(b)];
            if (mTuning.pathRelinking)
                return improve(first.perm, 0, &first, &second.perm);
            return improve(cycleCrossover(first.perm, second.perm, mRng), 0, &first);
        }
        const Member<T> &best = mPopulation[bestIndex()];
        Member<T> child = improve(best.perm, mK, &best);
        mK = mK >= mKMax ? mKMin : mK + 1;
        return child;
    }

    // Bring the shared best into the population so good building blocks spread.
    void adoptSharedBest()
    {
        if (!mReport.improvedThisEpoch && mSh.globalBestCost < mReport.bestCost && !mPopulation.empty()) {
            Member<T> shared{mSh.globalBest, mSh.globalBestCost, {}};
            if (!isDuplicate(shared))
                mPopulation[worstIndex()] = std::move(shared);
        }
        mReport.improvedThisEpoch = false;
    }

    Shared &mSh;
    const QapOptions &mOptions;
    const Tuning &mTuning;
    const int mIndex;
    Barrier &mBarrier;
    const std::int64_t mBudget;
    QapRandom mRng;
    QapTabuSearch<T> mSearch;
    WorkerReport &mReport;
    const int mM;
    const bool mAlternate;
    int mEpoch = 0;
    std::int64_t mPhaseLength = 1;
    bool mRestartFromScratch = false;
    int mKMin = 2;
    int mKMax = 2;
    std::size_t mPopulationSize = 1;
    std::int64_t mEpochLength = 1;
    int mK = 2;
    int mStagnation = 0;
    Clock::time_point mLastProgress;
    std::function<bool()> mShouldStop;
    std::vector<Member<T>> mPopulation;
    typename QapTabuSearch<T>::State mPhaseBest;
    std::int64_t mUsed = 0;
    bool mStopNow = false;
    int mMaxWalkSwaps = 0;
    bool mKeepStates = false;
};

template<typename T, typename Barrier> void runWorker(Shared &sh, int index, Barrier &barrier, std::int64_t budget)
{
    Worker<T, Barrier>(sh, index, barrier, budget).run();
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
                           bool useDoubles, std::int64_t lowerBound, Clock::time_point start)
{
    int threadCount = options.threads;
    if (threadCount <= 0)
        threadCount = std::clamp(int(std::thread::hardware_concurrency()), 1, 2);
    const double dominance = std::max(coefficientOfVariation(problem.flow), coefficientOfVariation(problem.distance));
    Shared sh(problem, options, freeItems, dominance >= structuredDominance ? structuredTuning : unstructuredTuning,
              start);
    sh.lowerBound = lowerBound;
    sh.bestCost.store(std::numeric_limits<std::int64_t>::max());
    sh.reports.resize(std::size_t(threadCount));
    QapResult result = useDoubles ? runThreads<double>(sh, threadCount) : runThreads<std::int64_t>(sh, threadCount);
    result.seconds = secondsSince(sh.start);
    return result;
}

} // namespace taktflow::core
