// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/timeserieschart.h"

#include <QWidget>

#include <vector>

namespace taktflow::app {

struct SimulationRun;

/** Throughput and WIP over time with the warm-up marked, and the buffer contents, of one run. */
class SimTimeCharts : public QWidget
{
    Q_OBJECT

public:
    explicit SimTimeCharts(QWidget *parent = nullptr);

    /** Shows the first replication's series of run (nothing for a run without one). */
    void setRun(const SimulationRun *run, double demandPerHour);
    const std::vector<render::TimeSeriesChart> &charts() const { return mCharts; }
    QSize sizeHint() const override { return {600, 540}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::vector<render::TimeSeriesChart> mCharts;
};

} // namespace taktflow::app
