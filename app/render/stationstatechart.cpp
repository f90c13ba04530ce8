// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/stationstatechart.h"

#include "app/render/simulationpalette.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <array>

namespace taktflow::app::render {

namespace {

class StateChartText
{
    Q_DECLARE_TR_FUNCTIONS(StationStateChart)
};

using core::simulation::StationState;
using Shares = core::SimulationSummary::StationShares;

// Left to right in each bar: the productive share first, then what kept the station from working.
constexpr std::array<StationState, 6> kOrder{StationState::Working, StationState::Starved, StationState::Blocked,
                                             StationState::Failed,  StationState::Setup,   StationState::Paused};
constexpr double kBarFill = 0.72;
constexpr int kAxisSteps = 4;

double shareOf(const Shares &station, StationState state)
{
    switch (state) {
    case StationState::Working:
        return station.working;
    case StationState::Starved:
        return station.starved;
    case StationState::Blocked:
        return station.blocked;
    case StationState::Failed:
        return station.failed;
    case StationState::Setup:
        return station.setup;
    case StationState::Paused:
        return station.paused;
    }
    return 0.0;
}

QFontMetricsF metricsOf(const QFont &font, QPaintDevice *device)
{
    return device ? QFontMetricsF(font, device) : QFontMetricsF(font);
}

QFont boldOf(QFont font)
{
    font.setBold(true);
    return font;
}

/** Swatch, gap, name and spacing of one legend entry. */
double legendEntryWidth(const QFontMetricsF &metrics, StationState state)
{
    return metrics.height() * 1.1 + metrics.horizontalAdvance(stationStateName(state)) + metrics.height();
}

int legendRows(const QFontMetricsF &metrics, double width)
{
    int rows = 1;
    double x = 0;
    for (StationState state : kOrder) {
        const double entry = legendEntryWidth(metrics, state);
        if (x > 0 && x + entry > width) {
            ++rows;
            x = 0;
        }
        x += entry;
    }
    return rows;
}

double axisHeight(const QFontMetricsF &metrics)
{
    return metrics.height() * 1.4;
}

QString percentText(double share, int decimals)
{
    return QLocale().toString(share * 100.0, 'f', decimals) + QLatin1Char('%');
}

/** Black on the light palette colours (starved grey, blocked yellow), white on the others. */
QColor textOn(const QColor &fill)
{
    const double luminance = 0.299 * fill.red() + 0.587 * fill.green() + 0.114 * fill.blue();
    return luminance > 150 ? Qt::black : Qt::white;
}

void paintLegend(QPainter &painter, const QRectF &area, const QFontMetricsF &metrics)
{
    const double line = metrics.height();
    double x = area.left();
    double y = area.top() + line * 0.15;
    for (StationState state : kOrder) {
        const double entry = legendEntryWidth(metrics, state);
        if (x > area.left() && x + entry > area.right()) {
            x = area.left();
            y += line * 1.3;
        }
        painter.setPen(Qt::NoPen);
        painter.setBrush(stationStateColor(state));
        painter.drawRect(QRectF(x, y + line * 0.15, line * 0.8, line * 0.8));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(x + line * 1.1, y, entry - line * 1.1, line), Qt::AlignLeft | Qt::AlignVCenter,
                         stationStateName(state));
        x += entry;
    }
}

void paintAxis(QPainter &painter, const QRectF &plot, const QFontMetricsF &metrics)
{
    const double line = metrics.height();
    const double bottom = plot.bottom();
    for (int step = 0; step <= kAxisSteps; ++step) {
        const double x = plot.left() + plot.width() * step / kAxisSteps;
        painter.setPen(QPen(QColor(0xd0, 0xd0, 0xd0), 0));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, bottom));
        painter.setPen(Qt::black);
        const QString label = QLocale().toString(100 * step / kAxisSteps) + QLatin1Char('%');
        painter.drawText(QRectF(x - line * 2, bottom + line * 0.2, line * 4, line), Qt::AlignHCenter | Qt::AlignTop,
                         label);
    }
}

void paintSegments(QPainter &painter, const QRectF &bar, const Shares &station, const QFontMetricsF &metrics,
                   bool percentages)
{
    double total = 0;
    for (StationState state : kOrder)
        total += std::max(0.0, shareOf(station, state));
    if (total <= 0) {
        painter.setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 0, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(bar);
        return;
    }
    const double line = metrics.height();
    double x = bar.left();
    for (StationState state : kOrder) {
        const double share = std::max(0.0, shareOf(station, state)) / total;
        const double width = bar.width() * share;
        if (width <= 0)
            continue;
        const QRectF segment(x, bar.top(), width, bar.height());
        painter.setPen(Qt::NoPen);
        painter.setBrush(stationStateColor(state));
        painter.drawRect(segment);
        if (percentages && bar.height() >= line) {
            // One decimal where it fits, whole percent where only that fits, nothing otherwise.
            for (int decimals : {1, 0}) {
                const QString text = percentText(share, decimals);
                if (metrics.horizontalAdvance(text) + line * 0.4 <= width) {
                    painter.setPen(textOn(stationStateColor(state)));
                    painter.drawText(segment, Qt::AlignCenter, text);
                    break;
                }
            }
        }
        x += width;
    }
}

} // namespace

