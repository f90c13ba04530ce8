// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/productionline.h"

#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace taktflow::app::render {

/** One stacked segment of a station bar. */
struct YamazumiSegment {
    QString taskId;
    double timeS = 0.0;
    bool automated = false;
};

/** One station bar: its segments (bottom first) and label. */
struct YamazumiBar {
    QString label;
    std::vector<YamazumiSegment> segments;
    int replicas = 1;
};

/** What a yamazumi chart shows. */
struct YamazumiData {
    std::vector<YamazumiBar> bars;
    double taktTimeS = 0.0;
    double cycleTimeS = 0.0;
};

/**
 * The chart data of a line's stations: task times per station (automated tasks on a station
 * with a resource use their automated time), divided by replicas like the line metrics.
 */
YamazumiData yamazumiData(const core::ProductionLine &line, const std::vector<core::Station> &stations,
                          double taktTimeS);

/**
 * Paints stacked bars of task times per station (manual and automated in different colours)
 * with the takt line (red, dashed) and the cycle time line (blue) into rect.
 */
void paintYamazumi(QPainter &painter, const QRectF &rect, const YamazumiData &data);

} // namespace taktflow::app::render
