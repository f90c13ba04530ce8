// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/yamazumichart.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace taktflow::app::render {

namespace {

class YamazumiChartText
{
    Q_DECLARE_TR_FUNCTIONS(Yamazumi)
};

/** A round step for the time axis so that there are about five ticks. */
double niceStep(double range)
{
    const double raw = range / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(std::max(raw, 1e-9))));
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (raw <= factor * magnitude)
            return factor * magnitude;
    }
    return 10.0 * magnitude;
}

} // namespace

YamazumiData yamazumiData(const core::ProductionLine &line, const std::vector<core::Station> &stations,
                          double taktTimeS)
{
    QHash<QString, const core::Task *> tasks;
    for (const auto &task : line.tasks)
        tasks.insert(task.id, &task);
    YamazumiData data;
    data.taktTimeS = taktTimeS;
    for (std::size_t s = 0; s < stations.size(); ++s) {
        const core::Station &station = stations[s];
        YamazumiBar bar;
        bar.label = YamazumiChartText::tr("S%1").arg(s + 1);
        bar.replicas = std::max(1, station.replicas);
        double load = 0;
        for (const QString &id : station.taskIds) {
            const core::Task *task = tasks.value(id);
            if (!task)
                continue;
            const bool machineTime = task->automated && !station.resource.isEmpty() && task->automatedTimeS >= 0;
            const double timeS = (machineTime ? task->automatedTimeS : task->timeS) / bar.replicas;
            bar.segments.push_back({id, timeS, task->automated});
            load += timeS;
        }
        data.cycleTimeS = std::max(data.cycleTimeS, load);
        data.bars.push_back(std::move(bar));
    }
    return data;
}

void paintYamazumi(QPainter &painter, const QRectF &rect, const YamazumiData &data)
{
    painter.save();
    const QFontMetricsF metrics(painter.font());
    const double axisWidth = metrics.horizontalAdvance(QStringLiteral("0000 s")) + metrics.height() * 0.5;
    const double labelHeight = metrics.height() * 1.6;
    const QRectF plot = rect.adjusted(axisWidth, metrics.height(), -metrics.height() * 4, -labelHeight);
    double top = std::max({data.taktTimeS, data.cycleTimeS, 1.0}) * 1.1;
    const double step = niceStep(top);
    top = std::ceil(top / step) * step;
    auto yOf = [&](double seconds) { return plot.bottom() - plot.height() * seconds / top; };

    painter.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0));
    for (double t = 0; t <= top + 1e-9; t += step) {
        painter.drawLine(QPointF(plot.left(), yOf(t)), QPointF(plot.right(), yOf(t)));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(rect.left(), yOf(t) - metrics.height() / 2, axisWidth - metrics.height() * 0.3,
                                metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(t, 'g', 4) + QStringLiteral(" s"));
        painter.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0));
    }

    const int count = std::max<int>(1, int(data.bars.size()));
    const double slot = plot.width() / count;
    const double barWidth = slot * 0.62;
    const QColor manual(0xf2, 0x8e, 0x2b);
    const QColor automated(0x2c, 0x6f, 0xbb);
    for (int b = 0; b < int(data.bars.size()); ++b) {
        const YamazumiBar &bar = data.bars[std::size_t(b)];
        const double x = plot.left() + slot * b + (slot - barWidth) / 2;
        double base = 0;
        for (const auto &segment : bar.segments) {
            const QRectF box(x, yOf(base + segment.timeS), barWidth, yOf(base) - yOf(base + segment.timeS));
            painter.setPen(QPen(Qt::white, 0));
            painter.setBrush(segment.automated ? automated : manual);
            painter.drawRect(box);
            if (box.height() > metrics.height() * 0.9 && barWidth > metrics.horizontalAdvance(segment.taskId)) {
                painter.setPen(Qt::white);
                painter.drawText(box, Qt::AlignCenter, segment.taskId);
            }
            base += segment.timeS;
        }
        painter.setPen(Qt::black);
        QString label = bar.label;
        if (bar.replicas > 1)
            label += QStringLiteral(" x%1").arg(bar.replicas);
        painter.drawText(QRectF(plot.left() + slot * b, plot.bottom(), slot, labelHeight), Qt::AlignCenter, label);
    }
    painter.setPen(QPen(Qt::black, 0));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());

    // Takt and cycle are often within a few seconds of each other: keep their labels one text
    // line apart (the lines themselves stay at their true heights).
    double taktLabelY = yOf(data.taktTimeS);
    double cycleLabelY = yOf(data.cycleTimeS);
    if (std::abs(taktLabelY - cycleLabelY) < metrics.height()) {
        const double middle = (taktLabelY + cycleLabelY) / 2;
        const double half = metrics.height() / 2;
        const bool taktAbove = data.taktTimeS >= data.cycleTimeS;
        taktLabelY = taktAbove ? middle - half : middle + half;
        cycleLabelY = taktAbove ? middle + half : middle - half;
    }
    auto drawLevel = [&](double seconds, double labelY, const QColor &colour, Qt::PenStyle style,
                         const QString &text) {
        if (seconds <= 0)
            return;
        QPen pen(colour, std::max(1.0, metrics.height() * 0.12));
        pen.setStyle(style);
        painter.setPen(pen);
        painter.drawLine(QPointF(plot.left(), yOf(seconds)), QPointF(plot.right(), yOf(seconds)));
        painter.drawText(QRectF(plot.right() + metrics.height() * 0.2, labelY - metrics.height() / 2,
                                metrics.height() * 4, metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, text);
    };
    drawLevel(data.taktTimeS, taktLabelY, QColor(0xd6, 0x27, 0x28), Qt::DashLine, YamazumiChartText::tr("takt"));
    drawLevel(data.cycleTimeS, cycleLabelY, QColor(0x1f, 0x3a, 0x5f), Qt::SolidLine, YamazumiChartText::tr("cycle"));
    painter.restore();
}

} // namespace taktflow::app::render
