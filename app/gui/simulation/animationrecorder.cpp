// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/simulation/animationrecorder.h"

#include "app/document/projectdocument.h"
#include "app/gui/line/linecontext.h"
#include "app/gui/simulation/animationpage.h"
#include "app/gui/simulation/simulationrunner.h"
#include "app/gui/simulation/simulationworkspace.h"
#include "core/simulation/linemodelbuilder.h"

#include <QtConcurrent/QtConcurrentRun>

namespace taktflow::app {

AnimationRecorder::AnimationRecorder(ProjectDocument *document, SimulationWorkspace *workspace, AnimationPage *page)
    : QObject(workspace), mDocument(document), mWorkspace(workspace), mPage(page)
{
    connect(&mWatcher, &QFutureWatcher<core::simulation::Trace>::finished, this, &AnimationRecorder::onRecorded);
    connect(workspace, &SimulationWorkspace::runFinished, this, [this](const std::shared_ptr<const SimulationRun> &run) {
        record({run->model, run->settings, run->variantId, run->lineId});
    });
    connect(page, &AnimationPage::recordRequested, this, &AnimationRecorder::recordCurrentLine);
}

AnimationRecorder::~AnimationRecorder()
{
    mPending.reset();
    // After takeResult() the finished future is invalid and must not be waited for.
    if (mWatcher.isRunning()) {
        mCancel->store(true);
        mWatcher.waitForFinished();
    }
}

bool AnimationRecorder::recordCurrentLine()
{
    const LineContext *context = mWorkspace->context();
    const core::Variant *variant = mDocument->project().findVariant(context->variantId());
    const core::ProductionLine *line = context->line();
    if (!variant || !line) {
        mPage->showMessage(tr("There is no production line to animate in this variant."));
        return false;
    }
    core::simulation::BuiltModel built = core::simulation::buildLineModel(mDocument->project(), *variant, *line);
    if (!built.ok()) {
        mPage->showMessage(tr("The line cannot be simulated: %1").arg(built.error));
        return false;
    }
    record({std::move(built.model), built.settings, variant->id, line->id});
    return true;
}

void AnimationRecorder::waitForFinished()
{
    // A cancelled recording may have a pending one to start; wait for that too.
    while (mRunning) {
        mWatcher.waitForFinished();
        onRecorded();
    }
}

void AnimationRecorder::record(Request request)
{
    if (mWatcher.isRunning()) {
        mCancel->store(true);
        mPending = std::move(request);
        return;
    }
    start(std::move(request));
}

void AnimationRecorder::start(Request request)
{
    mPage->showMessage(tr("Recording the first replication for the animation..."));
    mCancel = std::make_shared<std::atomic_bool>(false);
    mRunning = std::move(request);
    const double untilS = mRunning->settings.warmupS + mRunning->settings.durationS;
    mWatcher.setFuture(QtConcurrent::run(
        [model = mRunning->model, seed = mRunning->settings.seed, untilS, cancel = mCancel] {
            return core::simulation::recordTrace(model, seed, 0, untilS, kMaxEvents, cancel.get());
        }));
}

void AnimationRecorder::onRecorded()
{
    if (!mRunning)
        return; // handled already (waitForFinished calls this before the signal arrives)
    const Request done = std::move(*mRunning);
    mRunning.reset();
    const bool cancelled = mCancel && mCancel->load();
    if (mPending) {
        Request next = std::move(*mPending);
        mPending.reset();
        start(std::move(next));
        return;
    }
    if (cancelled)
        return;
    const core::Variant *variant = mDocument->project().findVariant(done.variantId);
    const core::ProductionLine *line = nullptr;
    if (variant) {
        for (const auto &candidate : variant->lines)
            line = candidate.id == done.lineId ? &candidate : line;
    }
    if (!line) {
        mPage->showMessage(tr("The recorded line was removed; run the simulation again to see it."));
        return;
    }
    mPage->setRun(*variant, *line, mWatcher.future().takeResult(), done.settings.warmupS);
    emit shown();
}

} // namespace taktflow::app
