// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/simulation/experiment.h"
#include "core/simulation/simmodel.h"
#include "core/simulation/simresult.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QTimer;

namespace taktflow::app {

/** One finished (or cancelled) run with what it ran on, for the results and the animation. */
struct SimulationRun {
    core::simulation::SimModel model;
    core::simulation::ExperimentSettings settings;
    core::simulation::ExperimentResult result;
    QString variantId;
    QString lineId;
    /** The line's parameters and input fingerprint when the run started (edits during it do not count). */
    core::SimulationParameters parameters;
    QString fingerprint;
};

/**
 * Runs an experiment on worker threads (the engine spreads the replications over the cores)
 * while the window stays responsive: progress every 100 ms, Cancel answered within the
 * engine's 100 ms. One run at a time; start() refuses a second one while the first runs.
 */
class SimulationRunner : public QObject
{
    Q_OBJECT

public:
    explicit SimulationRunner(QObject *parent = nullptr);
    ~SimulationRunner() override;

    /** False (nothing started) while a run is going on. */
    bool start(SimulationRun run);
    bool isRunning() const { return mRunning; }
    void cancel();
    /** Blocks until the running experiment returns (tests, closing the window). */
    void waitForFinished();

signals:
    void progress(int done, int total);
    /** The run ended; run.result.cancelled says whether it was cancelled. */
    void finished(const std::shared_ptr<const taktflow::app::SimulationRun> &run);

private:
    struct Shared {
        std::atomic_bool cancel{false};
        std::atomic<int> done{0};
        std::atomic<int> total{0};
    };

    QFutureWatcher<std::shared_ptr<const SimulationRun>> mWatcher;
    std::shared_ptr<Shared> mShared;
    QTimer *mPoll;
    bool mRunning = false;
};

} // namespace taktflow::app
