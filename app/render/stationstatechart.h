// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/simulationsettings.h"

#include <QFont>
#include <QRectF>
#include <QString>

#include <optional>
#include <vector>

class QPainter;
class QPaintDevice;

namespace taktflow::app::render {

/** How a station-state chart is drawn. */
struct StationStateChartOptions {
    /** The text font; the painter's font when not set. */
    std::optional<QFont> font;
    bool legend = true;
    /** Shares written into the segments wide enough to hold them. */
    bool percentages = true;
    /** Caps the bar thickness so that two or three stations do not become slabs; in text lines. */
    double maxBarLines = 2.2;
};

/** Where a station-state chart puts its parts, in the coordinates of the rect it was given. */
struct StationStateChartGeometry {
    QRectF legend;
    /** The plot area of the bars (0 % at its left, 100 % at its right). */
    QRectF plot;
    /** Per station, the full 0..100 % extent of its bar. */
    std::vector<QRectF> bars;
    /** The station whose name equals the bottleneck name; -1 if none. */
    int bottleneckIndex = -1;
};

/**
 * The geometry of the chart in rect: a legend on top, one horizontal bar per station below,
 * station names left of the bars at full length (the plot gets narrower rather than names
 * being cut, down to half the width), and a column on the right for the bottleneck label.
 * device is the paint device the text is measured on (nullptr: the screen).
 */
StationStateChartGeometry stationStateChartGeometry(const QRectF &rect,
                                                    const std::vector<core::SimulationSummary::StationShares> &stations,
                                                    const QString &bottleneck, const QFont &font,
                                                    const StationStateChartOptions &options = {},
                                                    QPaintDevice *device = nullptr);

/** A height at which every bar is as thick as options.maxBarLines allows. */
double stationStateChartPreferredHeight(int stationCount, const QFont &font,
                                        const StationStateChartOptions &options = {}, QPaintDevice *device = nullptr);

/**
 * Paints the shares of time each station spent working, starved, blocked, failed, in setup and
 * paused as stacked horizontal bars in the simulation palette, with the bottleneck station's
 * bar framed, its name and a "Bottleneck" label in the bottleneck colour.
 */
void paintStationStateChart(QPainter &painter, const QRectF &rect,
                            const std::vector<core::SimulationSummary::StationShares> &stations,
                            const QString &bottleneck, const StationStateChartOptions &options = {});

} // namespace taktflow::app::render
