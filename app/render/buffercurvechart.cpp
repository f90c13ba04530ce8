// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/buffercurvechart.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace taktflow::app::render {

void paintBufferCurve(QPainter &painter, const QRectF &rect, const std::vector<core::simulation::BufferCandidate> &curve,
                      std::optional<double> targetPerHour, int chosenTotal)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF metrics(painter.font());
    const double line = metrics.height();
    const QLocale locale;
    if (curve.empty()) {
        painter.drawText(rect, Qt::AlignCenter | Qt::TextWordWrap,
                         QCoreApplication::translate("BufferCurve", "The curve of throughput against total buffer appears here."));
        painter.restore();
        return;
    }
    double low = targetPerHour.value_or(curve.front().throughputPerHour.low);
    double high = targetPerHour.value_or(curve.front().throughputPerHour.high);
    int maxTotal = 1;
    for (const auto &c : curve) {
        low = std::min(low, c.throughputPerHour.low);
        high = std::max(high, c.throughputPerHour.high);
        maxTotal = std::max(maxTotal, c.total);
    }
    const double pad = std::max(1.0, (high - low) * 0.1);
    low = std::max(0.0, low - pad);
    high += pad;
    const double labelWidth = metrics.horizontalAdvance(locale.toString(high, 'f', 0)) + 10;
    const QRectF plot = rect.adjusted(labelWidth, line * 1.4, -10, -line * 2.4);
    const auto x = [&](double total) { return plot.left() + plot.width() * total / maxTotal; };
    const auto y = [&](double v) { return plot.bottom() - plot.height() * (v - low) / (high - low); };

    painter.setPen(Qt::black);
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), line * 1.3), Qt::AlignLeft | Qt::AlignVCenter,
                     QCoreApplication::translate("BufferCurve", "Throughput (parts/h) against total buffer capacity (parts)"));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    for (int i = 0; i <= 4; ++i) {
        const double v = low + (high - low) * i / 4.0;
        painter.drawText(QRectF(rect.left(), y(v) - line / 2, labelWidth - 4, line), Qt::AlignRight | Qt::AlignVCenter,
                         locale.toString(v, 'f', 0));
    }
    const int step = std::max(1, maxTotal / 10);
    for (int t = 0; t <= maxTotal; t += step)
        painter.drawText(QRectF(x(t) - 20, plot.bottom() + 2, 40, line), Qt::AlignHCenter | Qt::AlignTop, QString::number(t));
    painter.drawText(QRectF(plot.left(), plot.bottom() + line + 2, plot.width(), line), Qt::AlignRight | Qt::AlignTop,
                     QCoreApplication::translate("BufferCurve", "total buffer (parts)"));

    if (targetPerHour) {
        painter.setPen(QPen(QColor(0xb0, 0x00, 0x20), 1.5, Qt::DashLine));
        painter.drawLine(QPointF(plot.left(), y(*targetPerHour)), QPointF(plot.right(), y(*targetPerHour)));
        painter.drawText(QRectF(plot.left(), y(*targetPerHour) - line - 1, plot.width() - 4, line),
                         Qt::AlignRight | Qt::AlignBottom,
                         QCoreApplication::translate("BufferCurve", "target %1 parts/h").arg(locale.toString(*targetPerHour, 'f', 1)));
    }
    const QColor ink(0x1f, 0x4e, 0x9d);
    QPainterPath path(QPointF(x(curve.front().total), y(curve.front().throughputPerHour.mean)));
    for (const auto &c : curve)
        path.lineTo(x(c.total), y(c.throughputPerHour.mean));
    painter.setPen(QPen(ink, 2));
    painter.drawPath(path);
    for (const auto &c : curve) {
        painter.setPen(QPen(ink, 1));
        painter.drawLine(QPointF(x(c.total), y(c.throughputPerHour.low)), QPointF(x(c.total), y(c.throughputPerHour.high)));
        painter.setBrush(c.total == chosenTotal ? QColor(0xff, 0x8c, 0x00) : ink);
        const double r = c.total == chosenTotal ? 5.5 : 3.0;
        painter.drawEllipse(QPointF(x(c.total), y(c.throughputPerHour.mean)), r, r);
    }
    painter.restore();
}

} // namespace taktflow::app::render