StationStateChartGeometry stationStateChartGeometry(const QRectF &rect, const std::vector<Shares> &stations,
                                                    const QString &bottleneck, const QFont &font,
                                                    const StationStateChartOptions &options, QPaintDevice *device)
{
    const QFontMetricsF metrics = metricsOf(font, device);
    const QFontMetricsF bold = metricsOf(boldOf(font), device);
    const double line = metrics.height();
    StationStateChartGeometry geometry;
    for (std::size_t s = 0; s < stations.size(); ++s) {
        if (!bottleneck.isEmpty() && stations[s].name == bottleneck) {
            geometry.bottleneckIndex = int(s);
            break;
        }
    }
    double top = rect.top();
    if (options.legend) {
        geometry.legend = QRectF(rect.left(), top, rect.width(), legendRows(metrics, rect.width()) * line * 1.3);
        top = geometry.legend.bottom() + line * 0.4;
    }
    // Names in bold, since the bottleneck's is, so that every name gets the same column.
    double nameWidth = 0;
    for (const Shares &station : stations)
        nameWidth = std::max(nameWidth, bold.horizontalAdvance(station.name));
    nameWidth = std::min(nameWidth + line * 0.6, rect.width() * 0.5);
    const double halfAxisLabel = metrics.horizontalAdvance(QStringLiteral("100%")) / 2 + line * 0.2;
    const double rightWidth = geometry.bottleneckIndex >= 0
                                  ? bold.horizontalAdvance(StateChartText::tr("Bottleneck")) + line * 0.8
                                  : halfAxisLabel;
    QRectF plot(rect.left() + nameWidth, top, rect.width() - nameWidth - std::max(rightWidth, halfAxisLabel),
                rect.bottom() - axisHeight(metrics) - top);
    const int count = int(stations.size());
    if (count > 0 && plot.height() > 0) {
        double rowHeight = plot.height() / count;
        const double barHeight = std::min(rowHeight * kBarFill, line * options.maxBarLines);
        rowHeight = std::min(rowHeight, barHeight / kBarFill);
        plot.setHeight(rowHeight * count);
        for (int s = 0; s < count; ++s)
            geometry.bars.emplace_back(plot.left(), plot.top() + rowHeight * s + (rowHeight - barHeight) / 2,
                                       plot.width(), barHeight);
    }
    geometry.plot = plot;
    return geometry;
}

double stationStateChartPreferredHeight(int stationCount, const QFont &font, const StationStateChartOptions &options,
                                        QPaintDevice *device)
{
    const QFontMetricsF metrics = metricsOf(font, device);
    const double line = metrics.height();
    // The legend is assumed to fit on one row; a narrow chart squeezes the bars a little.
    const double legend = options.legend ? line * 1.7 : 0.0;
    return legend + std::max(1, stationCount) * line * options.maxBarLines / kBarFill + axisHeight(metrics);
}

void paintStationStateChart(QPainter &painter, const QRectF &rect, const std::vector<Shares> &stations,
                            const QString &bottleneck, const StationStateChartOptions &options)
{
    painter.save();
    const QFont font = options.font.value_or(painter.font());
    painter.setFont(font);
    const QFontMetricsF metrics = metricsOf(font, painter.device());
    const double line = metrics.height();
    const StationStateChartGeometry geometry =
        stationStateChartGeometry(rect, stations, bottleneck, font, options, painter.device());
    if (options.legend)
        paintLegend(painter, geometry.legend, metrics);
    if (stations.empty()) {
        painter.setPen(Qt::black);
        painter.drawText(geometry.plot, Qt::AlignCenter, StateChartText::tr("No station states"));
        painter.restore();
        return;
    }
    paintAxis(painter, geometry.plot, metrics);

    const QFont boldFont = boldOf(font);
    for (std::size_t s = 0; s < geometry.bars.size(); ++s) {
        const QRectF &bar = geometry.bars[s];
        const bool isBottleneck = int(s) == geometry.bottleneckIndex;
        paintSegments(painter, bar, stations[s], metrics, options.percentages);
        const QRectF nameBox(rect.left(), bar.top(), bar.left() - rect.left() - line * 0.4, bar.height());
        painter.setFont(isBottleneck ? boldFont : font);
        painter.setPen(isBottleneck ? bottleneckColor() : QColor(Qt::black));
        const QString name = QFontMetricsF(painter.font(), painter.device())
                                 .elidedText(stations[s].name, Qt::ElideMiddle, nameBox.width());
        painter.drawText(nameBox, Qt::AlignRight | Qt::AlignVCenter, name);
        if (isBottleneck) {
            // The frame lies outside the bar so that the segments keep their colours to the edge.
            const double penWidth = std::max(2.0, line * 0.16);
            painter.setPen(QPen(bottleneckColor(), penWidth));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(bar.adjusted(-penWidth / 2, -penWidth / 2, penWidth / 2, penWidth / 2));
            painter.drawText(
                QRectF(bar.right() + line * 0.5, bar.top(), rect.right() - bar.right() - line * 0.5, bar.height()),
                Qt::AlignLeft | Qt::AlignVCenter, StateChartText::tr("Bottleneck"));
        }
        painter.setFont(font);
    }
    painter.restore();
}

} // namespace taktflow::app::render
