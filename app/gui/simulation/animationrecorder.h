// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/simulation/experiment.h"
#include "core/simulation/simmodel.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace taktflow::app {

class AnimationPage;
class ProjectDocument;
class SimulationWorkspace;
struct SimulationRun;

/**
 * Feeds the animation page: after every finished run (and when the user asks for it on a line
 * not run in this session) it records replication 0 of the line with the run's seed in the
 * background (recordTrace, the same streams as the experiment's first replication) and hands
 * the trace to the page. Recordings stop at kMaxEvents; the page then says so. A new request
 * cancels the recording under way.
 */
class AnimationRecorder : public QObject
{
    Q_OBJECT

public:
    /** Most events kept (about 24 bytes each). */
    static constexpr std::size_t kMaxEvents = 2'000'000;

    AnimationRecorder(ProjectDocument *document, SimulationWorkspace *workspace, AnimationPage *page);
    ~AnimationRecorder() override;

    /** Records the workspace's current line from its saved parameters; false (with the reason
     *  on the page) when the line cannot be simulated. */
    bool recordCurrentLine();
    /** True from a request until its trace reached the page (or was dropped). */
    bool isRecording() const { return mRunning.has_value() || mPending.has_value(); }
    /** Blocks until the recording under way has ended (tests, closing). */
    void waitForFinished();

signals:
    /** A recording reached the page. */
    void shown();

private:
    struct Request {
        core::simulation::SimModel model;
        core::simulation::ExperimentSettings settings;
        QString variantId;
        QString lineId;
    };
    void record(Request request);
    void start(Request request);
    void onRecorded();

    ProjectDocument *mDocument;
    SimulationWorkspace *mWorkspace;
    AnimationPage *mPage;
    QFutureWatcher<core::simulation::Trace> mWatcher;
    std::shared_ptr<std::atomic_bool> mCancel;
    std::optional<Request> mRunning;
    /** Asked for while another recording was still being cancelled. */
    std::optional<Request> mPending;
};

} // namespace taktflow::app
