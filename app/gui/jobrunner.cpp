// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/jobrunner.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace taktflow::app {

JobRunner::JobRunner(QStatusBar *statusBar, QObject *parent) : QObject(parent)
{
    mPanel = new QWidget(statusBar);
    auto *layout = new QHBoxLayout(mPanel);
    layout->setContentsMargins(0, 0, 0, 0);
    mLabel = new QLabel(mPanel);
    mBar = new QProgressBar(mPanel);
    mBar->setMaximumWidth(180);
    mBar->setRange(0, 1000);
    mCancel = new QPushButton(tr("Cancel"), mPanel);
    mCancel->setObjectName(QStringLiteral("jobCancel"));
    layout->addWidget(mLabel);
    layout->addWidget(mBar);
    layout->addWidget(mCancel);
    statusBar->addPermanentWidget(mPanel);
    mPanel->hide();
    mPoll = new QTimer(this);
    mPoll->setInterval(100);
    connect(mPoll, &QTimer::timeout, this, &JobRunner::poll);
    connect(mCancel, &QPushButton::clicked, this, &JobRunner::cancel);
}

JobRunner::~JobRunner()
{
    cancel();
    waitForFinished();
}

bool JobRunner::start(const QString &title, Work work, Done done)
{
    if (mRunning)
        return false;
    mRunning = true;
    mControl = std::make_shared<JobControl>();
    mLabel->setText(title);
    mBar->setRange(0, 0);
    mCancel->setEnabled(true);
    mPanel->show();
    mPoll->start();
    auto *watcher = new QFutureWatcher<QVariant>(this);
    mWatcher = watcher;
    std::shared_ptr<JobControl> control = mControl;
    connect(watcher, &QFutureWatcher<QVariant>::finished, this, [this, watcher, control, done] {
        mPoll->stop();
        mPanel->hide();
        mRunning = false;
        mWatcher = nullptr;
        const QVariant result = watcher->future().result();
        watcher->deleteLater();
        done(result, control->isCancelled());
        emit finished();
    });
    watcher->setFuture(QtConcurrent::run([control, work = std::move(work)] { return work(*control); }));
    return true;
}

void JobRunner::cancel()
{
    if (mControl && mRunning) {
        mControl->mStop.request_stop();
        mCancel->setEnabled(false);
        mLabel->setText(tr("Cancelling..."));
    }
}

void JobRunner::waitForFinished()
{
    if (auto *watcher = static_cast<QFutureWatcher<QVariant> *>(mWatcher))
        watcher->waitForFinished();
}

void JobRunner::poll()
{
    if (!mControl)
        return;
    const int permille = mControl->mProgressPermille.load();
    if (permille < 0) {
        mBar->setRange(0, 0);
    } else {
        mBar->setRange(0, 1000);
        mBar->setValue(std::min(permille, 1000));
    }
}

} // namespace taktflow::app
