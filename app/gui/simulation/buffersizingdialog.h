// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/simulation/buffersizing.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace taktflow::app {

class ProjectDocument;

/**
 * Buffer sizing for one line: a target throughput (the smallest total buffer reaching it) or a
 * total capacity (the best throughput with it), searched by simulation in the background with
 * progress and Cancel; the curve of throughput against total buffer; then Apply to Current
 * Variant or Add as New Variant, each one undoable step.
 */
class BufferSizingDialog : public QDialog
{
    Q_OBJECT

public:
    BufferSizingDialog(ProjectDocument *document, const QString &variantId, const QString &lineId,
                       QWidget *parent = nullptr);
    ~BufferSizingDialog() override;

    QRadioButton *targetMode() const { return mTargetMode; }
    QDoubleSpinBox *targetPerHour() const { return mTarget; }
    QSpinBox *totalCapacity() const { return mTotal; }
    QSpinBox *maxTotal() const { return mMaxTotal; }
    /** Starts the search; false with the reason shown when it cannot start. */
    bool start();
    void cancel();
    /** True from start() until the result is shown. */
    bool isRunning() const { return mRunning; }
    void waitForFinished() { mWatcher.waitForFinished(); }
    const core::simulation::BufferSizingResult &result() const { return mResult; }
    QString message() const;
    /** Writes the sized buffers into the line of the current variant (one undo step). */
    bool applyToCurrentVariant();
    /** Duplicates the variant with the sized buffers and makes it current (one undo step). */
    bool addAsNewVariant();

protected:
    void reject() override;

private:
    void onFinished();
    /** The sized capacities as the line keeps them (gaps left out of the search stay unlimited). */
    std::vector<std::optional<int>> sizedBuffers() const;

    ProjectDocument *mDocument;
    QString mVariantId;
    QString mLineId;
    QRadioButton *mTargetMode;
    QRadioButton *mTotalMode;
    QDoubleSpinBox *mTarget;
    QSpinBox *mTotal;
    QSpinBox *mMaxTotal;
    QPushButton *mStart;
    QPushButton *mCancel;
    QPushButton *mApply;
    QPushButton *mAddVariant;
    QProgressBar *mProgress;
    QLabel *mMessage;
    QWidget *mCurveArea;
    struct Shared {
        std::atomic_bool cancel{false};
        std::atomic<int> done{0};
        std::atomic<int> total{0};
    };
    std::shared_ptr<Shared> mShared;
    QFutureWatcher<core::simulation::BufferSizingResult> mWatcher;
    core::simulation::BufferSizingResult mResult;
    std::vector<std::optional<int>> mModelBuffers;
    bool mRunning = false;
};

} // namespace taktflow::app
