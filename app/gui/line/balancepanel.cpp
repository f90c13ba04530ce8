// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/line/balancepanel.h"

#include "app/document/commands/cmdline.h"
#include "app/gui/line/linecontext.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace taktflow::app {

namespace {

/** Task-related content of a line: what a balance result depends on. */
bool sameBalanceInput(const core::ProductionLine &a, const core::ProductionLine &b)
{
    return a.tasks == b.tasks && a.zoning == b.zoning && a.models == b.models &&
           a.allowParallelStations == b.allowParallelStations;
}

} // namespace

BalancePanel::BalancePanel(LineContext *context, QWidget *parent)
    : QGroupBox(tr("Balance"), parent)
    , mContext(context)
{
    setObjectName(QStringLiteral("balancePanel"));
    mSalbp1 = new QRadioButton(tr("Fewest stations at takt (SALBP-1)"), this);
    mSalbp2 = new QRadioButton(tr("Shortest cycle with"), this);
    mSalbp1->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(mSalbp1);
    group->addButton(mSalbp2);
    mStations = new QSpinBox(this);
    mStations->setRange(1, 10000);
    mStations->setValue(4);
    mStations->setSuffix(tr(" stations"));
    mSalbp2->setToolTip(tr("SALBP-2: the shortest cycle time for a given number of stations"));
    mMethod = new QComboBox(this);
    mMethod->addItem(tr("Exact (time limit)"));
    mMethod->addItem(tr("Fast heuristic"));
    mTimeLimit = new QDoubleSpinBox(this);
    mTimeLimit->setRange(0.1, 3600);
    mTimeLimit->setValue(10);
    mTimeLimit->setDecimals(1);
    mTimeLimit->setSuffix(tr(" s"));
    mBalance = new QPushButton(tr("Balance"), this);
    mBalance->setObjectName(QStringLiteral("balanceRun"));
    mCancel = new QPushButton(tr("Cancel"), this);
    mCancel->setObjectName(QStringLiteral("balanceCancel"));
    mApply = new QPushButton(tr("Apply"), this);
    mApply->setObjectName(QStringLiteral("balanceApply"));
    mApply->setToolTip(tr("Install the result as the line's stations (one undoable step)"));
    mProgress = new QProgressBar(this);
    mProgress->setRange(0, 1000);
    mProgress->setTextVisible(false);
    mProgress->setMaximumHeight(10);
    mStatus = new QLabel(this);
    mStatus->setWordWrap(true);
    mResult = new QLabel(this);
    mResult->setObjectName(QStringLiteral("balanceResult"));
    mResult->setWordWrap(true);
    mResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mPoll = new QTimer(this);
    mPoll->setInterval(100);

    auto *salbp2 = new QHBoxLayout;
    salbp2->addWidget(mSalbp2);
    salbp2->addWidget(mStations, 1);
    auto *method = new QFormLayout;
    method->addRow(tr("Method"), mMethod);
    method->addRow(tr("Time limit"), mTimeLimit);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(mBalance);
    buttons->addWidget(mCancel);
    buttons->addWidget(mApply);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mSalbp1);
    layout->addLayout(salbp2);
    layout->addLayout(method);
    layout->addLayout(buttons);
    layout->addWidget(mProgress);
    layout->addWidget(mStatus);
    layout->addWidget(mResult);

    connect(mBalance, &QPushButton::clicked, this, &BalancePanel::start);
    connect(mCancel, &QPushButton::clicked, this, &BalancePanel::cancel);
    connect(mApply, &QPushButton::clicked, this, &BalancePanel::apply);
    connect(mMethod, &QComboBox::currentIndexChanged, this, &BalancePanel::updateEnabled);
    connect(mSalbp2, &QRadioButton::toggled, this, &BalancePanel::updateEnabled);
    connect(mPoll, &QTimer::timeout, this, &BalancePanel::pollProgress);
    connect(&mWatcher, &QFutureWatcher<LineBalanceOutcome>::finished, this, &BalancePanel::onFinished);
    connect(context, &LineContext::lineChanged, this, &BalancePanel::updateEnabled);
    updateEnabled();
}

BalancePanel::~BalancePanel()
{
    // The solver thread reads nothing of ours but the shared progress; stop it and wait.
    mStop.request_stop();
    mWatcher.waitForFinished();
}

void BalancePanel::setMinimiseStations(bool salbp1)
{
    (salbp1 ? mSalbp1 : mSalbp2)->setChecked(true);
}

void BalancePanel::setExact(bool exact)
{
    mMethod->setCurrentIndex(exact ? 0 : 1);
}

void BalancePanel::setTimeLimit(double seconds)
{
    mTimeLimit->setValue(seconds);
}

void BalancePanel::setStationCount(int stations)
{
    mStations->setValue(stations);
}

