// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/simulationsettings.h"

#include <QWidget>

class QLabel;

namespace taktflow::app {

class SimStateChart;

/**
 * The figures of a run: throughput per hour with its 95 % interval against the demand and takt
 * and the verdict, lead time (mean and P95), WIP, the bottleneck, and the station-state chart
 * with the bottleneck marked.
 */
class SimResultsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SimResultsPanel(QWidget *parent = nullptr);

    /**
     * Shows the figures of a run as the line keeps them; demandPerHour 0: no demand set;
     * taktS 0: no takt; note: said under the chart (the run's speed, or that it is stale).
     */
    void showSummary(const core::SimulationSummary &summary, double demandPerHour, double taktS, const QString &note);
    /** No result: says why (never run, parameters changed, cancelled ...). */
    void showMessage(const QString &text);
    SimStateChart *stateChart() const { return mChart; }

private:
    QLabel *mThroughput;
    QLabel *mDemand;
    QLabel *mVerdict;
    QLabel *mLeadTime;
    QLabel *mWip;
    QLabel *mBottleneck;
    QLabel *mRunInfo;
    SimStateChart *mChart;
};

} // namespace taktflow::app
