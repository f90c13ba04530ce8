// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace taktflow::app {

class LineContext;

/**
 * Where parts come from and how long and how often to simulate: the source (saturated, at
 * takt, inter-arrival times), run length, warm-up, replications and seed. Every change is an
 * undoable command; steps of one spin box merge into one.
 */
class SimSettingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SimSettingsPanel(LineContext *context, QWidget *parent = nullptr);

    QComboBox *sourceKind() const { return mSourceKind; }
    QDoubleSpinBox *durationHours() const { return mDurationH; }
    QDoubleSpinBox *warmupHours() const { return mWarmupH; }
    QSpinBox *replications() const { return mReplications; }
    QSpinBox *seed() const { return mSeed; }

private:
    void refresh();
    void pushSource(int field);
    void pushRun(int field);

    LineContext *mContext;
    QComboBox *mSourceKind;
    QComboBox *mArrivalKind;
    QDoubleSpinBox *mArrivalMeanS;
    QDoubleSpinBox *mArrivalSdS;
    QLabel *mArrivalNote;
    QDoubleSpinBox *mDurationH;
    QDoubleSpinBox *mWarmupH;
    QSpinBox *mReplications;
    QSpinBox *mSeed;
    QCheckBox *mFollowCalendar;
};

} // namespace taktflow::app
