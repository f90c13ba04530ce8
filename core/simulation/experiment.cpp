// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/simulation/experiment.h"

#include "core/simulation/aggregation.h"
#include "core/simulation/replication.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <optional>
#include <thread>

namespace taktflow::core::simulation {

namespace {

class TextExperiment
{
    Q_DECLARE_TR_FUNCTIONS(taktflow::core::simulation::Experiment)
};

} // namespace

QString settingsProblem(const ExperimentSettings &s)
{
    if (s.replications < 1 || s.replications > kMaxReplications)
        return TextExperiment::tr("the number of replications must be between 1 and %1").arg(kMaxReplications);
    if (!std::isfinite(s.durationS) || s.durationS <= 0.0 || s.durationS > kMaxSimulatedS)
        return TextExperiment::tr("the run length must be above 0 s and at most %1 s").arg(kMaxSimulatedS, 0, 'f', 0);
    if (!std::isfinite(s.warmupS) || s.warmupS < 0.0 || s.warmupS > kMaxSimulatedS)
        return TextExperiment::tr("the warm-up must be a finite number of seconds, at least 0 and at most %1 s").arg(kMaxSimulatedS, 0, 'f', 0);
    if (s.threads < 0)
        return TextExperiment::tr("the number of threads cannot be negative");
    if (!std::isfinite(s.timeLimitWallS) || s.timeLimitWallS < 0.0)
        return TextExperiment::tr("the time limit must be a finite number of seconds, at least 0");
    if (!std::isfinite(s.seriesIntervalS) || s.seriesIntervalS < 0.0)
        return TextExperiment::tr("the series interval must be a finite number of seconds, at least 0");
    return {};
}

ExperimentResult runExperiment(const SimModel &model, const ExperimentSettings &settings,
                               const std::atomic_bool *cancel, const ProgressFn &progress)
{
    const auto started = std::chrono::steady_clock::now();
    StopSignal stop;
    stop.cancel = cancel;
    if (settings.timeLimitWallS > 0.0)
        stop.deadline = started + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                      std::chrono::duration<double>(settings.timeLimitWallS));

    const int total = settings.replications;
    int threads = settings.threads > 0 ? settings.threads : static_cast<int>(std::thread::hardware_concurrency());
    threads = std::clamp(threads, 1, total);

    std::vector<std::optional<ReplicationResult>> results(static_cast<std::size_t>(total));
    std::atomic_int next{0};
    std::atomic_bool stopAll{false};
    std::atomic_bool cancelled{false};
    std::atomic_bool timedOut{false};
    std::atomic_bool wipLimit{false};
    std::mutex progressMutex;
    int done = 0;

    const auto worker = [&] {
        for (;;) {
            const int r = next.fetch_add(1);
            if (r >= total || stopAll.load())
                return;
            Replication replication(model, settings.seed, r);
            RunWindow window;
            window.warmupS = settings.warmupS;
            window.durationS = settings.durationS;
            window.seriesIntervalS = r == 0 ? settings.seriesIntervalS : 0.0;
            ReplicationResult result = replication.run(window, stop);
            if (replication.outcome() != Replication::Outcome::Finished) {
                switch (replication.outcome()) {
                case Replication::Outcome::Cancelled: cancelled.store(true); break;
                case Replication::Outcome::TimedOut: timedOut.store(true); break;
                case Replication::Outcome::WipLimit: wipLimit.store(true); break;
                case Replication::Outcome::Finished: break;
                }
                stopAll.store(true);
                return;
            }
            results[static_cast<std::size_t>(r)] = std::move(result);
            const std::lock_guard lock(progressMutex);
            ++done;
            if (progress)
                progress(done, total);
        }
    };
    std::vector<std::thread> helpers;
    for (int t = 1; t < threads; ++t)
        helpers.emplace_back(worker);
    worker();
    for (std::thread &t : helpers)
        t.join();

    std::vector<ReplicationResult> finished;
    for (std::optional<ReplicationResult> &r : results) {
        if (r)
            finished.push_back(std::move(*r));
    }
    ExperimentResult result = aggregateReplications(finished);
    result.simulatedS = settings.durationS;
    result.warmupS = settings.warmupS;
    result.cancelled = cancelled.load();
    result.timedOut = timedOut.load() && !result.cancelled;
    result.wipLimitReached = wipLimit.load() && !result.cancelled;
    result.wallSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
}

Trace recordTrace(const SimModel &model, std::uint64_t seed, int replication, double untilS, std::size_t maxEvents,
                  const std::atomic_bool *cancel)
{
    Trace trace;
    if (!(untilS > 0.0))
        return trace;
    Replication kernel(model, seed, replication);
    RunWindow window;
    window.durationS = untilS;
    window.trace = &trace;
    window.maxTraceEvents = maxEvents;
    StopSignal stop;
    stop.cancel = cancel;
    kernel.run(window, stop);
    // Pause ends are recorded when the pause begins; a stable sort puts them in time order.
    std::stable_sort(trace.events.begin(), trace.events.end(),
                     [](const TraceEvent &a, const TraceEvent &b) { return a.timeS < b.timeS; });
    trace.endS = untilS;
    if (kernel.outcome() != Replication::Outcome::Finished) {
        trace.truncated = true;
        trace.endS = trace.events.empty() ? 0.0 : trace.events.back().timeS;
    }
    return trace;
}

} // namespace taktflow::core::simulation
