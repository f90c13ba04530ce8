// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/simulation/simresult.h"

#include <QColor>
#include <QRectF>
#include <QString>

#include <optional>
#include <vector>

class QPainter;

namespace taktflow::app::render {

/** One line of a time chart: values at simulated seconds. */
struct TimeSeries {
    QString name;
    QColor color;
    std::vector<double> timesS;
    std::vector<double> values;
};

/** A chart of values over simulated time (hours on the axis), with the warm-up shaded. */
struct TimeSeriesChart {
    QString title;
    /** The value axis' unit ("parts/h", "parts"). */
    QString unit;
    std::vector<TimeSeries> series;
    double warmupS = 0.0;
    /** A horizontal reference (the demand), drawn dashed with its label. */
    std::optional<double> reference;
    QString referenceLabel;
};

/**
 * Throughput per hour of a run's series as a trailing moving mean over windowS: per sampling
 * interval a line of slow parts shows 0 or 1 part, which reads as noise, not as a rate.
 */
TimeSeries throughputSeries(const std::vector<core::simulation::TimePoint> &points, const QColor &color,
                            double windowS);
/** WIP of a run's series. */
TimeSeries wipSeries(const std::vector<core::simulation::TimePoint> &points, const QColor &color);
/** The content of buffer `gap` over time. */
TimeSeries bufferSeries(const std::vector<core::simulation::TimePoint> &points, int gap, const QString &name,
                        const QColor &color);
/** Distinct colours for the n-th line of a chart. */
QColor seriesColor(int index);

/** Paints the chart into rect: axes with ticks, the lines, the warm-up, a legend. */
void paintTimeSeriesChart(QPainter &painter, const QRectF &rect, const TimeSeriesChart &chart);

} // namespace taktflow::app::render
