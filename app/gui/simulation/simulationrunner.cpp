// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/simulation/simulationrunner.h"

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace taktflow::app {

SimulationRunner::SimulationRunner(QObject *parent) : QObject(parent), mPoll(new QTimer(this))
{
    mPoll->setInterval(100);
    connect(mPoll, &QTimer::timeout, this, [this] {
        if (mShared)
            emit progress(mShared->done.load(), mShared->total.load());
    });
    connect(&mWatcher, &QFutureWatcher<std::shared_ptr<const SimulationRun>>::finished, this, [this] {
        mPoll->stop();
        mRunning = false;
        const std::shared_ptr<const SimulationRun> run = mWatcher.future().result();
        emit progress(mShared->done.load(), mShared->total.load());
        emit finished(run);
    });
}

SimulationRunner::~SimulationRunner()
{
    // The worker reads only its own copy of the model and the shared flags; stop it and wait.
    cancel();
    waitForFinished();
}

bool SimulationRunner::start(SimulationRun run)
{
    if (mRunning)
        return false;
    mRunning = true;
    mShared = std::make_shared<Shared>();
    mShared->total = run.settings.replications;
    std::shared_ptr<Shared> shared = mShared;
    mWatcher.setFuture(QtConcurrent::run([shared, run = std::move(run)]() mutable {
        run.result = core::simulation::runExperiment(run.model, run.settings, &shared->cancel, [shared](int done, int total) {
            shared->done = done;
            shared->total = total;
        });
        return std::shared_ptr<const SimulationRun>(std::make_shared<SimulationRun>(std::move(run)));
    }));
    mPoll->start();
    return true;
}

void SimulationRunner::cancel()
{
    if (mShared && mRunning)
        mShared->cancel = true;
}

void SimulationRunner::waitForFinished()
{
    mWatcher.waitForFinished();
}

} // namespace taktflow::app