void BalancePanel::updateEnabled()
{
    const bool running = mWatcher.isRunning();
    const bool hasLine = mContext->line() != nullptr;
    mBalance->setEnabled(!running && hasLine);
    mCancel->setEnabled(running);
    mApply->setEnabled(!running && mOutcome.ok);
    mTimeLimit->setEnabled(mMethod->currentIndex() == 0);
    mStations->setEnabled(mSalbp2->isChecked());
}

bool BalancePanel::start()
{
    const core::ProductionLine *line = mContext->line();
    if (!line || mWatcher.isRunning())
        return false;
    mRequest = {};
    mRequest.minimiseStations = mSalbp1->isChecked();
    mRequest.cycleTimeS = mContext->taktTimeS();
    mRequest.stations = mStations->value();
    mRequest.exact = mMethod->currentIndex() == 0;
    mRequest.timeLimitS = mTimeLimit->value();
    mBalancedLine = *line;
    mOutcome = {};
    mStop = std::stop_source();
    mShared = std::make_shared<Shared>();

    core::BalanceOptions options;
    options.stopToken = mStop.get_token();
    options.threads = 0; // one per core: the exact search works from both ends at once
    std::shared_ptr<Shared> shared = mShared;
    options.progress = [shared](const core::BalanceProgress &p) {
        shared->elapsedS.store(p.elapsedS);
        shared->lowerBound.store(p.lowerBound);
        shared->upperBound.store(p.upperBound);
    };
    mResult->clear();
    mStatus->setText(tr("Balancing..."));
    mProgress->setValue(0);
    mWatcher.setFuture(QtConcurrent::run(
        [line = mBalancedLine, request = mRequest, options] { return balanceLine(line, request, options); }));
    mPoll->start();
    updateEnabled();
    return true;
}

void BalancePanel::cancel()
{
    if (!mWatcher.isRunning())
        return;
    mStop.request_stop();
    mStatus->setText(tr("Cancelling..."));
    mCancel->setEnabled(false);
}

void BalancePanel::pollProgress()
{
    if (!mShared)
        return;
    const double elapsed = mShared->elapsedS.load();
    mProgress->setValue(int(std::min(1.0, elapsed / std::max(0.1, mRequest.timeLimitS)) * 1000));
    const std::int64_t lower = mShared->lowerBound.load(), upper = mShared->upperBound.load();
    if (upper > 0) {
        const QLocale locale;
        mStatus->setText(mRequest.minimiseStations ? tr("Searching: %1 s; stations between %2 and %3")
                                                         .arg(locale.toString(elapsed, 'f', 1))
                                                         .arg(lower)
                                                         .arg(upper)
                                                   : tr("Searching: %1 s; cycle between %2 s and %3 s")
                                                         .arg(locale.toString(elapsed, 'f', 1),
                                                              locale.toString(core::ticksToSeconds(lower), 'f', 1),
                                                              locale.toString(core::ticksToSeconds(upper), 'f', 1)));
    }
}

void BalancePanel::onFinished()
{
    // waitForFinished() may have shown the result before the queued signal arrives.
    if (!mPoll->isActive())
        return;
    mPoll->stop();
    mOutcome = mWatcher.result();
    mProgress->setValue(1000);
    mStatus->setText(mOutcome.message);
    mResult->setText(resultText());
    updateEnabled();
    emit finished();
}

void BalancePanel::waitForFinished()
{
    mWatcher.waitForFinished();
    // The finished signal arrives through the event loop; show the result now.
    onFinished();
}

QString BalancePanel::resultText() const
{
    if (!mOutcome.ok)
        return {};
    const QLocale locale;
    const QString proof = mOutcome.optimal ? tr("proven optimal") : tr("not proven optimal");
    const QString bound = mRequest.minimiseStations
                              ? tr("lower bound %n station(s)", nullptr, int(mOutcome.lowerBound))
                              : tr("lower bound %1 s").arg(locale.toString(mOutcome.lowerBound, 'f', 1));
    return tr("%n station(s), cycle time %1 s\n%2, %3 (%4 s)", nullptr, mOutcome.stationCount)
        .arg(locale.toString(mOutcome.cycleTimeS, 'f', 1), proof, bound, locale.toString(mOutcome.seconds, 'f', 2));
}

bool BalancePanel::apply()
{
    const core::ProductionLine *line = mContext->line();
    if (!mOutcome.ok || !line)
        return false;
    if (line->id != mBalancedLine.id || !sameBalanceInput(*line, mBalancedLine)) {
        mStatus->setText(tr("The tasks changed since this balance; balance again."));
        return false;
    }
    mContext->push(
        new CmdStationsApply(mContext->document(), mContext->variantId(), line->id, mOutcome.stations,
                             mRequest.minimiseStations ? tr("Balance line (SALBP-1)") : tr("Balance line (SALBP-2)")));
    mStatus->setText(tr("Applied."));
    return true;
}

} // namespace taktflow::app
