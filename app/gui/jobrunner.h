// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QVariant>

#include <atomic>
#include <functional>
#include <memory>
#include <stop_token>

class QLabel;
class QProgressBar;
class QPushButton;
class QStatusBar;
class QTimer;

namespace taktflow::app {

/** What a background job sees: a stop token to honour and a progress value to set. */
class JobControl
{
public:
    std::stop_token stopToken() const { return mStop.get_token(); }
    bool isCancelled() const { return mStop.stop_requested(); }
    /** 0..1; negative means "unknown" (a busy indicator). Thread-safe. */
    void setProgress(double fraction) { mProgressPermille.store(int(fraction * 1000)); }

private:
    friend class JobRunner;
    std::stop_source mStop;
    std::atomic<int> mProgressPermille{-1};
};

/**
 * Runs long work (layout optimisation, drawing export) on a worker thread with a progress bar
 * and a Cancel button in the status bar, so the window never freezes. One job at a time. The
 * work function must not touch widgets or the document; its result is handed to `done` on the
 * GUI thread, which applies it (usually by pushing a command).
 */
class JobRunner : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<QVariant(JobControl &control)>;
    using Done = std::function<void(const QVariant &result, bool cancelled)>;

    explicit JobRunner(QStatusBar *statusBar, QObject *parent = nullptr);
    ~JobRunner() override;

    /** False when a job is already running. */
    bool start(const QString &title, Work work, Done done);
    bool isRunning() const { return mRunning; }
    void cancel();
    /** Blocks until the running job ends (tests, closing the window). */
    void waitForFinished();

signals:
    void finished();

private:
    void poll();

    QWidget *mPanel;
    QLabel *mLabel;
    QProgressBar *mBar;
    QPushButton *mCancel;
    QTimer *mPoll;
    std::shared_ptr<JobControl> mControl;
    bool mRunning = false;
    QObject *mWatcher = nullptr;
};

} // namespace taktflow::app
