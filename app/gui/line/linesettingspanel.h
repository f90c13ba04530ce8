// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace taktflow::app {

class LineContext;
struct LineSettings;

/**
 * Demand, shift calendar and planned efficiency of the shown line, the takt time they give
 * with its derivation written out, and the models of a mixed-model line with their demand
 * shares. Every change is a CmdLineSettingsEdit; undo and redo come back through the context.
 */
class LineSettingsPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit LineSettingsPanel(LineContext *context, QWidget *parent = nullptr);

    QDoubleSpinBox *demandEdit() const { return mDemand; }
    QSpinBox *shiftsEdit() const { return mShifts; }
    QDoubleSpinBox *shiftLengthEdit() const { return mShiftLength; }
    QDoubleSpinBox *breaksEdit() const { return mBreaks; }
    QDoubleSpinBox *downtimeEdit() const { return mDowntime; }
    QDoubleSpinBox *efficiencyEdit() const { return mEfficiency; }
    QLabel *taktLabel() const { return mTakt; }
    QLabel *derivationLabel() const { return mDerivation; }

private:
    enum Field {
        Name = 1,
        Demand,
        Calendar,
        Shifts,
        ShiftLength,
        Breaks,
        Downtime,
        Efficiency,
        Available,
        Parallel,
        Models
    };

    void refresh();
    void commit(Field field);
    LineSettings settingsFromWidgets() const;
    void addModel();
    void removeModel();

    LineContext *mContext;
    QLineEdit *mName;
    QDoubleSpinBox *mDemand;
    QCheckBox *mUseCalendar;
    QSpinBox *mShifts;
    QDoubleSpinBox *mShiftLength;
    QDoubleSpinBox *mBreaks;
    QDoubleSpinBox *mDowntime;
    QDoubleSpinBox *mEfficiency;
    QDoubleSpinBox *mAvailable;
    QCheckBox *mParallel;
    QTableWidget *mModels;
    QLabel *mTakt;
    QLabel *mDerivation;
    bool mRefreshing = false;
};

} // namespace taktflow::app
