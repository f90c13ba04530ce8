// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/timeserieschart.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace taktflow::app::render {

namespace {

/** A "nice" tick step (1, 2 or 5 times a power of ten) giving about `ticks` ticks over span. */
double niceStep(double span, int ticks)
{
    if (!(span > 0.0))
        return 1.0;
    const double raw = span / std::max(1, ticks);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * power >= raw)
            return m * power;
    }
    return 10.0 * power;
}

} // namespace

TimeSeries throughputSeries(const std::vector<core::simulation::TimePoint> &points, const QColor &color,
                            double windowS)
{
    TimeSeries s{QCoreApplication::translate("TimeSeriesChart", "Throughput"), color, {}, {}};
    // Each point holds the rate over the interval before it; the window averages whole intervals.
    std::size_t first = 0;
    double sum = 0.0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        sum += points[i].throughputPerHour;
        while (first < i && points[i].timeS - points[first].timeS >= windowS)
            sum -= points[first++].throughputPerHour;
        s.timesS.push_back(points[i].timeS);
        s.values.push_back(sum / double(i - first + 1));
    }
    return s;
}

TimeSeries wipSeries(const std::vector<core::simulation::TimePoint> &points, const QColor &color)
{
    TimeSeries s{QCoreApplication::translate("TimeSeriesChart", "WIP"), color, {}, {}};
    for (const auto &p : points) {
        s.timesS.push_back(p.timeS);
        s.values.push_back(p.wip);
    }
    return s;
}

TimeSeries bufferSeries(const std::vector<core::simulation::TimePoint> &points, int gap, const QString &name,
                        const QColor &color)
{
    TimeSeries s{name, color, {}, {}};
    for (const auto &p : points) {
        if (gap < 0 || std::size_t(gap) >= p.bufferContents.size())
            continue;
        s.timesS.push_back(p.timeS);
        s.values.push_back(p.bufferContents[std::size_t(gap)]);
    }
    return s;
}

QColor seriesColor(int index)
{
    // Apart from the station-state colours, so that a line is never read as a state.
    static const QColor colors[] = {QColor(0x1f, 0x4e, 0x9d), QColor(0xc2, 0x5b, 0x00), QColor(0x6a, 0x3d, 0x9a),
                                    QColor(0x00, 0x7c, 0x80), QColor(0x8c, 0x2d, 0x4f), QColor(0x4d, 0x4d, 0x4d)};
    return colors[std::size_t(index) % std::size(colors)];
}

void paintTimeSeriesChart(QPainter &painter, const QRectF &rect, const TimeSeriesChart &chart)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF metrics(painter.font());
    const double line = metrics.height();
    const QLocale locale;

    double endS = 0.0, top = chart.reference.value_or(0.0);
    for (const TimeSeries &s : chart.series) {
        if (!s.timesS.empty())
            endS = std::max(endS, s.timesS.back());
        for (double v : s.values)
            top = std::max(top, v);
    }
    top = top > 0.0 ? top * 1.1 : 1.0;
    endS = endS > 0.0 ? endS : 1.0;
    const double valueStep = niceStep(top, 4);
    top = std::ceil(top / valueStep) * valueStep;

    // At least a fixed width, so that charts stacked above each other share their time axis.
    const double labelWidth = std::max(metrics.horizontalAdvance(QStringLiteral("00000")),
                                       metrics.horizontalAdvance(locale.toString(top, 'g', 6))) + 8;
    const QRectF plot = rect.adjusted(labelWidth, line * 1.4, -8, -line * 2.6);
    painter.setPen(Qt::black);
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), line * 1.3), Qt::AlignLeft | Qt::AlignVCenter,
                     chart.unit.isEmpty() ? chart.title : QStringLiteral("%1 (%2)").arg(chart.title, chart.unit));

    const auto x = [&](double t) { return plot.left() + plot.width() * t / endS; };
    const auto y = [&](double v) { return plot.bottom() - plot.height() * v / top; };

    if (chart.warmupS > 0.0) {
        const QRectF warm(plot.left(), plot.top(), std::min(plot.width(), x(chart.warmupS) - plot.left()), plot.height());
        painter.fillRect(warm, QColor(0, 0, 0, 22));
        painter.setPen(QPen(QColor(90, 90, 90), 1, Qt::DashLine));
        painter.drawLine(QPointF(warm.right(), plot.top()), QPointF(warm.right(), plot.bottom()));
        painter.drawText(warm.adjusted(3, 2, 0, 0), Qt::AlignLeft | Qt::AlignTop, QCoreApplication::translate("TimeSeriesChart", "warm-up"));
    }

    // Value grid and labels.
    painter.setPen(QPen(QColor(225, 225, 225), 1));
    for (double v = 0.0; v <= top + valueStep * 0.01; v += valueStep) {
        painter.setPen(QPen(QColor(225, 225, 225), 1));
        painter.drawLine(QPointF(plot.left(), y(v)), QPointF(plot.right(), y(v)));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(rect.left(), y(v) - line / 2, labelWidth - 4, line), Qt::AlignRight | Qt::AlignVCenter,
                         locale.toString(v, 'g', 6));
    }
    // Time axis in hours.
    const double hours = endS / 3600.0;
    const double hourStep = niceStep(hours, 6);
    painter.setPen(Qt::black);
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    for (double h = 0.0; h <= hours + hourStep * 0.01; h += hourStep) {
        const double px = x(h * 3600.0);
        painter.drawLine(QPointF(px, plot.bottom()), QPointF(px, plot.bottom() + 3));
        painter.drawText(QRectF(px - 40, plot.bottom() + 3, 80, line), Qt::AlignHCenter | Qt::AlignTop,
                         locale.toString(h, 'g', 4));
    }
    painter.drawText(QRectF(plot.left(), plot.bottom() + line + 3, plot.width(), line), Qt::AlignRight | Qt::AlignTop,
                     QCoreApplication::translate("TimeSeriesChart", "simulated time (h)"));

    if (chart.reference) {
        painter.setPen(QPen(QColor(0xb0, 0x00, 0x20), 1.5, Qt::DashLine));
        painter.drawLine(QPointF(plot.left(), y(*chart.reference)), QPointF(plot.right(), y(*chart.reference)));
        painter.drawText(QRectF(plot.left(), y(*chart.reference) - line - 1, plot.width() - 4, line),
                         Qt::AlignRight | Qt::AlignBottom, chart.referenceLabel);
    }

    double legendX = plot.left() + 4;
    const double legendY = plot.bottom() + line + 3;
    for (const TimeSeries &s : chart.series) {
        if (s.timesS.empty())
            continue;
        QPainterPath path(QPointF(x(s.timesS.front()), y(s.values.front())));
        for (std::size_t i = 1; i < s.timesS.size(); ++i)
            path.lineTo(x(s.timesS[i]), y(s.values[i]));
        painter.setPen(QPen(s.color, 1.6));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        if (chart.series.size() > 1) {
            painter.drawLine(QPointF(legendX, legendY + line / 2), QPointF(legendX + 16, legendY + line / 2));
            painter.setPen(Qt::black);
            painter.drawText(QPointF(legendX + 20, legendY + metrics.ascent()), s.name);
            legendX += 28 + metrics.horizontalAdvance(s.name);
        }
    }
    painter.restore();
}

} // namespace taktflow::app::render
