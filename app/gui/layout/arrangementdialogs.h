// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/layout/arrangementtask.h"

#include <QDialog>

class QDoubleSpinBox;
class QGroupBox;
class QListWidget;
class QSpinBox;

namespace taktflow::app {

/** Layout > Suggest Arrangement: which items may trade places, the time limit and the seed. */
class ArrangementSetupDialog : public QDialog
{
    Q_OBJECT

public:
    ArrangementSetupDialog(const core::Variant &variant, const QStringList &checkedIds, QWidget *parent = nullptr);
    ArrangementRequest request() const;

private:
    QListWidget *mItems;
    QGroupBox *mGrid;
    QDoubleSpinBox *mFirstX;
    QDoubleSpinBox *mFirstY;
    QDoubleSpinBox *mSpacingX;
    QDoubleSpinBox *mSpacingY;
    QSpinBox *mColumns;
    QSpinBox *mRows;
    QDoubleSpinBox *mTimeLimit;
    QSpinBox *mSeed;
};

/**
 * The search's answer: flow distance, transport cost and overlaps before and after, and the
 * two ways to use it. Non-modal to the event loop (open()), so the window stays live.
 */
class ArrangementResultDialog : public QDialog
{
    Q_OBJECT

public:
    ArrangementResultDialog(const ArrangementOutcome &outcome, QWidget *parent = nullptr);

signals:
    void addAsVariantRequested();
    void applyToCurrentRequested();
};

} // namespace taktflow::app
