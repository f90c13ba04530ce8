// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/simulation/buffersizing.h"

#include <QCoreApplication>

#include <chrono>
#include <cmath>

namespace taktflow::core::simulation {

namespace {

class TextBufferSizing
{
    Q_DECLARE_TR_FUNCTIONS(taktflow::core::simulation::BufferSizing)
};

// The confirming run draws from streams no candidate used.
constexpr std::uint64_t kConfirmationSeedOffset = 0x5DEECE66Dull;

/** Runs the candidates of one search with the same seeds (common random numbers). */
class Evaluator
{
public:
    Evaluator(const SimModel &model, const ExperimentSettings &settings, const std::atomic_bool *cancel,
              const ProgressFn &progress, int plannedEvaluations, BufferSizingResult &result)
        : mModel(model)
        , mSettings(settings)
        , mCancel(cancel)
        , mProgress(progress)
        , mPlanned(plannedEvaluations)
        , mResult(result)
        , mStarted(std::chrono::steady_clock::now())
    {
        mSettings.seriesIntervalS = 0.0;
    }

    bool stopped() const { return mResult.cancelled || mResult.timedOut || mResult.wipLimitReached; }

    /** The throughput of the capacities (-1: an unlimited gap); nullopt when stopped. */
    std::optional<Estimate> evaluate(const std::vector<int> &capacities, std::uint64_t seedOffset = 0)
    {
        if (stopped())
            return std::nullopt;
        SimModel m = mModel;
        for (std::size_t g = 0; g < capacities.size(); ++g) {
            if (capacities[g] >= 0)
                m.buffers[g] = capacities[g];
        }
        ExperimentSettings s = mSettings;
        s.seed += seedOffset;
        if (mSettings.timeLimitWallS > 0.0) {
            const double left = mSettings.timeLimitWallS
                                - std::chrono::duration<double>(std::chrono::steady_clock::now() - mStarted).count();
            if (left <= 0.0) {
                mResult.timedOut = true;
                return std::nullopt;
            }
            s.timeLimitWallS = left;
        }
        const ExperimentResult r = runExperiment(m, s, mCancel);
        if (r.cancelled || r.timedOut || r.wipLimitReached) {
            mResult.cancelled = r.cancelled;
            mResult.timedOut = r.timedOut;
            mResult.wipLimitReached = r.wipLimitReached;
            if (r.wipLimitReached)
                mResult.message = TextBufferSizing::tr("the line piles up more than %1 parts whatever the sized buffers hold: "
                                     "its releases outpace it (an unlimited buffer or the entry queue grows "
                                     "without end)")
                                      .arg(kMaxWipParts);
            return std::nullopt;
        }
        ++mResult.evaluations;
        if (mProgress)
            mProgress(mResult.evaluations, std::max(mPlanned, mResult.evaluations));
        return r.throughputPerHour;
    }

private:
    const SimModel &mModel;
    ExperimentSettings mSettings;
    const std::atomic_bool *mCancel;
    const ProgressFn &mProgress;
    int mPlanned;
    BufferSizingResult &mResult;
    std::chrono::steady_clock::time_point mStarted;
};

int totalOf(const std::vector<int> &capacities)
{
    int total = 0;
    for (int c : capacities)
        total += std::max(0, c);
    return total;
}

// Tries every move of one slot from a gap to another and keeps the first that raises the mean;
// repeats until no move helps (or the passes run out: each pass costs up to gaps^2 runs).
void improveBySwaps(Evaluator &evaluator, const std::vector<int> &finite, BufferCandidate &best)
{
    const int maxPasses = static_cast<int>(finite.size());
    for (int pass = 0; pass < maxPasses; ++pass) {
        bool improved = false;
        for (std::size_t i = 0; i < finite.size() && !improved; ++i) {
            const auto from = static_cast<std::size_t>(finite[i]);
            if (best.capacities[from] <= 0)
                continue;
            for (std::size_t j = 0; j < finite.size() && !improved; ++j) {
                if (j == i)
                    continue;
                std::vector<int> candidate = best.capacities;
                --candidate[from];
                ++candidate[static_cast<std::size_t>(finite[j])];
                const std::optional<Estimate> e = evaluator.evaluate(candidate);
                if (!e)
                    return;
                if (e->mean > best.throughputPerHour.mean) {
                    best.capacities = candidate;
                    best.throughputPerHour = *e;
                    improved = true;
                }
            }
        }
        if (!improved)
            return;
    }
}

} // namespace

BufferSizingResult sizeBuffers(const SimModel &model, const ExperimentSettings &settings, const BufferSizingGoal &goal,
                               const std::atomic_bool *cancel, const ProgressFn &progress)
{
    BufferSizingResult result;
    std::vector<int> finite;
    std::vector<int> start(model.buffers.size(), -1);
    for (std::size_t g = 0; g < model.buffers.size(); ++g) {
        if (model.buffers[g]) {
            finite.push_back(static_cast<int>(g));
            start[g] = 0;
        }
    }
    if (goal.targetPerHour.has_value() == goal.totalCapacity.has_value()) {
        result.message = TextBufferSizing::tr("buffer sizing needs either a target throughput or a total capacity");
        return result;
    }
    if (goal.targetPerHour && !(std::isfinite(*goal.targetPerHour) && *goal.targetPerHour > 0.0)) {
        result.message = TextBufferSizing::tr("the target throughput must be a finite number of parts per hour above 0");
        return result;
    }
    if (goal.maxTotal < 0 || (goal.totalCapacity && *goal.totalCapacity < 0)) {
        result.message = TextBufferSizing::tr("a total buffer capacity cannot be negative");
        return result;
    }
    if (finite.empty()) {
        result.message = TextBufferSizing::tr("the line has no limited buffer to size (every gap is unlimited)");
        return result;
    }
    const int limit = goal.totalCapacity ? *goal.totalCapacity : goal.maxTotal;
    const int gaps = static_cast<int>(finite.size());
    Evaluator evaluator(model, settings, cancel, progress, 1 + gaps * limit, result);

    // Greedy marginal allocation: from no buffer at all, add the one slot that raises the mean
    // throughput most (ties to the upstream gap), one total at a time.
    BufferCandidate current{start, 0, {}};
    const std::optional<Estimate> first = evaluator.evaluate(current.capacities);
    if (!first)
        return result;
    current.throughputPerHour = *first;
    result.curve.push_back(current);
    const auto reached = [&](const BufferCandidate &c) {
        return goal.targetPerHour && c.throughputPerHour.mean >= *goal.targetPerHour;
    };
    while (!reached(current) && current.total < limit) {
        std::optional<BufferCandidate> bestStep;
        for (int g : finite) {
            std::vector<int> candidate = current.capacities;
            ++candidate[static_cast<std::size_t>(g)];
            const std::optional<Estimate> e = evaluator.evaluate(candidate);
            if (!e)
                return result;
            if (!bestStep || e->mean > bestStep->throughputPerHour.mean)
                bestStep = BufferCandidate{candidate, current.total + 1, *e};
        }
        current = *bestStep;
        result.curve.push_back(current);
    }

    if (goal.totalCapacity) {
        BufferCandidate best = current;
        improveBySwaps(evaluator, finite, best);
        if (evaluator.stopped())
            return result;
        best.total = totalOf(best.capacities);
        result.curve.back() = best;
        result.best = best;
        result.found = true;
        result.message = TextBufferSizing::tr("best allocation of %1 buffer places: %2 parts per hour").arg(best.total).arg(best.throughputPerHour.mean, 0, 'f', 1);
        return result;
    }
    result.best = current;
    result.found = reached(current);
    if (!result.found) {
        result.message = TextBufferSizing::tr("the target of %1 parts per hour is not reached with up to %2 buffer places (best %3 parts per hour)")
                             .arg(*goal.targetPerHour, 0, 'f', 1)
                             .arg(limit)
                             .arg(current.throughputPerHour.mean, 0, 'f', 1);
        return result;
    }
    const std::optional<Estimate> check = evaluator.evaluate(current.capacities, kConfirmationSeedOffset);
    if (!check)
        return result;
    result.confirmed = true;
    result.confirmedThroughputPerHour = *check;
    result.message = TextBufferSizing::tr("%1 buffer places reach %2 parts per hour; an independent run gives %3 parts per hour")
                         .arg(current.total)
                         .arg(current.throughputPerHour.mean, 0, 'f', 1)
                         .arg(check->mean, 0, 'f', 1);
    return result;
}

} // namespace taktflow::core::simulation
