// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/line/linebalancer.h"
#include "core/model/productionline.h"

#include <QFutureWatcher>
#include <QGroupBox>

#include <atomic>
#include <memory>
#include <stop_token>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimer;

namespace taktflow::app {

class LineContext;

/**
 * Balances the shown line off the GUI thread: SALBP-1 (fewest stations at the takt time) or
 * SALBP-2 (shortest cycle for a number of stations), exact within a time limit or by the fast
 * heuristics. A progress bar shows the time used and the bounds so far; Cancel stops the
 * solver within milliseconds and keeps its best answer. The result says whether it is proven
 * optimal and gives the lower bound; Apply installs it as one undoable command.
 */
class BalancePanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit BalancePanel(LineContext *context, QWidget *parent = nullptr);
    ~BalancePanel() override;

    void setMinimiseStations(bool salbp1);
    void setExact(bool exact);
    void setTimeLimit(double seconds);
    void setStationCount(int stations);
    /** Starts balancing; false when a run is going or there is no line. */
    bool start();
    void cancel();
    /** Installs the last result; false (with the reason shown) when there is none or the line changed since. */
    bool apply();
    bool isRunning() const { return mWatcher.isRunning(); }
    /** Blocks until the run ends and its result is shown (tests). */
    void waitForFinished();

    const LineBalanceOutcome &outcome() const { return mOutcome; }
    QString resultText() const;
    QPushButton *balanceButton() const { return mBalance; }
    QPushButton *cancelButton() const { return mCancel; }
    QPushButton *applyButton() const { return mApply; }
    QProgressBar *progressBar() const { return mProgress; }

signals:
    void finished();

private:
    /** Progress written by the solver thread, read by the GUI timer. */
    struct Shared {
        std::atomic<double> elapsedS{0.0};
        std::atomic<std::int64_t> lowerBound{0};
        std::atomic<std::int64_t> upperBound{0};
    };

    void onFinished();
    void pollProgress();
    void updateEnabled();

    LineContext *mContext;
    QRadioButton *mSalbp1;
    QRadioButton *mSalbp2;
    QSpinBox *mStations;
    QComboBox *mMethod;
    QDoubleSpinBox *mTimeLimit;
    QPushButton *mBalance;
    QPushButton *mCancel;
    QPushButton *mApply;
    QProgressBar *mProgress;
    QLabel *mStatus;
    QLabel *mResult;
    QTimer *mPoll;

    QFutureWatcher<LineBalanceOutcome> mWatcher;
    std::stop_source mStop;
    std::shared_ptr<Shared> mShared;
    LineBalanceRequest mRequest;
    /** The line the result belongs to; Apply refuses when the tasks changed since. */
    core::ProductionLine mBalancedLine;
    LineBalanceOutcome mOutcome;
};

} // namespace taktflow::app
